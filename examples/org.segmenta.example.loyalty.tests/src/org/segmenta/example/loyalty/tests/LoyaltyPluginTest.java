package org.segmenta.example.loyalty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.Store;
import org.segmenta.example.loyalty.LoyaltyService;
import org.segmenta.example.loyalty.Member;
import org.segmenta.example.loyalty.Tier;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage;

/**
 * The sample plug-in inside a framework with Segmenta's own bundles, each extension through Segmenta's services as
 * the window and the command line call them: its tables and their migrations, the "Loyalty" criteria source, the
 * merge fields and the text-message channel.
 */
class LoyaltyPluginTest {

    private static final String EXTENSION = "org.segmenta.example.loyalty";

    @BeforeAll
    static void demo() {
        Osgi.demoData();
    }

    /** @return the demo's persons, by No. */
    private static List<Contact> persons() {
        return Osgi.service(Store.class).read(s -> s.contacts().find(ContactQuery.all())).stream()
                .filter(c -> c.getType() == ContactType.PERSON).toList();
    }

    @Test
    void itsTablesAreMigratedAndTrackedUnderItsId() {
        Store store = Osgi.service(Store.class);
        Osgi.service(LoyaltyService.class);
        assertEquals(2, (int) store.read(s -> s.extension(EXTENSION).schemaVersion()));
        List<String> applied = store.read(s -> s.extension(EXTENSION).query(
                "SELECT version, description FROM segmenta_extension_schema WHERE extension_id = ? ORDER BY version",
                rs -> rs.getInt(1) + " " + rs.getString(2), EXTENSION));
        assertEquals(List.of("1 Loyalty members: tier and points per contact", "2 Consent to text messages"), applied);
    }

