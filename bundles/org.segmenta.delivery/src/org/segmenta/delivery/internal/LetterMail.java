package org.segmenta.delivery.internal;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Builds the message of one Email entry. With the letter in the body: {@code multipart/alternative} of the plain
 * text and a {@code multipart/related} of the HTML and its pictures (inline, by Content-ID). With "Send Word Docs. as
 * Attmt." (or a stored document that is no .docx): {@code multipart/mixed} of a short text and the document. The
 * Message-ID is the entry's own and never changes, so a resent message is recognisably the same one.
 */
final class LetterMail {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * What to send.
     *
     * @param messageId the Message-ID without angle brackets
     * @param entryNo the interaction log entry
     * @param from the From address
     * @param sender the Sender address when it differs from From, else null
     * @param to the recipient's address
     * @param toName the recipient's name, or null
     * @param subject the subject
     * @param document the stored document
     * @param fileName its file name
     * @param mediaType its media type
     * @param asAttachment attach it instead of making it the body
     */
    record Letter(String messageId, long entryNo, String from, String sender, String to, String toName, String subject,
            byte[] document, String fileName, String mediaType, boolean asAttachment) {
    }

    private LetterMail() {
    }

    static MimeMessage build(Session session, Letter l) throws MessagingException, IOException {
        MimeMessage m = new FixedIdMessage(session, l.messageId());
        m.setFrom(address(l.from(), null));
        if (l.sender() != null) {
            m.setSender(address(l.sender(), null));
        }
        m.setRecipient(MimeMessage.RecipientType.TO, address(l.to(), l.toName()));
        m.setSubject(l.subject(), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("X-Segmenta-Entry", String.valueOf(l.entryNo()));
        boolean attach = l.asAttachment() || !DOCX.equals(l.mediaType());
        if (attach) {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(text(l.subject() + "\n\nThe letter is attached: " + l.fileName() + "\n", "text/plain"));
            MimeBodyPart doc = new MimeBodyPart();
            doc.setDataHandler(new DataHandler(new ByteArrayDataSource(l.document(),
                    l.mediaType() == null ? "application/octet-stream" : l.mediaType())));
            doc.setFileName(MimeUtility.encodeText(l.fileName(), "UTF-8", null));
            doc.setDisposition(Part.ATTACHMENT);
            doc.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(doc);
            m.setContent(mixed);
        } else {
            DocxHtml.Body body = DocxHtml.convert(l.document(), l.subject());
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text(body.text(), "text/plain"));
            MimeBodyPart html = text(body.html(), "text/html");
            if (body.images().isEmpty()) {
                alternative.addBodyPart(html);
            } else {
                MimeMultipart related = new MimeMultipart("related");
                related.addBodyPart(html);
                for (DocxHtml.Image img : body.images()) {
                    MimeBodyPart p = new MimeBodyPart();
                    p.setDataHandler(new DataHandler(new ByteArrayDataSource(img.bytes(), img.mediaType())));
                    p.setContentID("<" + img.contentId() + ">");
                    p.setDisposition(Part.INLINE);
                    p.setFileName(img.fileName());
                    p.setHeader("Content-Transfer-Encoding", "base64");
                    related.addBodyPart(p);
                }
                MimeBodyPart wrapper = new MimeBodyPart();
                wrapper.setContent(related);
                alternative.addBodyPart(wrapper);
            }
            m.setContent(alternative);
        }
        return m;
    }

    /** A text part from bytes (no content handler needed), quoted-printable UTF-8. */
    static MimeBodyPart text(String s, String type) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(s.getBytes(StandardCharsets.UTF_8), type + "; charset=UTF-8")));
        p.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return p;
    }

    static InternetAddress address(String address, String name) throws MessagingException {
        InternetAddress a = new InternetAddress(address, true);
        if (name != null && !name.isBlank() && a.getPersonal() == null) {
            try {
                a.setPersonal(name, "UTF-8");
            } catch (UnsupportedEncodingException e) {
                // UTF-8 is always there
            }
        }
        return a;
    }

    /** A message whose Message-ID is given, not made up by Jakarta Mail on each save. */
    static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
