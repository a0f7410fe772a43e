package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.util.ContactVCardExport;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.util.SegmentLineExport;
import org.segmenta.exchange.SegmentLineRow;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.StepKind;

class ExportTest {

    @TempDir
    Path tmp;

    private static Contact contact(String no, ContactType type, String name) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo(no);
        c.setType(type);
        c.setName(name);
        c.setSearchName(name.toUpperCase(java.util.Locale.ROOT));
        return c;
    }

    private static List<SegmentLineRow> rows() {
        Contact zoe = contact("CT000002", ContactType.PERSON, "Zoë Ŝmith, \"Jr.\"");
        zoe.setCompanyName("Hansen & Co");
        zoe.setEmail("zoe@hansen.dk");
        zoe.setPhoneNo("+45 1234");
        SegmentLine line = SegmentaFactory.eINSTANCE.createSegmentLine();
        line.setSegmentNo("SEG0001");
        line.setLineNo(10000);
        line.setContactNo("CT000002");
        line.setContactCompanyNo("CT000001");
        line.setCorrespondenceType(CorrespondenceType.EMAIL);
        line.setDescription("Spring offer\nsecond line");
        line.setSubject("Offer");
        line.setSalespersonCode("JO");
        line.setLanguageCode("DAN");
        line.setDate(LocalDate.of(2026, 3, 1));
        line.setStepNo(2);
        line.setStepKind(StepKind.CRITERIA);
        SegmentLine bare = SegmentaFactory.eINSTANCE.createSegmentLine();
        bare.setSegmentNo("SEG0001");
        bare.setLineNo(20000);
        bare.setContactNo("CT000009");
        return List.of(SegmentLineRow.of(line, zoe), SegmentLineRow.of(bare, null));
    }

    @Test
    void segmentLinesToCsvReadBack() throws Exception {
        Path file = tmp.resolve("segment.csv");
        SegmentLineExport.writeCsv(rows(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark for Excel");
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.read(); // the BOM
            records = CSVParser.parse(r, CSVFormat.RFC4180).getRecords();
        }
        assertEquals(3, records.size());
        assertEquals(SegmentLineExport.COLUMNS, records.get(0).toList());
        assertEquals(List.of("SEG0001", "10000", "CT000002", "Zoë Ŝmith, \"Jr.\"", "CT000001", "Hansen & Co",
                "zoe@hansen.dk", "+45 1234", "Email", "Spring offer\nsecond line", "Offer", "JO", "DAN", "2026-03-01",
                "Step 2, Add Contacts"), records.get(1).toList());
        // a line without its contact: contact columns empty; the model's defaults (None, no step) shown
        assertEquals(List.of("SEG0001", "20000", "CT000009", "", "", "", "", "", "None", "", "", "", "", "",
                ""), records.get(2).toList());
        assertEquals(List.of("segment.csv"), List.of(tmp.toFile().list()), "no temporary file is left");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreEscaped() throws Exception {
        // OWASP "CSV Injection": cells beginning with = + - @ tab or CR get a leading apostrophe
        Contact evil = contact("CT000003", ContactType.PERSON, "=HYPERLINK(\"http://evil.example\",\"Click\")");
        evil.setCompanyName("@SUM(A1:A9)");
        evil.setEmail("-2+3@example.com");
        evil.setPhoneNo("\t=1+1");
        SegmentLine line = SegmentaFactory.eINSTANCE.createSegmentLine();
        line.setSegmentNo("SEG0001");
        line.setLineNo(10000);
        line.setContactNo("CT000003");
        line.setDescription("\r=cmd|' /C calc'!A0");
        line.setSubject("Plain = text stays");
        Path file = tmp.resolve("evil.csv");
        SegmentLineExport.writeCsv(List.of(SegmentLineRow.of(line, evil)), file);
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.read();
            records = CSVParser.parse(r, CSVFormat.RFC4180).getRecords();
        }
        CSVRecord row = records.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Click\")", row.get(3));
        assertEquals("'@SUM(A1:A9)", row.get(5));
        assertEquals("'-2+3@example.com", row.get(6));
        assertEquals("'\t=1+1", row.get(7));
        assertEquals("'\r=cmd|' /C calc'!A0", row.get(9));
        assertEquals("Plain = text stays", row.get(10));
        assertEquals("10000", row.get(1), "numbers are not text cells and stay as they are");
    }

    @Test
    void aGuardedCsvCellIsImportedWithoutItsApostrophe() throws Exception {
        // a Google CSV as an older export (or another tool) wrote it: the phone number and a formula-like note guarded
        Path file = tmp.resolve("guarded.csv");
        Files.writeString(file, "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name\r\n"
                + "Anna Berg,Anna,Berg,anna@berg.example,'+45 70 10 20 31,'=Berg & Co\r\n"
                + "Tom O'Neil,Tom,O'Neil,tom@oneil.example,'Tis no phone,Oneil Ltd\r\n", StandardCharsets.UTF_8);
        org.segmenta.exchange.ImportPlan plan = org.segmenta.exchange.util.ContactImporter.read(file,
                org.segmenta.exchange.ImportOptions.defaults());
        Contact anna = plan.persons().stream().filter(c -> "Anna Berg".equals(c.getName())).findFirst().orElseThrow();
        assertEquals("+45 70 10 20 31", anna.getPhoneNo());
        assertEquals("=Berg & Co", anna.getCompanyName());
        Contact tom = plan.persons().stream().filter(c -> "Tom O'Neil".equals(c.getName())).findFirst().orElseThrow();
        assertEquals("'Tis no phone", tom.getPhoneNo(), "an apostrophe before a letter is the cell's own");
    }

    @Test
    void phoneNumbersAndNumbersAreNotGuardedAndTheImportStripsTheGuard() {
        // a sign, a digit, then only digits, spaces and ( ) . / -: nothing a spreadsheet could run
        assertEquals("+45 70 10 20 31", SegmentLineExport.csvCell("+45 70 10 20 31"));
        assertEquals("+1 (555) 123-4567", SegmentLineExport.csvCell("+1 (555) 123-4567"));
        assertEquals("-12.5", SegmentLineExport.csvCell("-12.5"));
        assertEquals("0045 70 10 20 31", SegmentLineExport.csvCell("0045 70 10 20 31"));
        // OWASP's payloads stay guarded, also those that start with a sign and a digit
        assertEquals("'-2+3+cmd|' /C calc'!A0", SegmentLineExport.csvCell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'+SUM(A1:A2)", SegmentLineExport.csvCell("+SUM(A1:A2)"));
        assertEquals("'-A1", SegmentLineExport.csvCell("-A1"));
        assertEquals("'+1*2", SegmentLineExport.csvCell("+1*2"));
        assertEquals("'=1", SegmentLineExport.csvCell("=1"));
        assertEquals("'@x", SegmentLineExport.csvCell("@x"));
        // the import reads a guarded cell without its apostrophe; a name's own apostrophe stays
        for (String v : List.of("=HYPERLINK(\"http://evil.example\")", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
                "+45 70 10 20 31", "\t=1+1", "O'Brien", "'Tis the season", "plain")) {
            assertEquals(v, SegmentLineExport.unguard(SegmentLineExport.csvCell(v)), v);
        }
        assertEquals("'Tis", SegmentLineExport.unguard("'Tis"));
        assertEquals("'", SegmentLineExport.unguard("'"));
        assertEquals(null, SegmentLineExport.unguard(null));
    }

    @Test
    void segmentLinesToXlsxReadBack() throws Exception {
        Path file = tmp.resolve("segment.xlsx");
        SegmentLineExport.writeXlsx(rows(), file, "SEG0001");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("SEG0001");
            assertEquals(2, sheet.getLastRowNum());
            Row head = sheet.getRow(0);
            List<String> captions = new ArrayList<>();
            head.forEach(c -> captions.add(c.getStringCellValue()));
            assertEquals(SegmentLineExport.COLUMNS, captions);
            assertTrue(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
            Row r = sheet.getRow(1);
            assertEquals("SEG0001", r.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, r.getCell(1).getCellType());
            assertEquals(10000, (int) r.getCell(1).getNumericCellValue());
            assertEquals("Zoë Ŝmith, \"Jr.\"", r.getCell(3).getStringCellValue());
            assertEquals("zoe@hansen.dk", r.getCell(6).getStringCellValue());
            assertEquals("Email", r.getCell(8).getStringCellValue());
            assertEquals("Spring offer\nsecond line", r.getCell(9).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r.getCell(13)));
            assertEquals(LocalDate.of(2026, 3, 1), r.getCell(13).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Step 2, Add Contacts", r.getCell(14).getStringCellValue());
            assertEquals("CT000009", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(3), "empty values are empty cells");
        }
    }

    @Test
    void aFailedExportLeavesTheOldFile() throws Exception {
        Path file = tmp.resolve("segment.csv");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class,
                () -> SegmentLineExport.writeCsv(rows(), tmp.resolve("missing-folder").resolve("x.csv")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void contactsToVCard40AndBackAreEqual() throws Exception {
        Contact company = contact("CT000001", ContactType.COMPANY, "Hansen & Co");
        company.setCompanyNo("CT000001");
        company.setCompanyName("Hansen & Co");
        company.setAddress("Søndergade 1");
        company.setAddress2("2. sal");
        company.setPostCode("8000");
        company.setCity("Aarhus C");
        company.setCountryRegionCode("DK");
        company.setPhoneNo("+45 8612 3456");
        company.setEmail("info@hansen.dk");
        company.setHomePage("https://hansen.dk");
        company.setLanguageCode("DAN");
        Contact zoe = contact("CT000002", ContactType.PERSON, "Zoë Ŝmith-Hansen");
        zoe.setCompanyNo("CT000001");
        zoe.setCompanyName("Hansen & Co");
        zoe.setFirstName("Zoë");
        zoe.setMiddleName("A.");
        zoe.setSurname("Ŝmith-Hansen");
        zoe.setJobTitle("Head of Sales; Nordics");
        zoe.setEmail("zoe@hansen.dk");
        zoe.setMobilePhoneNo("+45 2012 3456");
        zoe.setFaxNo("+45 8612 3457");
        zoe.setCounty("Midtjylland");
        zoe.setLanguageCode("ENG");
        ContactMailingGroup g = SegmentaFactory.eINSTANCE.createContactMailingGroup();
        g.setMailingGroupCode("NEWSLETTER");
        zoe.getMailingGroups().add(g);
        Contact loner = contact("CT000003", ContactType.PERSON, "山田太郎");
        loner.setEmail("taro@example.jp");

        Path file = tmp.resolve("contacts.vcf");
        ContactVCardExport.write(List.of(company, zoe, loner), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), text);
        assertTrue(text.contains("KIND:org"), text);

        ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults());
        assertEquals(ImportFormat.VCARD, plan.report().format());
        assertEquals(0, plan.report().skippedCount(), plan.report().toString());
        assertEquals(3, plan.contacts().size(), plan.report().toString());
        List<Contact> originals = List.of(company, zoe, loner);
        for (int i = 0; i < 3; i++) {
            Contact before = originals.get(i);
            Contact after = plan.contacts().get(i);
            for (EAttribute a : SegmentaPackage.Literals.CONTACT.getEAllAttributes()) {
                if (a != SegmentaPackage.Literals.CONTACT__NO && a != SegmentaPackage.Literals.CONTACT__COMPANY_NO) {
                    assertEquals(before.eGet(a), after.eGet(a), before.getName() + ": " + a.getName());
                }
            }
            assertEquals(Files11.groups(before), Files11.groups(after));
        }
        assertEquals(plan.contacts().get(0).getNo(), plan.contacts().get(1).getCompanyNo(), "Zoë's company link");
        assertEquals(plan.contacts().get(0).getNo(), plan.contacts().get(0).getCompanyNo());
        assertEquals(null, plan.contacts().get(2).getCompanyNo());
        assertFalse(plan.report().created().stream().anyMatch(c -> c.fromOrganisation()),
                "the company card is used, not a second company from Zoë's ORG");
    }
}
