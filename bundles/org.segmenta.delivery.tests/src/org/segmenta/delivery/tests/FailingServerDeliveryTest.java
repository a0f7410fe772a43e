package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.DeliveryStatus;
import org.segmenta.model.InteractionLogEntry;

import com.icegreen.greenmail.util.GreenMail;

/** The SMTP server goes away in the middle of a run: the rest is marked failed, and Resend Failed delivers exactly it. */
class FailingServerDeliveryTest {

    @Test
    void aServerThatDiesMidRunLeavesFailedEntriesAndAResendDeliversExactlyTheRest(@TempDir Path dir) {
        try (Fixture f = new Fixture(dir, 300)) {
            long logged = f.logged("MAIL", 300);
            GreenMail first = f.mail;
            AtomicInteger sent = new AtomicInteger();
            Set<String> before = new HashSet<>();
            f.delivery.onSent(no -> {
                if (sent.incrementAndGet() == 120) {
                    before.addAll(f.received().keySet());
                    first.stop();
                }
            });

            DeliveryReport r = f.delivery.deliver(logged, f.settings);

            assertEquals(120, r.sent());
            assertEquals(180, r.failed());
            assertTrue(r.notes().get(0).contains("cannot be reached"), r.notes().toString());
            assertEquals(Map.of(OutboxState.SENT, 120L, OutboxState.FAILED, 180L), f.delivery.counts(logged));
            List<InteractionLogEntry> entries = f.services.interactions()
                    .entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(logged).page(0, 1000));
            assertEquals(180, entries.stream().filter(e -> e.getDeliveryStatus() == DeliveryStatus.ERROR).count(),
                    "failed entries show Delivery Status Error");
            assertEquals(120, before.size());

            f.delivery.onSent(null);
            f.startMail(0);
            assertEquals(180, f.delivery.resend(logged, false));
            DeliveryReport again = f.delivery.deliver(logged, f.settings);

            assertEquals(180, again.sent(), again.notes().toString());
            Map<String, List<org.segmenta.core.delivery.OutboxItem>> unused = Map.of();
            Set<String> after = f.received().keySet();
            assertEquals(180, after.size());
            f.received().forEach((id, ms) -> assertEquals(1, ms.size(), id));
            Set<String> both = new HashSet<>(before);
            both.retainAll(after);
            assertTrue(both.isEmpty(), "sent before and again: " + both);
            assertEquals(Map.of(OutboxState.SENT, 300L), f.delivery.counts(logged));
            assertTrue(unused.isEmpty());
        }
    }

    @Test
    void noServerLeavesTheEmailsPending(@TempDir Path dir) {
        try (Fixture f = new Fixture(dir, 5)) {
            long logged = f.logged("MAIL", 5);

            DeliveryReport r = f.delivery.deliver(logged, f.settings.withHost(null));

            assertEquals(0, r.sent());
            assertTrue(r.notes().get(0).contains("no SMTP server is set up"), r.notes().toString());
            assertEquals(Map.of(OutboxState.PENDING, 5L), f.delivery.counts(logged));
        }
    }
}
