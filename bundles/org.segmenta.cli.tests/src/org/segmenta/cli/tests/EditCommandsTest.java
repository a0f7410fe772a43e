package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;

/**
 * The editing commands on the demo data: contact add|set|show|delete, setup TABLE ..., segment show|set|delete,
 * segment line add|set|remove, interactions document, and --json where it was missing. Real commands, real values,
 * exit codes.
 */
class EditCommandsTest extends CommandLineFixture {

    @BeforeEach
    void demo() {
        ok("demo");
    }

    private void fails(int code, String message, String... args) {
        assertEquals(code, cli.run(args), String.join(" ", args) + "\n" + cli.both());
        assertTrue(cli.err().startsWith("segmenta cli: "), cli.err());
        assertTrue(cli.err().contains(message), message + " in\n" + cli.err());
    }

    @Test
    void contactAddSetShowDelete() throws Exception {
        ok("contact", "add", "--name", "Ann Lee", "--email", "ann@example.com", "--company", "ct000001",
                "city=Odense", "salespersonCode=lh", "correspondenceType=Email", "--json");
        Map<String, Object> added = Json.object(cli.out());
        assertEquals("CT000151", added.get("contact"));
        assertEquals("Person", added.get("type"));
        assertEquals("ANN LEE", added.get("searchName"));
        assertEquals("CT000001", added.get("companyNo"));
        assertEquals(List.of(), added.get("duplicates"));
        assertEquals("", cli.err());

        ok("contact", "show", "CT000151", "--json");
        Map<String, Object> shown = Json.object(cli.out());
        assertEquals("Ann", shown.get("firstName"));
        assertEquals("Lee", shown.get("surname"));
        assertEquals("Odense", shown.get("city"));
        assertEquals("LH", shown.get("salespersonCode"));
        assertEquals("Email", shown.get("correspondenceType"));
        assertEquals(added.get("companyName"), shown.get("companyName"));

        // a likely duplicate is a warning naming the other contact, not a refusal
        ok("contact", "add", "--name", "Ann B. Lee", "--email", "ANN@example.com");
        assertEquals("Created contact CT000152 Ann B. Lee.", cli.out().strip());
        assertTrue(cli.err().startsWith("Warning: CT000152 is likely the same as CT000151 Ann Lee"), cli.err());
        assertTrue(cli.err().contains("(the same e-mail address)"), cli.err());

        ok("contact", "set", "CT000151", "name=Ann Lee-Smith", "city=", "excludeFromSegment=yes");
        ok("contact", "show", "CT000151");
        assertTrue(cli.out().contains("searchName           ANN LEE-SMITH"), cli.out());
        assertTrue(cli.out().contains("excludeFromSegment   true"), cli.out());
        assertFalse(cli.out().contains("city "), cli.out());

        fails(Cli.FAILED, "Salesperson Code 'QQ' does not exist", "contact", "set", "CT000151", "salespersonCode=qq");
        fails(Cli.USAGE, "did you mean 'city'", "contact", "set", "CT000151", "cty=Aarhus");
        fails(Cli.USAGE, "is not one of None, Hard Copy, Email, Fax", "contact", "set", "CT000151",
                "correspondenceType=Pigeon");
        fails(Cli.USAGE, "--type must be Person or Company", "contact", "add", "--name", "X", "--type", "Robot");
        fails(Cli.FAILED, "Company No. CT000002 is a person, not a company", "contact", "add", "--name", "X",
                "--company", "CT000002");
        fails(Cli.FAILED, "cannot be deleted: it is used by 4 persons", "contact", "delete", "CT000006");
        fails(Cli.FAILED, "There is no contact CT999999", "contact", "show", "CT999999");

        ok("contact", "delete", "ct000152", "--json");
        assertEquals(Map.of("contact", "CT000152", "deleted", true), Json.object(cli.out()));
        fails(Cli.FAILED, "There is no contact CT000152", "contact", "show", "CT000152");
    }

    @Test
    void setupCreatesATemplateWithAWordLetterAndRefusesToDeleteCodesInUse() throws Exception {
        Path letter = tmp.resolve("news-letter.docx");
        Files.write(letter, demoLetter());
        ok("setup", "interaction-group", "add", "news", "description=Newsletters");
        ok("setup", "interaction-template", "add", "NEWS", "interactionGroupCode=NEWS", "description=News letter",
                "correspondenceType=Hard Copy", "unitCost=1.50", "unitDuration=3", "--document",
                "ENU=" + letter, "--json");
        Map<String, Object> t = Json.object(cli.out());
        assertEquals("NEWS", t.get("code"));
        assertEquals("ENU", t.get("languageCodeDefault"));
        assertEquals("Hard Copy", t.get("correspondenceType"));
        assertEquals(1.5, ((Number) t.get("unitCost")).doubleValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> languages = (List<Map<String, Object>>) t.get("languages");
        assertEquals("ENU", languages.get(0).get("languageCode"));
        assertTrue(((String) languages.get(0).get("document")).startsWith("news-letter.docx ("), languages.toString());

        ok("setup", "interaction-templates", "list");
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("NEWS ") && l.contains("ENU*")), cli.out());
        ok("setup", "interaction-template", "show", "news");
        assertTrue(cli.out().contains("interactionGroupCode"), cli.out());

