package org.segmenta.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.core.LocalServices;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * A generated world of companies and their persons in a fresh embedded Derby database, with the core's services
 * over it ({@link LocalServices}, the clock fixed at {@link #TODAY}), and the same contacts in memory so that tests
 * can compute what a step must give. The same seed gives the same world: contacts {@code CT000001} on, each company
 * followed by its 0 to 4 persons, then one person without a company for every fifth company. Contacts live in
 * {@link #CITIES}, a third belong to one of {@link #GROUPS}, every company is in one of {@link #INDUSTRIES}. Nothing
 * else is stored (no salespeople, groups or templates: the test inserts what it needs, or what Log needs with
 * {@link #salespeopleAndHardCopyTemplate}).
 */
public final class World implements AutoCloseable {

    /** The model's factory. */
    public static final SegmentaFactory F = SegmentaFactory.eINSTANCE;
    /** What "today" is for the services. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** The cities contacts live in. */
    public static final String[] CITIES = { "Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers",
            "Kolding" };
    /** The mailing group codes a third of the contacts belong to (one each). */
    public static final String[] GROUPS = { "XMAS", "NEWS", "VIP" };
    /** The industry group codes of the companies (one each). */
    public static final String[] INDUSTRIES = { "RETAIL", "WHOLESALE", "PRODUCTION" };

    /** The store; {@link #close()} closes it. */
    public final LocalStore store;
    /** The core's services over {@link #store}. */
    public final LocalServices services;
    /** The segment service of {@link #services}. */
    public final SegmentService segments;
    /** The criteria sources of {@link #services} (the built-in ones). */
    public final CriteriaSources sources;
    /** The contacts stored, by No., in the order they were made (the copies in memory). */
    public final Map<String, Contact> contacts = new LinkedHashMap<>();

    /**
     * Generates and stores the world.
     *
     * @param folder an empty folder for the database (a test's {@code @TempDir})
     * @param companies how many companies; each has 0 to 4 persons
     * @param seed the random seed: the same seed gives the same world
     */
    public World(Path folder, int companies, long seed) {
        store = DerbyStores.embedded(folder.resolve("db"));
        services = LocalServices.over(store, WordMerge.service(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), List.of());
        segments = services.segments();
        sources = services.sources();
        Random r = new Random(seed);
        List<Contact> all = new ArrayList<>();
        int no = 0;
        for (int i = 0; i < companies; i++) {
            Contact company = contact(++no, ContactType.COMPANY, r);
            company.setCompanyNo(company.getNo());
            company.setName("Company " + i);
            company.setCompanyName(company.getName());
            ContactIndustryGroup ig = F.createContactIndustryGroup();
            ig.setIndustryGroupCode(INDUSTRIES[r.nextInt(INDUSTRIES.length)]);
            company.getIndustryGroups().add(ig);
            all.add(company);
            int persons = r.nextInt(5);
            for (int p = 0; p < persons; p++) {
                Contact person = contact(++no, ContactType.PERSON, r);
                person.setCompanyNo(company.getNo());
                person.setCompanyName(company.getName());
                person.setFirstName("Ann" + p);
                person.setSurname("Person" + no);
                person.setName(person.getFirstName() + " " + person.getSurname());
                all.add(person);
            }
        }
        // persons without a company
        for (int i = 0; i < companies / 5; i++) {
            Contact loner = contact(++no, ContactType.PERSON, r);
            loner.setName("Loner " + i);
            all.add(loner);
        }
        for (Contact c : all) {
            contacts.put(c.getNo(), c);
        }
        store.write(s -> s.contacts().insertAll(all.stream().map(EcoreUtil::copy).iterator()));
    }

    private static Contact contact(int no, ContactType type, Random r) {
        Contact c = F.createContact();
        c.setNo(String.format("CT%06d", no));
        c.setType(type);
        c.setCity(CITIES[r.nextInt(CITIES.length)]);
        c.setPostCode(String.valueOf(1000 + r.nextInt(9000)));
        c.setCountryRegionCode(r.nextInt(10) == 0 ? "SE" : "DK");
        c.setSearchName("C" + no);
        c.setEmail(r.nextInt(4) == 0 ? null : "c" + no + "@example.dk");
        c.setLanguageCode(r.nextBoolean() ? "DAN" : "ENU");
        c.setCorrespondenceType(CorrespondenceType.get(r.nextInt(3)));
        c.setSalespersonCode(r.nextBoolean() ? "JO" : "MARY");
        c.setExcludeFromSegment(r.nextInt(15) == 0);
        c.setPrivacyBlocked(r.nextInt(25) == 0);
        c.setJobTitle(type == ContactType.PERSON && r.nextBoolean() ? "Buyer" : null);
        if (r.nextInt(3) == 0) {
            ContactMailingGroup mg = F.createContactMailingGroup();
            mg.setMailingGroupCode(GROUPS[r.nextInt(GROUPS.length)]);
            c.getMailingGroups().add(mg);
        }
        return c;
    }

    /**
     * @param c a contact of this world
     * @return the contact's company (itself for a company), or null for a person without one
     */
    public Contact company(Contact c) {
        return c.getCompanyNo() == null ? null : contacts.get(c.getCompanyNo());
    }

    /**
     * Stores what Log needs for this world's contacts: the salespeople JO and MARY they have, and an interaction group
     * with one outbound hard-copy template (unit cost 1.00, the contact's correspondence type ignored, so every line
     * that is not privacy blocked gets an entry).
     *
     * @param templateCode the template's code, for example {@code LETTER}; its group's code is the same with an
     *        {@code S} appended
     * @param description the template's description, for example {@code Letter}
     */
    public void salespeopleAndHardCopyTemplate(String templateCode, String description) {
        store.write(s -> {
            for (String code : List.of("JO", "MARY")) {
                Salesperson sp = F.createSalesperson();
                sp.setCode(code);
                sp.setName(code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT));
                s.salespeople().insert(sp);
            }
            InteractionGroup g = F.createInteractionGroup();
            g.setCode(templateCode + "S");
            g.setDescription(description + "s");
            s.interactionGroups().insert(g);
            InteractionTemplate t = F.createInteractionTemplate();
            t.setCode(templateCode);
            t.setDescription(description);
            t.setInteractionGroupCode(templateCode + "S");
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            t.setIgnoreContactCorrespondenceType(true);
            t.setUnitCost(new BigDecimal("1.00"));
            s.interactionTemplates().insert(t);
            return null;
        });
    }

    /**
     * @param action Add, Refine or Reduce
     * @param cities one city or several separated by {@code |}, for example {@code Odense|Aarhus}
     * @return a step with the default options that filters the contacts' city
     */
    public static StepRequest cityStep(CriteriaAction action, String cities) {
        return StepRequest.of(action, new FieldFilter("contact", "city", cities));
    }

    /** Closes the store (shuts the database down). */
    @Override
    public void close() {
        store.close();
    }
}
