package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.ServerCommand;
import org.segmenta.store.derby.internal.TeamServer;

/**
 * The store's errors reach a German user in German (issue 19): run by the {@code german} test execution, whose
 * platform starts with {@code -nl de}, so the store's message class reads {@code messages_de.properties} as it does in
 * the German window and command line.
 */
class GermanStoreTest {

    private static final String BOOT = "Geheimes-Startkennwort-2026";

    @TempDir
    Path dir;

    @Test
    void theStoreSpeaksGerman() {
        assertEquals("de", Locale.getDefault().getLanguage(), "the german execution starts the platform with -nl de");
        Path secret = dir.resolve("secret");
        try (DerbyStore store = DerbyStore.embedded(secret, BOOT)) {
            store.write(s -> s.contacts().insert(contact()));
            DuplicateKeyException twice = assertThrows(DuplicateKeyException.class,
                    () -> store.write(s -> s.contacts().insert(contact())));
            assertTrue(twice.getMessage().contains("ist fehlgeschlagen: Der Schl\u00fcssel ist bereits vorhanden."),
                    twice.getMessage());
            assertTrue(twice.getMessage().contains("CT900001"), twice.getMessage());
        }
        StoreUnavailableException none = assertThrows(StoreUnavailableException.class, () -> DerbyStore.embedded(secret));
        assertTrue(none.getMessage().startsWith("Die Datenbank in ")
                && none.getMessage().contains("ist verschl\u00fcsselt, und es wurde kein Startkennwort angegeben")
                && none.getMessage().contains("SEGMENTA_BOOT_PASSWORD"), none.getMessage());
    }

    @Test
    void theModelsRulesSpeakGermanThroughTheStore() {
        Contact company = contact();
        company.setNo("CT900002");
        company.setType(ContactType.COMPANY);
        company.setCompanyNo("CT000999");
        company.setName("x".repeat(200));
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("rules"))) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> store.write(s -> s.contacts().insert(company)));
            assertEquals(List.of("Kontakt CT900002 ist ein Unternehmen, daher muss seine Unternehmensnr. die eigene Nr. "
                    + "(CT900002) sein oder leer, nicht CT000999. Leeren Sie die Unternehmensnr. oder machen Sie den "
                    + "Kontakt zu einer Person.", "Kontakt CT900002: Name ist 200 Zeichen lang, es passen aber "
                            + "h\u00f6chstens 100. K\u00fcrzen Sie den Wert."),
                    refused.messages());
            assertEquals(0L, store.read(s -> s.contacts().count(ContactQuery.all())));
        }
    }

    @Test
    void theTeamServerCommandSpeaksGerman() throws Exception {
        String[] help = server("--help");
        assertEquals("0", help[0]);
        assertTrue(help[1].startsWith("segmenta [--data DIR] server [--port N] [--host ADRESSE]")
                && help[1].contains("  Startet den Segmenta-Teamserver"), help[1]);
        String[] bad = server("--bogus");
        assertEquals("2", bad[0]);
        assertEquals("segmenta server: unbekannte Option --bogus; siehe segmenta server --help", bad[2].strip());
        Path data = dir.resolve("server");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path password = dir.resolve("alice.pw");
        Files.writeString(password, "Tulipan-17\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        try (TeamServer running = TeamServer.start(new TeamServer.Config(data, "localhost", port, "off", null, false))) {
            String[] added = server("--data", data.toString(), "user", "add", "alice", "--password-file",
                    password.toString());
            assertEquals("0", added[0], added[2]);
            assertEquals("Teambenutzer alice hinzugef\u00fcgt.", added[1].strip());
            String[] list = server("--data", data.toString(), "user", "list");
            assertTrue(list[1].contains("APP  (Eigent\u00fcmer: der Server selbst)") && list[1].toLowerCase(Locale.ROOT).contains("alice"),
                    list[1]);
            String[] wrong = server("--data", data.toString(), "user", "rename", "alice");
            assertEquals("segmenta server: Verwendung: server user add|password|remove NAME oder server user list",
                    wrong[2].strip());
        }
    }

    /** Runs {@code segmenta server ARGS} in this JVM; returns exit code, stdout and stderr. */
    private static String[] server(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
        return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8) };
    }

    private static Contact contact() {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo("CT900001");
        c.setType(ContactType.PERSON);
        c.setName("Zebulon Quaggafeather");
        return c;
    }
}
