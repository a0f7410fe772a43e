package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.criteria.ContactLink;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.FieldType;
import org.segmenta.core.criteria.Filter;
import org.segmenta.core.criteria.FilterSyntaxException;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.model.SegmentaPackage;

/** The criteria source registry as a DS service in the running framework, with a plug-in source added. */
class CriteriaSourcesTest {

    private ServiceTracker<CriteriaSources, CriteriaSources> tracker;
    private CriteriaSources sources;
    private final BundleContext context = FrameworkUtil.getBundle(CriteriaSourcesTest.class).getBundleContext();

    @BeforeEach
    void find() throws InterruptedException {
        tracker = new ServiceTracker<>(context, CriteriaSources.class, null);
        tracker.open();
        sources = tracker.waitForService(10_000);
        assertNotNull(sources);
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    @Test
    void theBuiltInSourcesOfTheReferenceDesign() {
        assertEquals(List.of("contact", "company", "mailingGroup", "industryGroup", "jobResponsibility", "profileAnswer",
                "interactionLogEntry"), sources.all().stream().map(CriteriaSource::id).toList());
        CriteriaSource contact = sources.find("contact").orElseThrow();
        assertEquals(ContactLink.SELF, contact.link());
        assertEquals(ContactLink.COMPANY, sources.find("industryGroup").orElseThrow().link());
        CriteriaField type = contact.field("type").orElseThrow();
        assertEquals(FieldType.OPTION, type.type());
        assertEquals(List.of("Company", "Person"), type.options());
        assertEquals(FieldType.CODE, contact.field("no").orElseThrow().type());
        assertEquals("No.", contact.field("no").orElseThrow().label());
        assertEquals(FieldType.TEXT, contact.field("city").orElseThrow().type());
        assertEquals("E-Mail", contact.field("email").orElseThrow().label());
        assertEquals(FieldType.BOOLEAN, contact.field("excludeFromSegment").orElseThrow().type());
        CriteriaSource log = sources.find("interactionLogEntry").orElseThrow();
        assertEquals(FieldType.DATE, log.field("date").orElseThrow().type());
        assertEquals(FieldType.OPTION, log.field("evaluation").orElseThrow().type());
        assertTrue(log.field("noOfInteractions").isEmpty());
    }

    @Test
    void resolvesTypedFiltersAndNamesTheFieldOnErrors() {
        List<ResolvedFilter> r = sources.resolve(List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus"),
                new FieldFilter("contact", "name", " "),
                new FieldFilter("interactionLogEntry", "date", "2026-01-01..today")), LocalDate.of(2026, 11, 29));
        assertEquals(2, r.size());
        assertEquals(new Filter.Range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29), false), r.get(1).filter());

        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> sources
                .resolve(List.of(new FieldFilter("interactionLogEntry", "date", "yesterday")), LocalDate.now()));
        assertTrue(e.getMessage().endsWith("expected a date as yyyy-MM-dd or Dec 24, 2026, or 'today' (Interaction Log Entry › Date)."),
                e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> sources.resolve(List.of(new FieldFilter("contact", "shoeSize", "42")), LocalDate.now()));
        assertTrue(unknown.getMessage().startsWith("The criteria source 'contact' has no field 'shoeSize'"));
    }

    private String refused(String source, String field) {
        return assertThrows(IllegalArgumentException.class,
                () -> sources.resolve(List.of(new FieldFilter(source, field, "x")), LocalDate.now())).getMessage();
    }

    @Test
    void aMisspeltFieldOrSourceGetsTheNearestNameAndOnlyAFarOneTheList() {
        assertEquals("The criteria source 'contact' has no field 'Cty'. Did you mean contact.city?",
                refused("contact", "Cty"));
        assertEquals("The criteria source 'contact' has no field 'City'. Did you mean contact.city?",
                refused("contact", "City"));
        assertEquals("The criteria source 'mailingGroup' has no field 'mailingGroupCod'. Did you mean "
                + "mailingGroup.mailingGroupCode?", refused("mailingGroup", "mailingGroupCod"));
        assertEquals("Unknown criteria source 'Contact'. Did you mean contact.city?", refused("Contact", "Cty"));
        assertEquals("Unknown criteria source 'contacts'. Did you mean contact.city?", refused("contacts", "city"));
        String far = refused("contact", "shoeSize");
        assertTrue(far.startsWith("The criteria source 'contact' has no field 'shoeSize'. Its fields: no, "), far);
        assertTrue(far.contains(", city, "), far);
        String farSource = refused("shoe", "size");
        assertTrue(farSource.startsWith("Unknown criteria source 'shoe'. Known sources: contact, company, "), farSource);
    }

    @Test
    void aPluginSourceJoinsAndLeaves() {
        CriteriaSource plugin = BuiltInCriteriaSources.source("campaignTarget", "Campaign (plug-in)",
                SegmentaPackage.Literals.CAMPAIGN, ContactLink.CONTACT);
        ServiceRegistration<CriteriaSource> reg = context.registerService(CriteriaSource.class, plugin, null);
        try {
            assertEquals("campaignTarget", sources.all().get(sources.all().size() - 1).id());
        } finally {
            reg.unregister();
        }
        assertTrue(sources.find("campaignTarget").isEmpty());
    }
}
