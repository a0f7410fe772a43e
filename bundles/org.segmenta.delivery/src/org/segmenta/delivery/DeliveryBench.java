package org.segmenta.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.core.demo.SeedData;
import org.segmenta.core.store.Store;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.SmtpSink;
import org.segmenta.delivery.internal.UnsavedDeliverySettings;
import org.segmenta.model.Attachment;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentaFactory;

/**
 * The {@code bench} command's delivery figure: {@code n} Email entries of one logged segment (one for each contact
 * of {@link SeedData#seed}, the world the tests use too), each with the same
 * stored one-page letter, delivered through {@link DeliveryServiceImpl} over one SMTP connection to a loopback
 * {@link SmtpSink}. What it measures is the whole per-message path: claim (a commit), read the entry, the contact
 * and the letter, turn the letter into HTML and text, build the MIME message, the SMTP conversation, the sent-mark
 * (a commit).
 */
public final class DeliveryBench {

    /**
     * @param messages the entries delivered
     * @param seconds the wall-clock time of the delivery run
     * @param arrived the messages the sink accepted
     * @param duplicates the Message-IDs the sink accepted more than once (must be 0)
     * @param failed the entries that failed (must be 0)
     */
    public record Result(long messages, double seconds, long arrived, long duplicates, long failed) {
        /** @return messages a second */
        public double perSecond() {
            return messages / seconds;
        }
    }

    private DeliveryBench() {
    }

    /**
     * Runs the figure in a fresh store.
     *
     * @param store an empty store of its own
     * @param folder a folder for the settings (nothing is written there)
     * @param n how many messages
     * @param letter the .docx every entry carries
     * @param progress where to say what it does
     * @return the figure's values
     * @throws IOException when the sink cannot listen
     */
    public static Result run(Store store, Path folder, int n, byte[] letter, PrintStream progress) throws IOException {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        SeedData.seed(store, n);
        long logged = store.write(s -> {
            Attachment a = f.createAttachment();
            a.setFileName("Letter.docx");
            a.setMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            a.setCreated(Instant.now());
            long attachment = s.attachments().create(a, new ByteArrayInputStream(letter)).getNo();
            LoggedSegment ls = f.createLoggedSegment();
            ls.setSegmentNo("BENCH");
            ls.setDescription("Delivery bench");
            ls.setCreationDate(LocalDate.now());
            ls = s.loggedSegments().insert(ls);
            long entryNo = ls.getEntryNo();
            s.interactionLog().insertAll(new Iterator<InteractionLogEntry>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public InteractionLogEntry next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    i++;
                    InteractionLogEntry e = f.createInteractionLogEntry();
                    e.setContactNo(SeedData.contactNo(i));
                    e.setDate(LocalDate.now());
                    e.setDescription("Delivery bench");
                    e.setSubject("Our autumn catalogue");
                    e.setSalespersonCode("JO");
                    e.setCorrespondenceType(CorrespondenceType.EMAIL);
                    e.setAttachmentNo(attachment);
                    e.setLoggedSegmentEntryNo(entryNo);
                    return e;
                }
            });
            s.outbox().enqueue(entryNo);
            return entryNo;
        });
        try (SmtpSink sink = new SmtpSink()) {
            DeliveryServiceImpl delivery = new DeliveryServiceImpl(store, new UnsavedDeliverySettings(folder), k -> null);
            DeliverySettings to = DeliverySettings.NONE.withHost("127.0.0.1").withPort(sink.port())
                    .withSecurity(SmtpSecurity.NONE).withSender("bench@segmenta.test");
            progress.printf("bench: delivering %,d e-mails to a loopback SMTP sink...%n", n);
            long start = System.nanoTime();
            DeliveryReport r = delivery.deliver(logged, to);
            double seconds = (System.nanoTime() - start) / 1e9;
            Result result = new Result(r.sent(), seconds, sink.messages(), sink.duplicates(), r.failed());
            progress.printf("bench:   %,d sent in %.2f s (%.0f/s), %,d arrived, %d duplicates, %d failed%n", r.sent(),
                    seconds, result.perSecond(), result.arrived(), result.duplicates(), result.failed());
            return result;
        }
    }
}
