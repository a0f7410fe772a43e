package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.ContactQuery.ContactSort;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.store.ReadOnlyException;
import org.segmenta.model.Attachment;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentLine;

/** Queries, paging and the set-based operations of the repositories, on real values. */
class QueryTest extends StoreFixture {

    private static final String[][] CITIES = { { "5000", "Odense C" }, { "8000", "Aarhus C" }, { "1050", "København K" } };

    /** 30 companies, each with 2 persons: CT000001..CT000090 */
    private void contacts() {
        store.write(s -> {
            List<Contact> all = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Contact company = ValidationTest.company(i * 3 + 1);
                company.setCompanyNo(company.getNo());
                company.setPostCode(CITIES[i % 3][0]);
                company.setCity(CITIES[i % 3][1]);
                company.setCountryRegionCode("DK");
                company.setSalespersonCode(i % 2 == 0 ? "JO" : "OF");
                company.setSearchName(String.format("FIRM %02d", 29 - i));
                all.add(company);
                for (int p = 1; p <= 2; p++) {
                    Contact person = ValidationTest.company(i * 3 + 1 + p);
                    person.setType(ContactType.PERSON);
                    person.setCompanyNo(company.getNo());
                    person.setPostCode(company.getPostCode());
                    person.setCity(company.getCity());
                    person.setSearchName(String.format("PERSON %02d-%d", i, p));
                    all.add(person);
                }
            }
            return s.contacts().insertAll(all.iterator());
        });
    }

    @Test
    void contactsAreFoundSortedAndPaged() {
        contacts();
        store.read(s -> {
            assertEquals(90, s.contacts().count(ContactQuery.all()));
            assertEquals(30, s.contacts().count(ContactQuery.all().withType(ContactType.COMPANY)));
            assertEquals(30, s.contacts().count(ContactQuery.all().withCity("Odense C")));
            assertEquals(10, s.contacts().count(ContactQuery.all().withCity("Odense C").withType(ContactType.COMPANY)));
            assertEquals(15, s.contacts().count(ContactQuery.all().withSalespersonCode("JO")));
            assertEquals(3, s.contacts().count(ContactQuery.all().withCompanyNo("CT000004")));
            assertEquals(30, s.contacts().count(ContactQuery.all().withSearchName("firm")));
            assertEquals(2, s.contacts().count(ContactQuery.all().withSearchName("Person 07-")));
            assertEquals(0, s.contacts().count(ContactQuery.all().withSearchName("FIRM_")), "_ is no wildcard");

            List<Contact> page = s.contacts().find(ContactQuery.all().withType(ContactType.COMPANY)
                    .sortedBy(ContactSort.SEARCH_NAME, false).page(5, 3));
            assertEquals(List.of("FIRM 05", "FIRM 06", "FIRM 07"), page.stream().map(Contact::getSearchName).toList());
            List<Contact> last = s.contacts().find(ContactQuery.all().sortedBy(ContactSort.NO, true).page(0, 2));
            assertEquals(List.of("CT000090", "CT000089"), last.stream().map(Contact::getNo).toList());
            List<Contact> byCompany = s.contacts().find(ContactQuery.all().sortedBy(ContactSort.COMPANY, false).page(0, 3));
            assertEquals(List.of("CT000001", "CT000002", "CT000003"), byCompany.stream().map(Contact::getNo).toList());
            List<Contact> byPostCode = s.contacts().find(ContactQuery.all().sortedBy(ContactSort.POST_CODE, false).page(0, 1));
            assertEquals("1050", byPostCode.get(0).getPostCode());
            List<Contact> everything = s.contacts().find(ContactQuery.all().sortedBy(ContactSort.CITY, false));
            assertEquals(90, everything.size());
            assertEquals("Aarhus C", everything.get(0).getCity());
            return null;
        });
    }

    @Test
    void relationRowsComeWithAPageOfContacts() {
        store.write(s -> {
            s.contacts().insert(Fixtures.company());
            return s.contacts().insert(Fixtures.person());
        });
        List<Contact> page = store.read(s -> s.contacts().find(ContactQuery.all()));
        assertEquals(2, page.get(0).getMailingGroups().size());
        assertEquals("NEWS", page.get(0).getMailingGroups().get(1).getMailingGroupCode());
        assertEquals(2, page.get(1).getJobResponsibilities().size());
        assertEquals(1, page.get(1).getMailingGroups().size());
    }

    /**
     * Lines a step removed stay in the table marked with the step (migration 11): the repository's reads, counts, key
     * lookups and updates leave them out, new line Nos. go after them, undo brings them back with every field, redo
     * marks them again, and deleting the lines or the segment deletes them too.
     */
    @Test
    void removedLinesAreKeptForUndoButNotRead() {
        contacts();
        store.write(s -> {
            s.segments().insert(Fixtures.segment());
            return s.segmentLines().insertAll(IntStream.rangeClosed(1, 30)
                    .mapToObj(i -> Fixtures.line("SEG00001", i * 10000, String.format("CT%06d", i))).iterator());
        });
        SegmentLine before = store.read(s -> s.segmentLines().get("SEG00001", 20000).orElseThrow());
        List<Integer> doomed = List.of(20000, 40000, 300000);
        assertEquals(3, store.write(s -> s.selection().removeLines("SEG00001", doomed, 2).removed()));
        store.read(s -> {
            assertEquals(27, s.segmentLines().count("SEG00001"));
            assertEquals(27, s.segmentLines().page("SEG00001", 0, 100).size());
            assertEquals(List.of(10000, 30000, 50000), s.segmentLines().page("SEG00001", 0, 3).stream()
                    .map(SegmentLine::getLineNo).toList(), "the first page skips the removed line");
            assertEquals(List.of(30000, 50000), s.segmentLines().pageAfter("SEG00001", 10000, 2).stream()
                    .map(SegmentLine::getLineNo).toList());
            assertTrue(s.segmentLines().get("SEG00001", 20000).isEmpty());
            assertEquals(300000, s.segmentLines().lastLineNo("SEG00001"), "new lines are numbered after removed ones");
            assertEquals(null, s.references().uses(org.segmenta.core.store.Reference.SEGMENT_LINE_CONTACT, "CT000002", 1));
            return null;
        });
        assertThrows(org.segmenta.core.store.NotFoundException.class, () -> store.write(s -> s.segmentLines().update(before)));
        assertEquals(0, store.write(s -> s.selection().removeLines("SEG00001", List.of(20000), 3).removed()),
                "a removed line cannot be removed again");
        store.write(s -> {
            s.selection().forget("SEG00001", 3);
            return null;
        });
        assertEquals(3, store.write(s -> s.selection().undo("SEG00001", 2).added()));
        SegmentLine back = store.read(s -> s.segmentLines().get("SEG00001", 20000).orElseThrow());
        for (var a : back.eClass().getEAllAttributes()) {
            assertEquals(before.eGet(a), back.eGet(a), a.getName() + " comes back as it was");
        }
        assertEquals(30, store.read(s -> s.segmentLines().count("SEG00001")));
        assertEquals(3, store.write(s -> s.selection().redo("SEG00001", 2).removed()));
        assertEquals(27, store.read(s -> s.segmentLines().count("SEG00001")));
        // the undo of an Add (step 1 made every line) marks its lines; a new step after it deletes them for good
        assertEquals(27, store.write(s -> s.selection().undo("SEG00001", 1).removed()));
        assertEquals(0, store.read(s -> s.segmentLines().count("SEG00001")));
        assertEquals(27, store.write(s -> s.selection().redo("SEG00001", 1).added()));
        assertEquals(27, store.read(s -> s.segmentLines().count("SEG00001")));
        assertEquals(30, store.write(s -> s.segmentLines().deleteAll("SEG00001")), "the removed lines go too");
    }

    @Test
    void segmentLinesArePagedUpdatedAndDeleted() {
        contacts();
        store.write(s -> {
            s.segments().insert(Fixtures.segment());
            return s.segmentLines().insertAll(IntStream.rangeClosed(1, 2500)
                    .mapToObj(i -> Fixtures.line("SEG00001", i * 10000, String.format("CT%06d", (i % 90) + 1)))
                    .iterator());
        });
        store.read(s -> {
            assertEquals(2500, s.segmentLines().count("SEG00001"));
            assertEquals(25_000_000, s.segmentLines().lastLineNo("SEG00001"));
            assertEquals(0, s.segmentLines().lastLineNo("SEG99999"));
            List<SegmentLine> page = s.segmentLines().page("SEG00001", 1000, 3);
            assertEquals(List.of(10_010_000, 10_020_000, 10_030_000), page.stream().map(SegmentLine::getLineNo).toList());
            return null;
        });
        SegmentLine line = store.read(s -> s.segmentLines().get("SEG00001", 20000).orElseThrow());
        line.setSubject("Personal invitation for Karen");
        store.write(s -> s.segmentLines().update(line));
        assertEquals("Personal invitation for Karen",
                store.read(s -> s.segmentLines().get("SEG00001", 20000).orElseThrow().getSubject()));
        List<Integer> doomed = IntStream.rangeClosed(1, 1200).map(i -> i * 20000).boxed().toList();
        assertEquals(1200, store.write(s -> s.segmentLines().delete("SEG00001", doomed)));
        assertEquals(1300L, store.read(s -> s.segmentLines().count("SEG00001")));
        // deleting the header takes its lines and history with it
        store.write(s -> {
            s.segmentHistory().insertAll(List.of(Fixtures.history("SEG00001", 1, null)).iterator());
            s.segments().delete("SEG00001");
            return null;
        });
        store.read(s -> {
            assertEquals(0, s.segmentLines().count("SEG00001"));
            assertEquals(0, s.segmentHistory().lastStepNo("SEG00001"));
            return null;
        });
    }

    @Test
    void historyStepsAreCountedAndDroppedFromAStepOn() {
        store.write(s -> {
            s.segments().insert(Fixtures.segment());
            for (int step = 1; step <= 4; step++) {
                int st = step;
                s.segmentHistory().insertAll(IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> Fixtures.history("SEG00001", st, Fixtures.line("SEG00001", i, "CT000002"))).iterator());
            }
            return null;
        });
        assertEquals(4, store.read(s -> s.segmentHistory().lastStepNo("SEG00001")));
        assertEquals(20, store.write(s -> s.segmentHistory().deleteFrom("SEG00001", 3)));
        store.read(s -> {
            assertEquals(2, s.segmentHistory().lastStepNo("SEG00001"));
            assertEquals(10, s.segmentHistory().count("SEG00001", 2));
            assertEquals(7, s.segmentHistory().ofStep("SEG00001", 2).get(6).getLine().getLineNo());
            return null;
        });
    }

    @Test
    void theInteractionLogIsFilteredAndLoggedSegmentsCancelWithTheirEntries() {
        long[] logged = new long[2];
        store.write(s -> {
            for (int k = 0; k < 2; k++) {
                LoggedSegment l = Fixtures.loggedSegment();
                l.setCanceled(false);
                l.setSegmentNo("SEG0000" + (k + 1));
                logged[k] = s.loggedSegments().insert(l).getEntryNo();
            }
            List<InteractionLogEntry> entries = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                InteractionLogEntry e = Fixtures.logEntry(String.format("CT%06d", i % 30 + 1), logged[i % 2]);
                e.setCanceled(false);
                e.setSegmentNo("SEG0000" + (i % 2 + 1));
                e.setDate(LocalDate.of(2027, 1, 1).plusDays(i % 60));
                e.setSalespersonCode(i % 3 == 0 ? "OF" : "JO");
                e.setContactCompanyNo(i % 30 < 15 ? "CT000001" : "CT000016");
                entries.add(e);
            }
            return s.interactionLog().insertAll(entries.iterator());
        });
        store.read(s -> {
            assertEquals(1500, s.interactionLog().count(InteractionLogQuery.all()));
            assertEquals(50, s.interactionLog().count(InteractionLogQuery.all().withContactNo("CT000007")));
            assertEquals(750, s.interactionLog().count(InteractionLogQuery.all().withContactCompanyNo("CT000016")));
            assertEquals(750, s.interactionLog().count(InteractionLogQuery.all().withSegmentNo("SEG00002")));
            assertEquals(750, s.interactionLog().count(InteractionLogQuery.all().withLoggedSegmentEntryNo(logged[0])));
            assertEquals(500, s.interactionLog().count(InteractionLogQuery.all().withSalespersonCode("OF")));
            assertEquals(1500, s.interactionLog().count(InteractionLogQuery.all().withInteractionTemplateCode("INVITE")));
            assertEquals(0, s.interactionLog().count(InteractionLogQuery.all().withInteractionTemplateCode("CALL")));
            // Jan 1..10: days 0..9 of each 60-day cycle: 25 cycles x 10 days
            assertEquals(250, s.interactionLog().count(InteractionLogQuery.all()
                    .withDates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 10))));
            assertEquals(1500, s.interactionLog().count(InteractionLogQuery.all().withCanceled(false)));
            List<InteractionLogEntry> page = s.interactionLog().find(InteractionLogQuery.all().page(10, 5));
            assertEquals(List.of(1490L, 1489L, 1488L, 1487L, 1486L), page.stream().map(InteractionLogEntry::getEntryNo).toList());
            List<LoggedSegment> segments = s.loggedSegments().page(0, 10);
            assertEquals(2, segments.size());
            assertEquals(logged[1], segments.get(0).getEntryNo());
            assertEquals(750, segments.get(0).getNoOfInteractions());
            return null;
        });
        assertEquals(750, store.write(s -> s.loggedSegments().setCanceled(logged[0], true)));
        store.read(s -> {
            assertEquals(750, s.interactionLog().count(InteractionLogQuery.all().withCanceled(true)
                    .withLoggedSegmentEntryNo(logged[0])));
            assertEquals(0, s.interactionLog().count(InteractionLogQuery.all().withCanceled(true)
                    .withLoggedSegmentEntryNo(logged[1])));
            assertTrue(s.loggedSegments().require(logged[0]).isCanceled());
            return null;
        });
        InteractionLogEntry one = store.read(s -> s.interactionLog().get(3).orElseThrow());
        one.setEvaluation(org.segmenta.model.Evaluation.VERY_POSITIVE);
        store.write(s -> s.interactionLog().update(one));
        assertEquals(org.segmenta.model.Evaluation.VERY_POSITIVE, store.read(s -> s.interactionLog().get(3).orElseThrow().getEvaluation()));
    }

    @Test
    void readOnlyDocumentsCannotBeChangedOrDeleted() {
        Attachment a = store.write(s -> {
            Attachment meta = Fixtures.attachment();
            meta.setReadOnly(false);
            return s.attachments().create(meta, new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
        });
        assertEquals(1, a.getNo());
        a.setFileName("Invitation (final).docx");
        store.write(s -> s.attachments().update(a));
        store.write(s -> s.attachments().replaceContent(a.getNo(), new ByteArrayInputStream(new byte[] { 4, 5 })));
        assertEquals(2, store.read(s -> s.attachments().require(a.getNo()).getSize()));
        assertEquals(1, store.write(s -> s.attachments().makeReadOnly(List.of(a.getNo(), 99L))));
        ReadOnlyException e = assertThrows(ReadOnlyException.class, () -> store.write(s -> {
            s.attachments().delete(a.getNo());
            return null;
        }));
        assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
        assertThrows(ReadOnlyException.class,
                () -> store.write(s -> s.attachments().replaceContent(a.getNo(), new ByteArrayInputStream(new byte[0]))));
        Attachment stored = store.read(s -> s.attachments().require(a.getNo()));
        stored.setReadOnly(false);
        assertThrows(ReadOnlyException.class, () -> store.write(s -> s.attachments().update(stored)));
        assertEquals("Invitation (final).docx", store.read(s -> s.attachments().require(a.getNo()).getFileName()));
    }
}
