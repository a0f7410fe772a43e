package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.exchange.tests.Files11.contacts;
import static org.segmenta.exchange.tests.Files11.importFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.ContactLookup;
import org.segmenta.exchange.ContactUpdate;
import org.segmenta.exchange.DuplicatePolicy;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.ImportReport.Skipped;
import org.segmenta.exchange.util.SegmentLineExport;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;

class DuplicatesAndRefusalsTest {

    @TempDir
    Path tmp;

    @Test
    void theSameCardsTwiceInOneFileAreImportedOnce() throws Exception {
        String android = Files.readString(contacts("ezv_android_21qp.vcf"), StandardCharsets.UTF_8);
        Path file = tmp.resolve("twice.vcf");
        Files.writeString(file, android + android, StandardCharsets.UTF_8);
        ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults());
        assertEquals(8, plan.report().createdCount(), "6 persons and 2 companies, once");
        assertEquals(6, plan.report().skippedCount());
        int offset = (int) android.lines().count(); // the second copy starts that many lines further down
        List<Skipped> skipped = plan.report().skipped();
        assertEquals(List.of(1, 6, 11, 18, 36, 71).stream().map(l -> l + offset).toList(),
                skipped.stream().map(Skipped::line).toList());
        assertTrue(skipped.stream().allMatch(s -> s.reason() == Reason.DUPLICATE_IN_FILE));
        assertEquals("'john.doe@company.com' has the same e-mail address (john.doe@company.com) as the contact at"
                + " line 1; it is imported once.", skipped.get(0).message());
        assertTrue(skipped.get(2).message().endsWith("has the same name and company as the contact at line 11; it is"
                + " imported once."), skipped.get(2).message());
    }

    @Test
    void existingContactsAreNotCreatedAgainAndExistingCompaniesAreLinked() throws Exception {
        ImportPlan first = importFile("ezv_outlook2007_21.vcf");
        ContactLookup existing = ContactLookup.of(first.contacts());
        ImportPlan again = ContactImporter.read(contacts("ezv_outlook2007_21.vcf"),
                ImportOptions.defaults().withExisting(existing));
        assertEquals(0, again.report().createdCount(), "neither the person nor the company TheCompany again");
        assertEquals(1, again.report().skippedCount());
        Skipped s = again.report().skipped().get(0);
        assertEquals(Reason.DUPLICATE_EXISTING, s.reason());
        assertEquals(1, s.line());
        assertEquals("'Mr. Michael Angstadt Jr.' already exists as contact NEW-00002 (the same e-mail address "
                + "(mike.angstadt@gmail.com)); it is not imported again.", s.message());

        // a new person of an existing company is linked to it, no second company is made
        Contact company = first.companies().get(0);
        Path file = tmp.resolve("colleague.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nORG:thecompany\r\n"
                + "EMAIL;TYPE=work:jane@thecompany.com\r\nEND:VCARD\r\n");
        ImportPlan colleague = ContactImporter.read(file,
                ImportOptions.defaults().withExisting(existing).withNumbers(() -> "CT000100"));
        assertEquals(1, colleague.report().createdCount());
        Contact jane = colleague.contacts().get(0);
        assertEquals("CT000100", jane.getNo());
        assertEquals(company.getNo(), jane.getCompanyNo());
    }

    @Test
    void fillEmptyFieldsUpdatesACopyOfTheExistingContact() throws Exception {
        Contact mike = SegmentaFactory.eINSTANCE.createContact();
        mike.setNo("CT000001");
        mike.setType(ContactType.PERSON);
        mike.setName("Mike A.");
        mike.setEmail("MIKE.ANGSTADT@gmail.com");
        mike.setPhoneNo("+1 555 0000");
        ImportPlan plan = ContactImporter.read(contacts("ezv_outlook2007_21.vcf"), ImportOptions.defaults()
                .withExisting(ContactLookup.of(List.of(mike))).withDuplicates(DuplicatePolicy.FILL_EMPTY_FIELDS));
        assertEquals(1, plan.report().updatedCount());
        ContactUpdate u = plan.updates().get(0);
        assertAll(() -> assertEquals(1, u.line()), () -> assertEquals(mike, u.existing()),
                () -> assertEquals("Mike A.", u.updated().getName(), "values are never overwritten"),
                () -> assertEquals("+1 555 0000", u.updated().getPhoneNo()),
                () -> assertEquals("(111) 555-4444", u.updated().getMobilePhoneNo()),
                () -> assertEquals("TheJobTitle", u.updated().getJobTitle()),
                () -> assertTrue(u.fields().containsAll(List.of("mobilePhoneNo", "jobTitle", "address", "city"))),
                () -> assertEquals(null, mike.getMobilePhoneNo(), "the existing contact is untouched"));
    }

    @Test
    void renumberGivesFinalNumbersAndKeepsTheLinks() throws Exception {
        ImportPlan plan = importFile("ezv_android_21qp.vcf");
        AtomicInteger n = new AtomicInteger(10);
        Map<String, String> map = plan.renumber(() -> "CT%06d".formatted(n.getAndIncrement()));
        assertEquals("CT000014", map.get("NEW-00005"));
        Contact bob = plan.persons().stream().filter(p -> "bob@company.com".equals(p.getEmail())).findFirst()
                .orElseThrow();
        assertEquals("CT000014", bob.getCompanyNo());
        assertEquals("CT000014", plan.companies().get(0).getCompanyNo());
        assertEquals("CT000014", plan.report().created().get(4).contact().getNo(), "the report sees the new No.");
    }

    @Test
    void fatalProblemsNameTheFileTheLineAndWhatToDo() throws Exception {
        Path missing = tmp.resolve("nope.vcf");
        ContactImportException e = assertThrows(ContactImportException.class,
                () -> ContactImporter.read(missing, ImportOptions.defaults()));
        assertEquals(missing + ": the file does not exist; check the path.", e.getMessage());

        Path empty = Files.writeString(tmp.resolve("empty.csv"), "\r\n");
        e = assertThrows(ContactImportException.class, () -> ContactImporter.read(empty, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());

        // a real workbook is not a contact file
        Path xlsx = tmp.resolve("lines.xlsx");
        SegmentLineExport.writeXlsx(List.of(), xlsx, "S");
        e = assertThrows(ContactImportException.class, () -> ContactImporter.read(xlsx, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("is not text (it looks like an Excel, Word or zip file)"), e.getMessage());

        // a vCard file cut off in its second card: refused whole, with the line where that card begins
        List<String> lines = new ArrayList<>(
                Files.readAllLines(contacts("kc_qp_softbreaks_21.vcf"), StandardCharsets.UTF_8).subList(0, 12));
        Path cut = tmp.resolve("cut.vcf");
        Files.write(cut, lines, StandardCharsets.UTF_8);
        e = assertThrows(ContactImportException.class, () -> ContactImporter.read(cut, ImportOptions.defaults()));
        assertEquals(9, e.line());
        assertEquals(cut + ", line 9: the card that begins here has no END:VCARD; the file is truncated or not a"
                + " complete vCard export. Export the contacts again.", e.getMessage());

        // a single-column text is not a contact CSV
        Path note = Files.writeString(tmp.resolve("note.txt"), "just some notes\nnothing else\n");
        e = assertThrows(ContactImportException.class, () -> ContactImporter.read(note, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith(note + ", line 1: the first line has 1 column"), e.getMessage());
    }

    @Test
    void numbersAreDrawnInCreationOrderCompaniesFirst() throws Exception {
        List<String> drawn = new ArrayList<>();
        ImportPlan plan = ContactImporter.read(contacts("rc_thunderbird.csv"), ImportOptions.defaults()
                .withNumbers(() -> { String no = "T" + (drawn.size() + 1); drawn.add(no); return no; }));
        assertEquals(List.of("T1", "T2"), drawn);
        assertEquals(ContactType.COMPANY, plan.contacts().get(0).getType());
        assertEquals("T1", plan.contacts().get(1).getCompanyNo());
        assertNotEquals(plan.contacts().get(0).getNo(), plan.contacts().get(1).getNo());
    }
}
