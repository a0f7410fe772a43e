package org.segmenta.core.delivery;

import org.segmenta.model.Contact;
import org.segmenta.model.InteractionLogEntry;

/**
 * One interaction to deliver through a {@link CorrespondenceChannel}: read from the store when the outbox entry was
 * claimed, so the channel needs no store access.
 *
 * @param entryNo the interaction log entry's No.
 * @param messageId the entry's stable message id ({@code <entry No.>.<database identity>@segmenta}), the same in
 *            every attempt and resend: give it to the receiving end so that it can drop duplicates
 * @param entry the interaction log entry (description, subject, date, salesperson, campaign, ...); a copy
 * @param contact the contact it is for (phone numbers, e-mail, address, language); a copy
 * @param document the stored letter (usually a .docx merged for this contact), or {@code null} when the entry has
 *            none
 * @param documentName the letter's file name, or {@code null}
 * @param subject what the message is about: the entry's subject, else its description, else "Letter"
 */
public record ChannelMessage(long entryNo, String messageId, InteractionLogEntry entry, Contact contact,
        byte[] document, String documentName, String subject) {
}
