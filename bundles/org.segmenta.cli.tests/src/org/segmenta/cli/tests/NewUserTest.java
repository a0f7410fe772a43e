package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.testing.Corpus;

/**
 * The main job as the last new user met it on the command line: contacts imported first, then the set-up (demo's
 * set-up only, a template of their own), a segment, and Log with Send Attachments on lines without a correspondence
 * type, which must say that it would send nothing instead of storing "0 documents".
 */
class NewUserTest extends CommandLineFixture {

    private void failed(String... args) {
        assertEquals(Cli.FAILED, cli.run(args), String.join(" ", args) + "\n" + cli.both());
    }

    @Test
    void importFirstThenTheDemoSetUpOnlyAndSendWithoutACorrespondenceTypeIsRefused() {
        ok("import", Corpus.dir("contacts").resolve("rc_google_contacts.csv").toString());

        // demo refuses a database with contacts, and says what to do instead
        failed("demo");
        assertTrue(cli.err().contains("use 'demo --setup-only'"), cli.both());
        ok("demo", "--setup-only");
        assertEquals("Demo set-up loaded: 4 languages, 3 salutations, 3 salespeople (AB, LH, MV), 10 groups, "
                + "3 interaction templates (LETTER, EMAIL, PHONE); rows that existed were kept.", cli.out().strip());
        ok("demo", "--setup-only");
        assertEquals("The demo set-up is there already; nothing was added.", cli.out().strip());
        ok("contacts");
        assertFalse(cli.out().contains("CT000001 ") && cli.out().contains("Nordlys"), "no demo contact came in");

        // a template of one's own is Email unless told otherwise (Business Central's InitValue)
        ok("setup", "interaction-template", "add", "NEWS", "interactionGroupCode=LETTER", "description=News");
        assertEquals(CorrespondenceType.EMAIL, services.get(SetupService.class)
                .get(SetupTable.INTERACTION_TEMPLATES, "NEWS").orElseThrow().getCorrespondenceType());

        // a segment on PHONE (correspondence type None) of the imported contacts
        ok("segment", "new", "--description", "Calls", "--template", "PHONE", "--salesperson", "AB");
        String seg = cli.out().strip();
        ok("segment", "add", seg, "--filter", "contact.type=Person");
        failed("segment", "validate", seg, "--send");
        assertTrue(cli.out().contains("Send Attachments would send and store no letter: none of the "), cli.both());
        assertTrue(cli.out().contains("Log without Send Attachments, or give the lines one"), cli.both());
        failed("log", seg, "--send");
        assertTrue(cli.both().contains("Send Attachments would send and store no letter"), cli.both());
        ok("segment", "validate", seg);
        ok("log", seg);
        assertTrue(cli.out().startsWith("Segment " + seg + " logged as logged segment 1: ")
                && cli.out().contains(": 1 interaction, 0 documents stored."),
                "recorded without letters: " + cli.out());
    }
}
