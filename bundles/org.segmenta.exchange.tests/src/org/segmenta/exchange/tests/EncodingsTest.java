package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.ImportReport.Skipped;
import org.segmenta.exchange.util.TextDecoding;
import org.segmenta.model.Contact;

/**
 * Issue 13 item 7: the encodings real exports use, on files written here: vCard 2.1 quoted-printable without a
 * CHARSET, vCard 3.0 folding that splits a UTF-8 character, and U+FFFD never stored silently.
 */
class EncodingsTest {

    @TempDir
    Path tmp;

    private ImportPlan read(String name, byte[] bytes) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return ContactImporter.read(file, ImportOptions.defaults());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String notes(ImportPlan plan) {
        return plan.report().notes().toString();
    }

    @Test
    void quotedPrintableWithoutCharsetInWindows1252IsReadAsWindows1252() throws Exception {
        // an old Nokia/Outlook 2.1 card: =FC is ü in Windows-1252 (and not UTF-8)
        ImportPlan plan = read("nokia.vcf", ascii("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "N;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\n"
                + "ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;Stra=DFe 1;K=F6ln;;50667;Deutschland\r\n"
                + "EMAIL;INTERNET:jm@example.de\r\nEND:VCARD\r\n"));
        Contact c = plan.contacts().get(0);
        assertEquals("Jürgen Müller", c.getName());
        assertEquals("Müller", c.getSurname());
        assertEquals("Straße 1", c.getAddress());
        assertEquals("Köln", c.getCity());
        assertTrue(notes(plan).contains("read as windows-1252"), notes(plan));
    }

    @Test
    void quotedPrintableWithoutCharsetInWindows1250IsReadAsWindows1250() throws Exception {
        // Polish in Windows-1250: Łódź = A3 F3 64 9F, Wiśniewska = 57 69 9C 6E 69 65 77 73 6B 61
        ImportPlan plan = read("polish.vcf", ascii("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "N;ENCODING=QUOTED-PRINTABLE:Wi=9Cniewska;Zofia;;;\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:Zofia Wi=9Cniewska\r\n"
                + "ADR;HOME;ENCODING=QUOTED-PRINTABLE:;;ul. Piotrkowska 5;=A3=F3d=9F;;90-001;Polska\r\n"
                + "END:VCARD\r\n"));
        Contact c = plan.contacts().get(0);
        assertEquals("Zofia Wiśniewska", c.getName());
        assertEquals("Łódź", c.getCity());
        assertTrue(notes(plan).contains("read as windows-1250"), notes(plan));
    }

    @Test
    void quotedPrintableWithoutCharsetThatIsValidUtf8IsReadAsUtf8() throws Exception {
        ImportPlan plan = read("android.vcf", ascii("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "N;ENCODING=QUOTED-PRINTABLE:Ni=C3=B8lsen;S=C3=B8ren;;;\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:S=C3=B8ren Ni=C3=B8lsen\r\nEND:VCARD\r\n"));
        assertEquals("Søren Niølsen", plan.contacts().get(0).getName());
        assertTrue(notes(plan).contains("read as UTF-8"), notes(plan));
    }

    @Test
    void foldingThatSplitsAUtf8CharacterIsUnfoldedOnTheBytes() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lef"));
        byte[] e = "è".getBytes(StandardCharsets.UTF_8); // C3 A8, split by the fold
        b.write(e[0]);
        b.writeBytes(ascii("\r\n "));
        b.write(e[1]);
        b.writeBytes(ascii("vre;Fran"));
        byte[] c = "ç".getBytes(StandardCharsets.UTF_8);
        b.write(c[0]);
        b.writeBytes(ascii("\r\n\t"));
        b.write(c[1]);
        b.writeBytes(ascii("ois;;;\r\nFN:Fran"));
        b.writeBytes("çois Lefèvre".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("\r\nNOTE:second card follows\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\n"
                + "END:VCARD\r\n").getBytes(StandardCharsets.UTF_8));
        ImportPlan plan = read("folded.vcf", b.toByteArray());
        assertEquals(StandardCharsets.UTF_8, plan.report().charset());
        Contact first = plan.contacts().get(0);
        assertEquals("Lefèvre", first.getSurname());
        assertEquals("François", first.getFirstName());
        assertEquals("Zoë", plan.contacts().get(1).getName());
        assertEquals(9, plan.report().created().get(1).line(), "line numbers stay those of the file");
        assertTrue(notes(plan).contains("2 folded lines split a UTF-8 character"), notes(plan));
    }

    @Test
    void aReplacementCharacterIsNeverStoredSilently() throws Exception {
        // U+FFFD in the file means some earlier tool failed to decode: the card is refused with its line and property
        ImportPlan plan = read("replaced.vcf", ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Card\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bj\uFFFDrn Borg\r\nEMAIL:bb@example.se\r\nEND:VCARD\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, plan.report().createdCount());
        Skipped s = plan.report().skipped().get(0);
        assertEquals(5, s.line());
        assertEquals(Reason.BAD_VALUE, s.reason());
        assertEquals("FN", s.field());
        assertTrue(s.message().contains("could not be decoded"), s.message());
        assertFalse(plan.contacts().stream().anyMatch(c -> c.getName().contains("\uFFFD")));
    }

    @Test
    void aCsvInWindows1250IsGuessedAndSaidSo() throws Exception {
        Charset cp1250 = Charset.forName("windows-1250");
        ImportPlan plan = read("contacts.csv", ("First Name,Last Name,Company,E-mail Address,Business City\r\n"
                + "Zofia,Wiśniewska,Łąka sp. z o.o.,zofia@example.pl,Łódź\r\n").getBytes(cp1250));
        assertEquals(cp1250, plan.report().charset());
        Contact person = plan.persons().get(0);
        assertEquals("Zofia Wiśniewska", person.getName());
        assertEquals("Łódź", person.getCity());
    }

    @Test
    void westernTextThatIsNotUtf8StaysWindows1252() {
        byte[] bytes = "Müller, Søren, Françoise, Ærø".getBytes(Charset.forName("windows-1252"));
        assertEquals(Charset.forName("windows-1252"), TextDecoding.detect(bytes).charset());
    }
}
