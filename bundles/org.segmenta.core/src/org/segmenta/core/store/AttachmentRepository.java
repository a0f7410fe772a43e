package org.segmenta.core.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.Attachment;

/**
 * Stored documents (attachments, Word templates, merged letters). The metadata is an {@link Attachment}; the
 * content is a BLOB streamed in and out, never held whole in memory. A read-only attachment (for example the
 * document of a logged interaction) can be read but neither changed nor deleted.
 */
@ProviderType
public interface AttachmentRepository {

    /**
     * Stores a new document, reading {@code content} to its end (the caller closes it).
     *
     * @param metadata file name, media type and read-only flag; No., size and creation time are set by the store
     * @param content the bytes
     * @return {@code metadata} with No., size in bytes and creation time set
     * @throws ValidationException when the metadata breaks a rule
     * @throws StoreException when reading {@code content} fails (its cause is the {@link java.io.IOException})
     */
    Attachment create(Attachment metadata, InputStream content);

    /** @param no the attachment No. @return its metadata, or empty */
    Optional<Attachment> get(long no);

    /**
     * @param no the attachment No.
     * @return its metadata
     * @throws NotFoundException when there is none
     */
    Attachment require(long no);

    /**
     * Opens the content for reading. The stream is valid until the unit of work ends (close it earlier when
     * done).
     *
     * @param no the attachment No.
     * @return the content, streamed from the database
     * @throws NotFoundException when there is none
     */
    InputStream openContent(long no);

    /**
     * Copies the content to {@code out} (not closed), in chunks.
     *
     * @param no the attachment No.
     * @param out where to write
     * @return the number of bytes copied
     * @throws NotFoundException when there is none
     * @throws StoreException when writing to {@code out} fails (its cause is the {@link java.io.IOException})
     */
    long copyContent(long no, OutputStream out);

    /**
     * Replaces the content.
     *
     * @param no the attachment No.
     * @param content the new bytes (the caller closes the stream)
     * @return the metadata with the new size
     * @throws NotFoundException when there is none
     * @throws ReadOnlyException when the attachment is read-only
     */
    Attachment replaceContent(long no, InputStream content);

    /**
     * Changes file name and media type, or makes the attachment read-only (never back).
     *
     * @param metadata the changed metadata
     * @return {@code metadata}
     * @throws ReadOnlyException when the stored attachment is read-only and the file name or media type changed,
     *             or when the change would clear the read-only flag
     */
    Attachment update(Attachment metadata);

    /**
     * Makes attachments read-only in one statement (used by Log).
     *
     * @param nos attachment Nos.; unknown ones are ignored
     * @return how many were changed
     */
    int makeReadOnly(Collection<Long> nos);

    /**
     * @param no the attachment No.
     * @throws NotFoundException when there is none
     * @throws ReadOnlyException when it is read-only
     */
    void delete(long no);
}