        // a segment on the new template merges its letter
        ok("segment", "new", "--description", "News", "--template", "NEWS", "--salesperson", "AB");
        ok("segment", "line", "add", "SEG00002", "CT000002");
        ok("segment", "lines", "SEG00002", "--json");
        assertEquals("NEWS", Json.rows(cli.out()).get(0).get("template"));

        fails(Cli.FAILED, "Interaction Template NEWS cannot be deleted: it is used by 1 open segments",
                "setup", "interaction-template", "delete", "NEWS");
        fails(Cli.FAILED, "Interaction Group NEWS cannot be deleted: it is used by 1 interaction templates",
                "setup", "interaction-group", "delete", "NEWS");
        fails(Cli.FAILED, "Salesperson AB cannot be deleted: it is used by", "setup", "salesperson", "delete", "AB");
        fails(Cli.FAILED, "Interaction Group Code 'NOPE' does not exist", "setup", "interaction-template",
                "add", "X", "interactionGroupCode=nope");
        fails(Cli.USAGE, "did you mean 'salesperson'", "setup", "salespersn", "list");
        fails(Cli.USAGE, "is not an action", "setup", "salesperson", "frob");

        ok("setup", "salutation", "add", "DR", "description=Doctor", "--formula", "ENU:Formal=Dear Dr. %1",
                "--formula", "ENU:Informal=Hi %1", "--json");
        assertEquals(2, ((List<?>) Json.object(cli.out()).get("formulas")).size());
        ok("setup", "questionnaire", "add", "SIZE", "description=Company size", "--question", "10000=Employees",
                "--answer", "10000:10000=1-9", "--answer", "10000:20000=10+", "--json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) Json.object(cli.out()).get("questions");
        assertEquals(2, ((List<?>) questions.get(0).get("answers")).size());
        ok("setup", "campaign", "add", "description=Spring", "startingDate=2027-03-01", "endingDate=2027-04-30",
                "salespersonCode=mv", "--json");
        assertEquals("CP00002", Json.object(cli.out()).get("no"));
        fails(Cli.FAILED, "before it starts", "setup", "campaign", "set", "CP00002", "endingDate=2027-01-01");
        ok("setup", "mailing-group", "add", "SPARE", "description=Spare");
        ok("setup", "mailing-group", "delete", "spare", "--json");
        assertEquals(Boolean.TRUE, Json.object(cli.out()).get("deleted"));
        ok("setup", "language", "list", "--json");
        assertEquals(4, Json.rows(cli.out()).size());
    }

    @Test
    void segmentShowSetLineEditsAndDelete() throws Exception {
        // a refused header field creates no segment and uses no No.
        fails(Cli.FAILED, "Interaction Template Code 'NOPE' does not exist", "segment", "new", "--description",
                "Refused", "--template", "NOPE");
        ok("segment", "new", "--description", "Hand made", "--template", "LETTER", "--salesperson", "AB");
        assertTrue(cli.out().contains("SEG00002"), "the refused segment used no No.: " + cli.out());
        ok("segment", "line", "add", "SEG00002", "CT000002", "ct000003", "--json");
        Map<String, Object> step = Json.object(cli.out());
        assertEquals(2L, step.get("added"));
        assertEquals("Manual", step.get("kind"));

        ok("segment", "set", "SEG00002", "description=Hand made, changed", "subjectDefault=Our catalogue", "--json");
        Map<String, Object> set = Json.object(cli.out());
        assertEquals("Hand made, changed", set.get("description"));
        assertEquals("Our catalogue", set.get("subjectDefault"));
        ok("segment", "show", "SEG00002", "--json");
        Map<String, Object> shown = Json.object(cli.out());
        assertEquals("Hand made, changed", shown.get("description"));
        assertEquals(2L, shown.get("lines"));
        assertEquals("LETTER", shown.get("interactionTemplateCode"));
        assertEquals(1, ((List<?>) shown.get("steps")).size());

        ok("segment", "lines", "SEG00002", "--json");
        List<Map<String, Object>> lines = Json.rows(cli.out());
        String first = String.valueOf(lines.get(0).get("line"));
        ok("segment", "line", "set", "SEG00002", first, "salespersonCode=lh", "subject=For you", "--json");
        Map<String, Object> line = Json.object(cli.out());
        assertEquals("LH", line.get("salesperson"));
        fails(Cli.FAILED, "cannot be changed", "segment", "line", "set", "SEG00002", first, "contactNo=CT000004");
        fails(Cli.FAILED, "Salesperson Code 'QQ' does not exist", "segment", "line", "set", "SEG00002", first,
                "salespersonCode=qq");
        fails(Cli.FAILED, "Salesperson Code 'QQ' does not exist", "segment", "set", "SEG00002", "salespersonCode=qq");
        fails(Cli.FAILED, "has no line 7", "segment", "line", "set", "SEG00002", "7", "subject=x");

        fails(Cli.FAILED, "Segment SEG00002 has no line 99999; nothing was removed", "segment", "line", "remove",
                "SEG00002", "99999");
        ok("segment", "line", "remove", "SEG00002", first);
        assertTrue(cli.out().contains("The segment has 1 lines") || cli.out().contains("1 line"), cli.out());
        ok("segment", "undo", "SEG00002");
        ok("segment", "lines", "SEG00002", "--json");
        assertEquals(2, Json.rows(cli.out()).size());

        fails(Cli.USAGE, "has no field 'descripton'; did you mean 'description'", "segment", "set", "SEG00002",
                "descripton=x");
        ok("segment", "template", "SEG00002", "EMAIL", "--json");
        assertEquals("EMAIL", Json.object(cli.out()).get("template"));
        ok("segment", "save-criteria", "SEG00002", "HAND", "--json");
        assertEquals("SEG00002", Json.object(cli.out()).get("segment"));

        ok("segment", "delete", "SEG00002", "--json");
        assertEquals(Map.of("segment", "SEG00002", "deleted", true, "lines", 2L), Json.object(cli.out()));
        fails(Cli.FAILED, "There is no open segment SEG00002", "segment", "show", "SEG00002");
    }

