package org.segmenta.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.segmenta.core.format.Formats;
import org.segmenta.exchange.internal.Kinds;
import org.segmenta.exchange.internal.Messages;

import org.segmenta.model.Contact;

/**
 * What an import of one file did or, before it is committed, will do: every card or row of the file is either
 * created, {@linkplain #updated() updated} or {@linkplain #skipped() skipped} with a reason (a duplicate, or a bad
 * row with its field); companies made from a person's organisation are created entries too (with the person's
 * line). Line numbers are 1-based lines of the file where the card ({@code BEGIN:VCARD}) or the CSV record begins.
 *
 * @param file the file imported
 * @param format the format recognised (or chosen by a mapping)
 * @param charset the character encoding the file was read in
 * @param created the contacts created, in creation order; for very large files only the first
 *            {@link #CREATED_DETAILS} (the count is {@code createdCount})
 * @param createdCount how many contacts were created in all
 * @param updated the existing contacts to update ({@link DuplicatePolicy#FILL_EMPTY_FIELDS})
 * @param skipped the cards or rows not imported, with the reason; always complete
 * @param notes remarks that did not stop a row: what was derived, joined, guessed or not recognised
 * @param mailingGroups the mailing group codes the contacts were given → the category or group name they were made
 *            from; the import service creates the missing groups with that description
 * @param notImported what the imported cards and rows held that has no place on a contact, by kind ("birthday",
 *            "IM address", a CSV column name) → how many values
 */
