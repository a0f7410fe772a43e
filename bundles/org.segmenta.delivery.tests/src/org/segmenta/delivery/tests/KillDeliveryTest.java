package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;
import org.segmenta.testing.ChildJvm;

import jakarta.mail.internet.MimeMessage;

/**
 * kill -9 of a process in the middle of delivery: the next run delivers the rest, and no Message-ID reaches the SMTP
 * server twice. The entry that was being sent at the kill (if any) is marked uncertain, not re-sent.
 */
class KillDeliveryTest {

    private static final int N = 400;

    @Test
    void aKilledRunIsResumedWithoutDuplicates(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir, N);
        try {
            long logged = f.logged("MAIL", N);
            f.closeStore();
            String port = String.valueOf(f.mail.getSmtp().getPort());
            try (ChildJvm child = ChildJvm.start(ChildBundles.DELIVERY, dir, DeliveryChild.class.getName(), dir.toString(), "127.0.0.1", port)) {
                // guarded by the child's output, not by a clock: kill it once 100 messages are marked sent
                int[] sent = new int[1];
                child.awaitLine(l -> l.startsWith("SENT ") && ++sent[0] == 100);
                child.kill();
            }
            int arrivedAtKill = f.mail.getReceivedMessages().length;
            assertTrue(arrivedAtKill >= 100 && arrivedAtKill < N, "killed in the middle: " + arrivedAtKill);
            String done;
            try (ChildJvm child = ChildJvm.start(ChildBundles.DELIVERY, dir, DeliveryChild.class.getName(), dir.toString(), "127.0.0.1", port)) {
                done = child.awaitLine(l -> l.startsWith("DONE "));
            }
            String[] d = done.split(" ");
            long uncertainAtRestart = Long.parseLong(d[2]);
            assertTrue(uncertainAtRestart <= 1, "at most the one message in flight is uncertain: " + done);
            assertEquals("0", d[3], done);

            Map<String, List<MimeMessage>> got = f.received();
            got.forEach((id, ms) -> assertEquals(1, ms.size(), id + " arrived " + ms.size() + " times"));
            try (LocalStore store = DerbyStores.embedded(dir.resolve("db"))) {
                List<OutboxItem> items = store.read(s -> s.outbox().find(logged, EnumSet.allOf(OutboxState.class), 0, 10 * N));
                assertEquals(N, items.size());
                long sentItems = items.stream().filter(i -> i.state() == OutboxState.SENT).count();
                long uncertain = items.stream().filter(i -> i.state() == OutboxState.UNCERTAIN).count();
                assertEquals(N, sentItems + uncertain, "every entry sent, or uncertain: " + items.stream()
                        .filter(i -> i.state() != OutboxState.SENT).toList());
                assertEquals(uncertainAtRestart, uncertain);
                for (OutboxItem i : items) {
                    int count = got.getOrDefault("<" + i.messageId() + ">", List.of()).size();
                    if (i.state() == OutboxState.SENT) {
                        assertEquals(1, count, "sent once: " + i);
                    } else {
                        assertTrue(count <= 1, "uncertain, at most once: " + i);
                        assertTrue(i.reason().contains("interrupted"), i.reason());
                    }
                }
                assertTrue(got.size() == sentItems || got.size() == sentItems + 1, got.size() + " arrived, " + sentItems + " sent");
            }
        } finally {
            f.close();
        }
    }
}