    @Test
    void theDocumentOfALoggedInteractionIsSavedAndCancelAndExportSayWhatTheyDidInJson() throws Exception {
        ok("segment", "new", "--description", "Two letters", "--template", "LETTER", "--salesperson", "AB");
        ok("segment", "line", "add", "SEG00002", "CT000002", "CT000003");
        ok("log", "SEG00002", "--send");
        ok("interactions", "--logged", "1", "--json");
        List<Map<String, Object>> entries = Json.rows(cli.out());
        Map<String, Object> withDocument = entries.stream().filter(e -> e.get("document") != null).findFirst()
                .orElseThrow();
        Path out = tmp.resolve("out/letter.docx");
        ok("interactions", "document", String.valueOf(withDocument.get("entry")), "--out", out.toString(), "--json");
        Map<String, Object> saved = Json.object(cli.out());
        assertEquals(Files.size(out), saved.get("bytes"));
        byte[] head = new byte[2];
        System.arraycopy(Files.readAllBytes(out), 0, head, 0, 2);
        assertArrayEquals(new byte[] { 'P', 'K' }, head, "a .docx is a zip");

        ok("logged", "cancel", "1", "--json");
        Map<String, Object> canceled = Json.object(cli.out());
        assertEquals(Boolean.TRUE, canceled.get("canceled"));
        assertEquals((long) entries.size(), canceled.get("interactions"));
        ok("logged", "uncancel", "1", "--json");
        assertEquals(Boolean.FALSE, Json.object(cli.out()).get("canceled"));

        ok("export", "contacts", "--vcard", tmp.resolve("all.vcf").toString(), "--json");
        assertEquals(150L, Json.object(cli.out()).get("contacts"));
        assertNull(Json.object(cli.out()).get("lines"));
    }

    @Test
    void unknownCommandsAndOptionsNameTheNearestOne() {
        assertEquals(Cli.USAGE, cli.run("segmnt", "list"));
        assertTrue(cli.err().contains("segment"), cli.err());
        assertTrue(cli.err().contains("Did you mean"), cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filtr", "contact.city=Aarhus"));
        assertTrue(cli.err().contains("--filter"), cli.err());
        assertTrue(cli.err().contains("Run 'segmenta cli segment add --help'"), cli.err());
        assertFalse(cli.err().contains("./segmenta"), cli.err());
    }

    /** @return the demo's English Word letter, a real .docx with merge fields */
    private byte[] demoLetter() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        services.store().read(s -> s.attachments().copyContent(s.interactionTemplates().require("LETTER").getLanguages()
                .stream().filter(l -> "ENU".equals(l.getLanguageCode())).findFirst().orElseThrow().getWordTemplateNo(),
                out));
        return out.toByteArray();
    }

    @Test
    void segmentAddHelpListsTheCriteriaSourcesAndTheirFields() {
        ok("segment", "add", "--help");
        assertTrue(cli.out().contains("  contact (Contact): no, type, companyNo,"), cli.out());
        assertTrue(cli.out().contains("  mailingGroup (Contact Mailing Group): mailingGroupCode"), cli.out());
        assertTrue(cli.out().contains("  interactionLogEntry (Interaction Log Entry): "), cli.out());
    }
}
