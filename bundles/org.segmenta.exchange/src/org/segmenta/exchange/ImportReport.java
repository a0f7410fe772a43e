package org.segmenta.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.segmenta.model.Contact;

/**
 * What an import of one file did or, before it is committed, will do: every card or row of the file is either
 * {@linkplain #created() created}, {@linkplain #updated() updated} or {@linkplain #skipped() skipped} with a reason;
 * companies made from a person's organisation are created entries too (with the person's line). Line numbers are
 * 1-based lines of the file where the card ({@code BEGIN:VCARD}) or the CSV record begins.
 *
 * @param file the file imported
 * @param format the format recognised (or chosen by a mapping)
 * @param charset the character encoding the file was read in
 * @param created the contacts to create, in creation order
 * @param updated the existing contacts to update ({@link DuplicatePolicy#FILL_EMPTY_FIELDS})
 * @param skipped the cards or rows not imported, with the reason
 * @param notes remarks that did not stop a row: what was derived, joined, not recognised or dropped
 * @param mailingGroups the mailing group codes the contacts were given → the category or group name they were made
 *            from; the import service creates the missing groups with that description
 */
public record ImportReport(Path file, ImportFormat format, Charset charset, List<Created> created,
        List<ContactUpdate> updated, List<Skipped> skipped, List<Note> notes, Map<String, String> mailingGroups) {

    /** Copies the lists. */
    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        mailingGroups = Map.copyOf(mailingGroups);
    }

    /**
     * A contact the import creates.
     *
     * @param line the line of the card or row it comes from
     * @param contact the contact (its No. may be provisional, see {@link ImportPlan#renumber})
     * @param fromOrganisation {@code true} for a company made from a person's organisation rather than from a card
     *            or row of its own
     */
    public record Created(int line, Contact contact, boolean fromOrganisation) {
    }

    /** Why a card or row was skipped. */
    public enum Reason {
        /** It duplicates an earlier card or row of the same file. */
        DUPLICATE_IN_FILE,
        /** It duplicates an existing contact. */
        DUPLICATE_EXISTING,
        /** It holds no name, company, e-mail or phone to make a contact of. */
        NO_IDENTITY,
        /** The contact it would make breaks a model rule. */
        INVALID
    }

    /**
     * A card or row that is not imported.
     *
     * @param line the line where it begins
     * @param reason the kind of reason
     * @param message the reason in words, naming the card or row and what it duplicates, for users
     */
    public record Skipped(int line, Reason reason, String message) {
    }

    /**
     * A remark on a card or row that was imported (or on the file, with line 0).
     *
     * @param line the line where the card or row begins, or 0
     * @param message the remark
     */
    public record Note(int line, String message) {
    }

    /** @return how many contacts the import creates, companies made from organisations included */
    public int createdCount() {
        return created.size();
    }

    /** @return how many existing contacts the import updates */
    public int updatedCount() {
        return updated.size();
    }

    /** @return how many cards or rows are skipped */
    public int skippedCount() {
        return skipped.size();
    }

    /** @return one line per outcome, for logs and the command line: a summary line, then skipped rows and notes */
    @Override
    public String toString() {
        String head = "%s (%s, %s): %d created, %d updated, %d skipped".formatted(file, format.label(), charset,
                created.size(), updated.size(), skipped.size());
        String rest = skipped.stream().map(s -> "\n  line " + s.line() + ": skipped: " + s.message())
                .collect(Collectors.joining())
                + notes.stream().map(n -> "\n  line " + n.line() + ": " + n.message()).collect(Collectors.joining());
        return head + rest;
    }
}