    @Test
    void segmentsAreBuiltByTierAndPoints() {
        LoyaltyService loyalty = Osgi.service(LoyaltyService.class);
        List<Contact> persons = persons();
        loyalty.enrol(persons.get(0).getNo(), Tier.GOLD, 5200);
        loyalty.enrol(persons.get(1).getNo(), Tier.GOLD, 7400);
        loyalty.enrol(persons.get(2).getNo(), Tier.SILVER, 1800);
        loyalty.enrol(persons.get(3).getNo(), Tier.BRONZE, 90);
        Set<String> gold = loyalty.members().stream().filter(m -> m.tier() == Tier.GOLD).map(Member::contactNo)
                .collect(Collectors.toSet());
        assertTrue(gold.size() >= 2, gold.toString());

        assertTrue(Osgi.service(CriteriaSources.class).find("loyalty").isPresent(), "the Loyalty source is offered");
        InteractionService interactions = Osgi.service(InteractionService.class);
        SegmentService segments = Osgi.service(SegmentService.class);
        String seg = interactions.createSegment("Gold members", Map.of()).getNo();
        segments.apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("loyalty", "tier", "GOLD")));
        assertEquals(gold, lineContacts(segments, seg));

        // Refine by points: only the gold members with at least 7,000
        segments.apply(seg, StepRequest.of(CriteriaAction.REFINE, new FieldFilter("loyalty", "points", "7000..")));
        Set<String> rich = loyalty.members().stream().filter(m -> m.tier() == Tier.GOLD && m.points() >= 7000)
                .map(Member::contactNo).collect(Collectors.toSet());
        assertEquals(rich, lineContacts(segments, seg));
        assertTrue(rich.contains(persons.get(1).getNo()));
    }

    private static Set<String> lineContacts(SegmentService segments, String seg) {
        return segments.lines(seg, 0, 10_000).stream().map(SegmentLine::getContactNo).collect(Collectors.toSet());
    }

    @Test
    void lettersMergeTheLoyaltyPoints(@TempDir Path tmp) throws Exception {
        LoyaltyService loyalty = Osgi.service(LoyaltyService.class);
        Contact c = persons().get(4);
        loyalty.enrol(c.getNo(), Tier.PLATINUM, 25_300);
        Path main = Osgi.letter(tmp.resolve("points.docx"));

        MainDocument doc = Osgi.service(MergeService.class).inspect(main);
        FieldMapping.Entry points = doc.mapping().entry("LoyaltyPoints").orElseThrow();
        assertEquals("LoyaltyPoints", points.pluginField(), points.toString());
        assertEquals(FieldMapping.Reason.EXACT, points.reason());
        assertEquals("LoyaltyTier", doc.mapping().entry("Loyalty_Tier").orElseThrow().pluginField());
        assertTrue(Osgi.service(MergeService.class).pluginFields().stream().anyMatch(f -> f.name().equals("LoyaltyPoints")));

        InteractionService interactions = Osgi.service(InteractionService.class);
        SegmentService segments = Osgi.service(SegmentService.class);
        String seg = interactions.createSegment("Platinum letter", Map.of()).getNo();
        segments.addContacts(seg, List.of(c.getNo()), "test");
        int line = segments.lines(seg, 0, 1).get(0).getLineNo();
        assertEquals("25,300", interactions.mergeRecord(seg, line).field("LoyaltyPoints"));
        assertEquals("Platinum", interactions.mergeRecord(seg, line).field("LoyaltyTier"));

        Path out = tmp.resolve("letters");
        interactions.mergeToFolder(seg, out, main);
        try (Stream<Path> files = Files.list(out)) {
            Path letter = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
            String text = Osgi.text(letter);
            assertTrue(text.contains("You have 25,300 points (Platinum)."), text);
            assertTrue(text.contains("Dear " + c.getName()), text);
        }
    }

    @Test
    void textMessagesAreDeliveredExactlyOnceThroughTheOutbox(@TempDir Path tmp) throws Exception {
        LoyaltyService loyalty = Osgi.service(LoyaltyService.class);
        Store store = Osgi.service(Store.class);
        List<Contact> persons = persons();
        Contact withMobile = persons.get(5);
        Contact second = persons.get(6);
        for (Contact c : List.of(withMobile, second)) {
            store.write(s -> {
                Contact x = s.contacts().require(c.getNo());
                x.setMobilePhoneNo("+45 20 30 40 " + c.getNo().substring(c.getNo().length() - 2));
                return s.contacts().update(x);
            });
            loyalty.enrol(c.getNo(), Tier.GOLD, 6000);
        }
        InteractionService interactions = Osgi.service(InteractionService.class);
        SegmentService segments = Osgi.service(SegmentService.class);
        String seg = interactions.createSegment("Double points weekend", Map.of(
                SegmentaPackage.Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, "LETTER",
                SegmentaPackage.Literals.SEGMENT_HEADER__SALESPERSON_CODE, "AB",
                SegmentaPackage.Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "double points this weekend")).getNo();
        segments.addContacts(seg, List.of(withMobile.getNo(), second.getNo()), "test");
        for (SegmentLine line : segments.lines(seg, 0, 10)) {
            segments.changeLine(seg, line.getLineNo(), Map.of(SegmentaPackage.Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE,
                    CorrespondenceType.FAX));
        }
        // the channel's own check: a contact without a mobile phone No. cannot be texted
        store.write(s -> {
            Contact x = s.contacts().require(second.getNo());
            x.setMobilePhoneNo(null);
            return s.contacts().update(x);
        });
        assertTrue(interactions.validate(seg, true).stream().anyMatch(p -> p.message().contains("no mobile phone No.")),
                interactions.validate(seg, true).toString());
        store.write(s -> {
            Contact x = s.contacts().require(second.getNo());
            x.setMobilePhoneNo("+45 11 22 33 44");
            return s.contacts().update(x);
        });

        LogResult logged = interactions.log(seg, new LogOptions(true, false, "TEST"));
        DeliveryService delivery = Osgi.service(DeliveryService.class);
        List<OutboxItem> queued = delivery.outbox(logged.loggedSegmentEntryNo());
        assertEquals(2, queued.size(), queued.toString());
        assertTrue(queued.stream().allMatch(i -> i.channel() == CorrespondenceType.FAX && i.state() == OutboxState.PENDING));

        Path folder = outboxFolder();
        long before = count(folder);
        DeliveryReport first = delivery.deliver(logged.loggedSegmentEntryNo(), DeliverySettings.NONE);
        assertEquals(2, first.sent(), first.summary() + " " + first.notes());
        assertEquals(before + 2, count(folder));
        OutboxItem sent = delivery.outbox(logged.loggedSegmentEntryNo()).get(0);
        assertEquals(OutboxState.SENT, sent.state());
        String message = Files.readString(folder.resolve(sent.messageId().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt"));
        // the segment's Subject (Default) is the lines' subject (LETTER's language rows have none of their own)
        assertTrue(message.contains("Hello ") && message.contains("double points this weekend"), message);
        assertTrue(message.startsWith("To: +45"), message);

        // a second run finds nothing pending: no message twice
        DeliveryReport again = delivery.deliver(logged.loggedSegmentEntryNo(), DeliverySettings.NONE);
        assertEquals(0, again.sent());
        assertEquals(before + 2, count(folder));
        assertEquals(Map.of(OutboxState.SENT, 2L), delivery.counts(logged.loggedSegmentEntryNo()));
    }

    /** The channel's folder: {@code <instance>/loyalty-text-messages} in the test run. */
    private static Path outboxFolder() throws Exception {
        String instance = org.osgi.framework.FrameworkUtil.getBundle(LoyaltyPluginTest.class).getBundleContext()
                .getProperty("osgi.instance.area");
        assertNotNull(instance);
        return Path.of(java.net.URI.create(instance.replace(" ", "%20"))).resolve("loyalty-text-messages");
    }

    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }
}