public record ImportReport(Path file, ImportFormat format, Charset charset, List<Created> created, int createdCount,
        List<ContactUpdate> updated, List<Skipped> skipped, List<Note> notes, Map<String, String> mailingGroups,
        Map<String, Integer> notImported) {

    /** The most created contacts a report lists one by one; beyond that it counts them. */
    public static final int CREATED_DETAILS = 10_000;

    /** Copies the lists. */
    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        mailingGroups = Map.copyOf(mailingGroups);
        notImported = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notImported));
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
        DUPLICATE_IN_FILE("duplicate in the file", false),
        /** It duplicates an existing contact. */
        DUPLICATE_EXISTING("already stored", false),
        /** An empty row. */
        EMPTY("empty", false),
        /** It holds no name, company, e-mail or phone to make a contact of. */
        NO_IDENTITY("without name, company, e-mail or phone", true),
        /** The contact it would make breaks a model rule. */
        INVALID("breaking a rule", true),
        /** A value is longer than its field holds; it is not cut. */
        TOO_LONG("value too long", true),
        /** A value is not what its field takes: an e-mail address that is none, a character that did not decode. */
        BAD_VALUE("invalid value", true),
        /** The row has more values than the header has columns (a separator inside an unquoted value). */
        EXTRA_COLUMNS("extra columns", true),
        /** The row is incomplete: the file ends in it, or a quote opened in it is never closed. */
        CUT_OFF("cut off or unclosed quote", true);

        private final String label;
        private final boolean bad;

        Reason(String label, boolean bad) {
            this.label = label;
            this.bad = bad;
        }

        /** @return how the summary calls it in the user's language, for example "value too long" */
        public String label() {
            return switch (this) {
            case DUPLICATE_IN_FILE -> Messages.ImportReport_duplicateInFile;
            case DUPLICATE_EXISTING -> Messages.ImportReport_alreadyStored;
            case EMPTY -> Messages.ImportReport_empty;
            case NO_IDENTITY -> Messages.ImportReport_withoutIdentity;
            case INVALID -> Messages.ImportReport_breakingARule;
            case TOO_LONG -> Messages.ImportReport_valueTooLong;
            case BAD_VALUE -> Messages.ImportReport_invalidValue;
            case EXTRA_COLUMNS -> Messages.ImportReport_extraColumns;
            case CUT_OFF -> Messages.ImportReport_cutOff;
            };
        }

        /**
         * @return whether it is a bad row (something in the file is wrong) rather than a row skipped by design
         *         (a duplicate, an empty row); {@code --strict} refuses a file with any bad row
         */
        public boolean isBadRow() {
            return bad;
        }
    }

    /**
     * A card or row that is not imported.
     *
     * @param line the line where it begins
     * @param reason the kind of reason
     * @param field the column (CSV) or property (vCard) at fault, or {@code null} when the row as a whole is
     * @param message the reason in words, naming the card or row, the value at fault and what to do
     */
    public record Skipped(int line, Reason reason, String field, String message) {

        /** A skipped card or row without a field at fault. */
        public Skipped(int line, Reason reason, String message) {
            this(line, reason, null, message);
        }
    }

    /**
     * A remark on a card or row that was imported (or on the file, with line 0).
     *
     * @param line the line where the card or row begins, or 0
     * @param message the remark
     * @param possibleDuplicateOf for a row imported as a contact of its own although it has the same name and company
     *        as another contact but a different e-mail address (the user decides whether they are one person): that
     *        contact's No., or "line N" of this file; {@code null} for any other remark
     */
    public record Note(int line, String message, String possibleDuplicateOf) {

        /**
         * A remark that is no possible duplicate.
         *
         * @param line the line, or 0
         * @param message the remark
         */
        public Note(int line, String message) {
            this(line, message, null);
        }

        /** @return whether the row is a possible duplicate the user should look at */
        public boolean possibleDuplicate() {
            return possibleDuplicateOf != null;
        }
    }

    /** @return the rows imported as contacts of their own that may duplicate another contact (see {@link Note}) */
    public List<Note> possibleDuplicates() {
        return notes.stream().filter(Note::possibleDuplicate).toList();
    }

    /** @return how many rows are duplicates of an earlier row of the same file (skipped, imported once) */
    public int duplicatesInFileCount() {
        return (int) skipped.stream().filter(s -> s.reason() == Reason.DUPLICATE_IN_FILE).count();
    }

    /** @return how many rows duplicate a contact that was stored before the import (skipped or updated) */
    public int duplicatesExistingCount() {
        return (int) skipped.stream().filter(s -> s.reason() == Reason.DUPLICATE_EXISTING).count() + updated.size();
    }

    /** @return how many existing contacts the import updates */
    public int updatedCount() {
        return updated.size();
    }

    /** @return how many cards or rows are skipped */
    public int skippedCount() {
        return skipped.size();
    }

    /** @return how many skipped rows are bad rows ({@link Reason#isBadRow()}) */
    public int badRowCount() {
        return (int) skipped.stream().filter(s -> s.reason().isBadRow()).count();
    }

    /** @return skipped rows by reason, in the order of {@link Reason} */
    public Map<Reason, Integer> skippedByReason() {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    /**
     * @return the summary line: "12 created, 0 updated, 3 skipped (2 value too long, 1 invalid value); not imported:
     *         3 Birthday, 2 IM address"
     */
    public String summary() {
        String left = notImportedSummary();
        return left.isEmpty() ? countsSummary()
                : Formats.bind(Messages.ImportReport_summaryNotImported, countsSummary(), left);
    }

    /** @return "12 created, 0 updated, 3 skipped (2 value too long, 1 invalid value)" */
    public String countsSummary() {
        StringBuilder b = new StringBuilder(Formats.bind(Messages.ImportReport_counts, Formats.count(createdCount),
                Formats.count(updated.size()), Formats.count(skipped.size())));
        Map<Reason, Integer> by = skippedByReason();
        if (!by.isEmpty()) {
            b.append(by.entrySet().stream().map(e -> Formats.count(e.getValue()) + " " + e.getKey().label())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        long possible = notes.stream().filter(Note::possibleDuplicate).count();
        if (possible > 0) {
            b.append(Formats.plural(possible, Messages.ImportReport_possibleDuplicateOne,
                    Messages.ImportReport_possibleDuplicateOther));
        }
        return b.toString();
    }

    /** @return "3 birthdays, 2 IM addresses", or "" when everything had a place */
    public String notImportedSummary() {
        return notImported.entrySet().stream().map(e -> Formats.count(e.getValue()) + " " + Kinds.shown(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** @return one line per outcome, for logs and the command line: a summary line, then skipped rows and notes */
    @Override
    public String toString() {
        String head = "%s (%s, %s): %s".formatted(file, format.label(), charset, summary());
        String rest = skipped.stream()
                .map(s -> "\n  " + (s.field() == null ? Formats.bind(Messages.ImportReport_lineSkipped,
                        s.line(), s.message())
                        : Formats.bind(Messages.ImportReport_lineFieldSkipped, s.line(), s.field(), s.message())))
                .collect(Collectors.joining())
                + notes.stream().map(n -> "\n  " + Formats.bind(Messages.ImportReport_lineNote, n.line(), n.message()))
                        .collect(Collectors.joining());
        return head + rest;
    }
}
