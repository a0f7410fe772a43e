package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.delivery.internal.MailProviders;
import org.segmenta.model.Contact;
import org.segmenta.model.DeliveryStatus;
import org.segmenta.model.InteractionLogEntry;

import jakarta.mail.internet.MimeMessage;

/** E-mail delivery against GreenMail on loopback: exactly once, to the right people, with the right content. */
class DeliveryTest {

    @Test
    void thousandMessagesArriveExactlyOnceWithTheirRecipientsSubjectsAndBodies(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 1000)) {
            long logged = f.logged("MAIL", 1000);
            assertEquals(Map.of(OutboxState.PENDING, 1000L), f.delivery.counts(logged), "Log with Send queues every line");

            DeliveryReport r = f.delivery.deliver(logged, f.settings);

            assertEquals(1000, r.sent(), r.notes().toString());
            assertEquals(0, r.failed());
            Map<String, List<MimeMessage>> got = f.received();
            assertEquals(1000, got.size(), "one Message-ID per entry");
            got.forEach((id, ms) -> assertEquals(1, ms.size(), id + " arrived " + ms.size() + " times"));
            List<InteractionLogEntry> entries = f.services.interactions()
                    .entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(logged).page(0, 2000));
            assertEquals(1000, entries.size());
            Map<Long, OutboxItem> status = f.delivery.status(entries.stream().map(InteractionLogEntry::getEntryNo).toList());
            for (InteractionLogEntry e : entries) {
                OutboxItem item = status.get(e.getEntryNo());
                assertEquals(OutboxState.SENT, item.state());
                assertEquals(DeliveryStatus.NONE, e.getDeliveryStatus(), "sent: Delivery Status blank again");
                MimeMessage m = got.get("<" + item.messageId() + ">").get(0);
                Contact c = f.services.store().read(s -> s.contacts().require(e.getContactNo()));
                String to = Fixture.to(m);
                assertTrue(to.contains(c.getEmail()), to + " for " + c.getNo());
                String subject = e.getSubject() != null && !e.getSubject().isBlank() ? e.getSubject() : e.getDescription();
                assertEquals(subject, MailProviders.run(() -> subject(m)));
                assertEquals(Fixture.SALESPERSON_EMAIL, MailProviders.run(() -> from(m)), "from the salesperson");
            }
            // the bodies: one letter in full
            InteractionLogEntry first = entries.get(entries.size() - 1);
            MimeMessage m = got.get("<" + status.get(first.getEntryNo()).messageId() + ">").get(0);
            String raw = MailProviders.run(() -> raw(m));
            Contact c = f.services.store().read(s -> s.contacts().require(first.getContactNo()));
            assertTrue(raw.contains("multipart/alternative"), raw);
            assertTrue(raw.contains("text/plain"), raw);
            assertTrue(raw.contains("text/html"), raw);
            assertTrue(raw.contains("multipart/related"), "the picture is an inline part: " + raw);
            assertTrue(raw.contains("Content-ID: <img1.logo.png@segmenta>"), raw);
            String decoded = MailProviders.run(() -> decoded(m)).replace("\r\n", "\n");
            assertTrue(decoded.contains("Dear " + c.getName() + ","), "merged name in the text: " + decoded);
            assertTrue(decoded.contains("<b>bold</b>"), decoded);
            assertTrue(decoded.contains("<i>italic</i>"), decoded);
            assertTrue(decoded.contains("<u>underlined</u>"), decoded);
            assertTrue(decoded.contains("<h1>Autumn news</h1>"), decoded);
            assertTrue(decoded.contains("<td><p><b>Product</b></p>\n</td>"), decoded);
            assertTrue(decoded.contains("src=\"cid:img1.logo.png@segmenta\""), decoded);
            assertTrue(decoded.contains("Product\tPrice"), "the table in the plain text: " + decoded);

            DeliveryReport again = f.delivery.deliver(logged, f.settings);
            assertEquals(0, again.sent(), "nothing is sent twice");
            assertEquals(1000, f.received().size());
        }
    }

    @Test
    void privacyBlockedAndCanceledGetNothing(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 10)) {
            // blocked before Log: no entry at all; blocked after Log: the entry is skipped
            block(f, "CT000002");
            long logged = f.logged("MAIL", 5);
            List<InteractionLogEntry> entries = f.services.interactions()
                    .entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(logged).page(0, 100));
            assertEquals(4, entries.size(), "no interaction for the privacy-blocked contact");
            block(f, "CT000003");
            long canceled = entries.stream().filter(e -> e.getContactNo().equals("CT000004")).findFirst().orElseThrow()
                    .getEntryNo();
            f.services.interactions().setCanceled(canceled, true);

            DeliveryReport r = f.delivery.deliver(logged, f.settings);

            assertEquals(2, r.sent());
            assertEquals(2, r.skipped());
            Map<String, List<MimeMessage>> got = f.received();
            assertEquals(2, got.size());
            for (List<MimeMessage> ms : got.values()) {
                String to = Fixture.to(ms.get(0));
                assertTrue(to.contains("c1@") || to.contains("c5@"), to);
            }
            Map<Long, OutboxItem> status = f.delivery.status(entries.stream().map(InteractionLogEntry::getEntryNo).toList());
            assertEquals(OutboxState.SKIPPED, status.get(canceled).state());
            assertTrue(status.get(canceled).reason().contains("canceled"));
        }
    }

    @Test
    void wordDocumentsAsAttachment(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 3)) {
            f.services.store().write(s -> {
                return null;
            });
            org.segmenta.model.SegmentHeader h = f.services.segments().create("Attached");
            f.services.interactions().chooseTemplate(h.getNo(), "MAIL", true);
            f.services.interactions().changeHeader(h.getNo(),
                    org.segmenta.model.SegmentaPackage.Literals.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT, true, true);
            f.services.segments().addContacts(h.getNo(), List.of("CT000001", "CT000002"), "test");
            long logged = f.services.interactions().log(h.getNo(),
                    new org.segmenta.core.interaction.LogOptions(true, false, "t")).loggedSegmentEntryNo();

            DeliveryReport r = f.delivery.deliver(logged, f.settings);

            assertEquals(2, r.sent(), r.notes().toString());
            for (List<MimeMessage> ms : f.received().values()) {
                String raw = MailProviders.run(() -> raw(ms.get(0)));
                assertTrue(raw.contains("multipart/mixed"), raw);
                assertTrue(raw.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), raw);
                assertTrue(raw.contains("Content-Disposition: attachment"), raw);
            }
        }
    }

    @Test
    void hardCopyMakesOnePrintDocument(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 20)) {
            long logged = f.logged("PRINT", 20);

            DeliveryReport r = f.delivery.deliver(logged, f.settings);

            assertEquals(20, r.sent(), r.notes().toString());
            assertNotNull(r.printDocument());
            assertTrue(Files.size(r.printDocument()) > 0);
            assertEquals(0, f.received().size(), "hard copies are not e-mailed");
            byte[] docx = Files.readAllBytes(r.printDocument());
            String xml;
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                java.util.zip.ZipEntry e;
                String found = null;
                while ((e = zip.getNextEntry()) != null) {
                    if (e.getName().equals("word/document.xml")) {
                        found = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                xml = found;
            }
            assertNotNull(xml);
            assertEquals(19, xml.split("<w:br w:type=\"page\"/>", -1).length - 1, "a page break between letters");
            for (int i = 1; i <= 20; i++) {
                String name = f.services.store().read(s -> s.contacts().require(String.format("CT%06d", 1))).getName();
                assertTrue(xml.contains(name));
            }
            if (r.pdf() == null) {
                assertTrue(r.notes().stream().anyMatch(n -> n.contains("LibreOffice")), r.notes().toString());
            }
            assertEquals(Map.of(OutboxState.SENT, 20L), f.delivery.counts(logged));
            assertNull(null);
        }
    }

    static void block(Fixture f, String contactNo) {
        f.services.store().write(s -> {
            Contact c = s.contacts().require(contactNo);
            c.setPrivacyBlocked(true);
            return s.contacts().update(c);
        });
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String from(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getFrom()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String raw(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every text part, decoded, one after the other */
    static String decoded(jakarta.mail.Part p) {
        try {
            Object content = p.getContent();
            if (content instanceof jakarta.mail.Multipart mp) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < mp.getCount(); i++) {
                    b.append(decoded(mp.getBodyPart(i)));
                }
                return b.toString();
            }
            return content instanceof String s ? s : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
