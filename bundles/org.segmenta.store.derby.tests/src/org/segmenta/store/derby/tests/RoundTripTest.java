package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Attachment;
import org.segmenta.model.Contact;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentHistoryEntry;
import org.segmenta.model.SegmentLine;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * Every entity of the model written through the store, the database shut down and opened again, and every
 * field read back equal.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyEntitySurvivesAReopenWithEveryField() throws Exception {
        Path db = dir.resolve("db");
        List<EObject> written = new ArrayList<>();
        byte[] content = "PK\u0003\u0004 a small .docx stand-in — æøå".getBytes(StandardCharsets.UTF_8);
        long attachmentNo;
        long loggedNo;
        try (DerbyStore store = DerbyStore.embedded(db)) {
            attachmentNo = store.write(s -> {
                s.salespeople().insert(Fixtures.salesperson());
                s.salutations().insert(Fixtures.salutation());
                s.languages().insert(Fixtures.language());
                s.mailingGroups().insert(Fixtures.mailingGroup());
                s.industryGroups().insert(Fixtures.industryGroup());
                s.jobResponsibilities().insert(Fixtures.jobResponsibility());
                s.interactionGroups().insert(Fixtures.interactionGroup());
                s.questionnaires().insert(Fixtures.questionnaire());
                s.campaigns().insert(Fixtures.campaign());
                s.interactionTemplates().insert(Fixtures.template());
                s.contacts().insert(Fixtures.company());
                s.contacts().insert(Fixtures.person());
                s.segments().insert(Fixtures.segment());
                s.savedCriteria().insert(Fixtures.savedCriteria());
                s.numberSeries().insert(Fixtures.numberSeries());
                return s.attachments().create(Fixtures.attachment(), new ByteArrayInputStream(content)).getNo();
            });
            loggedNo = store.write(s -> {
                LoggedSegment logged = s.loggedSegments().insert(Fixtures.loggedSegment());
                s.interactionLog().insertAll(List.of(Fixtures.logEntry("CT000001", logged.getEntryNo()),
                        Fixtures.logEntry("CT000002", logged.getEntryNo())).iterator());
                s.segmentLines().insertAll(List.of(Fixtures.line("SEG00001", 10000, "CT000001"),
                        Fixtures.line("SEG00001", 20000, "CT000002")).iterator());
                s.segmentHistory().insertAll(List.of(Fixtures.history("SEG00001", 1, Fixtures.line("SEG00001", 30000, "CT000002")),
                        Fixtures.history("SEG00001", 1, null)).iterator());
                return logged.getEntryNo();
            });
        }
        written.add(Fixtures.salesperson());
        written.add(Fixtures.salutation());
        written.add(Fixtures.language());
        written.add(Fixtures.mailingGroup());
        written.add(Fixtures.industryGroup());
        written.add(Fixtures.jobResponsibility());
        written.add(Fixtures.interactionGroup());
        written.add(Fixtures.questionnaire());
        written.add(Fixtures.campaign());
        written.add(Fixtures.template());
        written.add(Fixtures.company());
        written.add(Fixtures.person());
        written.add(Fixtures.segment());
        written.add(Fixtures.savedCriteria());
        written.add(Fixtures.numberSeries());

        try (DerbyStore store = DerbyStore.embedded(db)) {
            store.read(s -> {
                List<EObject> read = new ArrayList<>();
                read.add(s.salespeople().require("JO"));
                read.add(s.salutations().require("F-MRS"));
                read.add(s.languages().require("DAN"));
                read.add(s.mailingGroups().require("XMAS"));
                read.add(s.industryGroups().require("MANUF"));
                read.add(s.jobResponsibilities().require("PURCHASE"));
                read.add(s.interactionGroups().require("LETTER"));
                read.add(s.questionnaires().require("COMPANY"));
                read.add(s.campaigns().require("CP1001"));
                read.add(s.interactionTemplates().require("INVITE"));
                read.add(s.contacts().require("CT000001"));
                read.add(s.contacts().require("CT000002"));
                read.add(s.segments().require("SEG00001"));
                read.add(s.savedCriteria().require("FYN-BUYERS"));
                read.add(s.numberSeries().require("LOG-2027"));
                for (int i = 0; i < written.size(); i++) {
                    Compare.assertSameContent(written.get(i), read.get(i));
                }
                return null;
            });
            store.read(s -> {
                assertAttachment(s, attachmentNo, content);
                assertLogged(s, loggedNo);
                assertLines(s);
                return null;
            });
        }
    }

    private static void assertAttachment(StoreSession s, long no, byte[] content) {
        Attachment expected = Fixtures.attachment();
        expected.setNo(no);
        expected.setSize(content.length);
        Attachment actual = s.attachments().require(no);
        assertTrue(actual.getCreated() != null, "creation time is recorded");
        expected.setCreated(actual.getCreated());
        Compare.assertSameContent(expected, actual);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(content.length, s.attachments().copyContent(no, out));
        assertEquals(new String(content, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    private static void assertLogged(StoreSession s, long loggedNo) {
        LoggedSegment expected = Fixtures.loggedSegment();
        expected.setEntryNo(loggedNo);
        expected.setNoOfInteractions(2);
        Compare.assertSameContent(expected, s.loggedSegments().require(loggedNo));
        List<InteractionLogEntry> entries = s.interactionLog().find(InteractionLogQuery.all().withLoggedSegmentEntryNo(loggedNo));
        assertEquals(2, entries.size());
        // newest first: the second entry written has the higher entry No.
        InteractionLogEntry second = Fixtures.logEntry("CT000002", loggedNo);
        second.setEntryNo(entries.get(1).getEntryNo() + 1);
        Compare.assertSameContent(second, entries.get(0));
        InteractionLogEntry first = Fixtures.logEntry("CT000001", loggedNo);
        first.setEntryNo(entries.get(1).getEntryNo());
        Compare.assertSameContent(first, entries.get(1));
        assertEquals(1, first.getEntryNo(), "entry Nos. start at 1");
    }

    private static void assertLines(StoreSession s) {
        List<SegmentLine> lines = s.segmentLines().page("SEG00001", 0, 10);
        assertEquals(2, lines.size());
        Compare.assertSameContent(Fixtures.line("SEG00001", 10000, "CT000001"), lines.get(0));
        Compare.assertSameContent(Fixtures.line("SEG00001", 20000, "CT000002"), lines.get(1));
        List<SegmentHistoryEntry> history = s.segmentHistory().ofStep("SEG00001", 1);
        assertEquals(2, history.size());
        Compare.assertSameContent(Fixtures.history("SEG00001", 1, Fixtures.line("SEG00001", 30000, "CT000002")), history.get(0));
        Compare.assertSameContent(Fixtures.history("SEG00001", 1, null), history.get(1));
    }

    /** The fixtures set every attribute of every class somewhere, so the round trip above covers every column. */
    @Test
    void fixturesExerciseEveryAttribute() {
        List<EObject> all = new ArrayList<>(List.of(Fixtures.salesperson(), Fixtures.salutation(), Fixtures.language(),
                Fixtures.mailingGroup(), Fixtures.industryGroup(), Fixtures.jobResponsibility(), Fixtures.interactionGroup(),
                Fixtures.questionnaire(), Fixtures.campaign(), Fixtures.template(), Fixtures.company(), Fixtures.person(),
                Fixtures.segment(), Fixtures.savedCriteria(), Fixtures.numberSeries(), Fixtures.line("S", 1, "C"),
                Fixtures.history("S", 1, Fixtures.line("S", 1, "C"))));
        InteractionLogEntry entry = Fixtures.logEntry("C", 3L);
        entry.setEntryNo(12);
        all.add(entry);
        LoggedSegment logged = Fixtures.loggedSegment();
        logged.setEntryNo(5);
        logged.setNoOfInteractions(2);
        all.add(logged);
        Attachment attachment = Fixtures.attachment();
        attachment.setNo(1);
        attachment.setSize(10);
        attachment.setCreated(java.time.Instant.parse("2027-02-21T10:15:30.123456Z"));
        all.add(attachment);
        Compare.assertEveryAttributeExercised(all);
        // and every class of the model is among them
        java.util.Set<org.eclipse.emf.ecore.EClass> met = new java.util.HashSet<>();
        for (EObject o : all) {
            met.add(o.eClass());
            o.eAllContents().forEachRemaining(x -> met.add(x.eClass()));
        }
        for (org.eclipse.emf.ecore.EClassifier c : org.segmenta.model.SegmentaPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof org.eclipse.emf.ecore.EClass ec) {
                assertTrue(met.contains(ec), "no fixture for " + ec.getName());
            }
        }
    }

    @Test
    void updateReplacesContainedObjectsAndDeleteRemovesThem() {
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            store.write(s -> s.questionnaires().insert(Fixtures.questionnaire()));
            store.write(s -> {
                var q = s.questionnaires().require("COMPANY");
                q.getQuestions().remove(0);
                q.getQuestions().get(0).getAnswers().get(0).setDescription("Strategic account");
                return s.questionnaires().update(q);
            });
            var q = store.read(s -> s.questionnaires().require("COMPANY"));
            assertEquals(1, q.getQuestions().size());
            assertEquals("Strategic account", q.getQuestions().get(0).getAnswers().get(0).getDescription());
            store.write(s -> {
                s.questionnaires().delete("COMPANY");
                return null;
            });
            assertEquals(0L, store.read(s -> s.questionnaires().count()));
            // a copy without a row version overwrites (save = insert or update)
            Contact c = Fixtures.company();
            store.write(s -> s.contacts().save(EcoreUtil.copy(c)));
            c.setCity("Svendborg");
            store.write(s -> s.contacts().save(c));
            assertEquals("Svendborg", store.read(s -> s.contacts().require("CT000001").getCity()));
        }
    }
}
