package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;

/** {@code log --send} delivers, {@code deliver}, {@code deliver settings}, and the delivery column of {@code interactions}. */
class DeliverCommandTest extends CommandLineFixture {

    @Test
    void logWithSendDeliversAndInteractionsShowTheStatus() throws Exception {
        ok("demo");
        Path print = tmp.resolve("print");
        ok("log", "SEG00001", "--send", "--print-dir", print.toString(), "--json");
        Map<String, Object> log = Json.object(cli.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) log.get("delivery");
        assertNotNull(delivery, cli.out());
        long sent = (Long) delivery.get("sent");
        assertTrue(sent > 0, "the hard copies are in the print document: " + delivery);
        assertTrue(Files.exists(Path.of((String) delivery.get("printDocument"))), delivery.toString());
        assertEquals(0L, delivery.get("failed"));

        ok("interactions", "--logged", "1", "--json", "--limit", "1000");
        List<Map<String, Object>> rows = Json.rows(cli.out());
        assertEquals(sent, rows.stream().filter(r -> "sent".equals(r.get("delivery"))).count(), cli.out());

        ok("deliver", "SEG00001");
        assertTrue(cli.out().contains("Delivery: 0 delivered, 0 failed"), cli.out());
    }

    @Test
    void settingsAreSavedAndShown() throws Exception {
        ok("deliver", "settings", "--smtp-host", "mail.example.com", "--smtp-port", "465", "--smtp-security", "ssl",
                "--sender", "Sales <sales@example.com>", "--save");
        ok("deliver", "settings", "--json");
        Map<String, Object> s = Json.object(cli.out());
        assertEquals("mail.example.com", s.get("host"));
        assertEquals(465L, s.get("port"));
        assertEquals("ssl", s.get("security"));
        assertEquals("Sales <sales@example.com>", s.get("sender"));
        assertEquals(Cli.USAGE, cli.run("deliver", "settings", "--smtp-security", "tls"));
        assertTrue(cli.err().contains("use none, starttls or ssl"), cli.err());
        assertEquals(Cli.FAILED, cli.run("deliver", "settings", "--sender", "not an address", "--save"));
        assertTrue(cli.err().contains("is not an e-mail address"), cli.err());
    }
}
