package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.interaction.LogAndDelivery;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentHeader;

/**
 * {@code InteractionService.logAndDeliver}: the one call the window's Log and {@code log --send} make. Log with Send
 * delivers at once (Hard Copy into the print document, e-mails to the server); Log without Send delivers nothing; a
 * delivery that cannot start keeps the log; a cancelled delivery leaves the rest pending and says how many.
 */
class LogAndDeliverTest {

    static String segment(Fixture f, String template, int contacts) {
        SegmentHeader h = f.services.segments().create("Autumn " + template);
        f.services.interactions().chooseTemplate(h.getNo(), template, true);
        f.services.segments().apply(h.getNo(), StepRequest.of(CriteriaAction.ADD,
                new FieldFilter("contact", "no", "CT000001.." + String.format("CT%06d", contacts))));
        return h.getNo();
    }

    @Test
    void logWithSendWritesThePrintDocumentAtOnce(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 30)) {
            String seg = segment(f, "PRINT", 30);
            LogAndDelivery r = f.services.interactions().logAndDeliver(seg, new LogOptions(true, false, "tester"),
                    f.delivery, () -> f.settings, () -> false);
            assertEquals(30, r.log().entries());
            assertNull(r.deliveryFailure());
            DeliveryReport d = r.delivery();
            assertEquals(30, d.sent(), d.notes().toString());
            assertNotNull(d.printDocument());
            assertTrue(Files.size(d.printDocument()) > 0);
            assertEquals(dir.resolve("print"), d.printDocument().getParent());
            assertTrue(d.summary().contains(d.printDocument().toString()), d.summary());
            assertEquals(Map.of(OutboxState.SENT, 30L), f.delivery.counts(r.log().loggedSegmentEntryNo()));
        }
    }

    @Test
    void logWithoutSendDeliversNothing(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 5)) {
            String seg = segment(f, "MAIL", 5);
            AtomicInteger asked = new AtomicInteger();
            LogAndDelivery r = f.services.interactions().logAndDeliver(seg, new LogOptions(false, false, "tester"),
                    f.delivery, () -> {
                        asked.incrementAndGet();
                        return f.settings;
                    }, () -> false);
            assertEquals(5, r.log().entries());
            assertNull(r.delivery());
            assertEquals(0, asked.get(), "the settings are not even read");
            assertEquals(0, f.received().size());
        }
    }

    @Test
    void aDeliveryThatCannotStartKeepsTheLogAndSaysWhy(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 5)) {
            String seg = segment(f, "MAIL", 5);
            LogAndDelivery r = f.services.interactions().logAndDeliver(seg, new LogOptions(true, false, "tester"),
                    f.delivery, () -> {
                        throw new IllegalStateException("no password");
                    }, () -> false);
            assertEquals(5, r.log().entries(), "logged");
            assertNull(r.delivery());
            assertEquals("no password", r.deliveryFailure().getMessage());
            assertEquals(Map.of(OutboxState.PENDING, 5L), f.delivery.counts(r.log().loggedSegmentEntryNo()),
                    "waiting in the outbox for Deliver Now");
        }
    }

    @Test
    void aCancelledDeliveryLeavesTheRestPendingAndSaysHowMany(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 20)) {
            String seg = segment(f, "MAIL", 20);
            AtomicInteger sent = new AtomicInteger();
            f.delivery.onSent(no -> sent.incrementAndGet());
            // Log itself asks too (before and while it writes); the cancel comes after the 7th e-mail
            LogAndDelivery r = f.services.interactions().logAndDeliver(seg, new LogOptions(true, false, "tester"),
                    f.delivery, () -> f.settings, () -> sent.get() >= 7);
            assertEquals(20, r.log().entries());
            DeliveryReport d = r.delivery();
            assertEquals(7, d.sent());
            assertEquals(7, f.received().size());
            assertEquals(Map.of(OutboxState.SENT, 7L, OutboxState.PENDING, 13L),
                    f.delivery.counts(r.log().loggedSegmentEntryNo()));
            assertTrue(d.notes().get(0).startsWith("Delivery cancelled: 13 entries stay in the outbox"),
                    d.notes().toString());
            // Deliver Now finishes them, each once
            assertEquals(13, f.delivery.deliver(r.log().loggedSegmentEntryNo(), f.settings).sent());
            assertEquals(20, f.received().size());
        }
    }
}
