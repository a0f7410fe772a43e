package org.segmenta.exchange.util;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.segmenta.core.language.LanguageCodes;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.internal.Draft;
import org.segmenta.exchange.internal.PlanBuilder;
import org.segmenta.exchange.internal.SourceFile;

/**
 * Reads a contact file (vCard 2.1/3.0/4.0, or CSV from Outlook, Google Contacts, Thunderbird or any tool with a
 * {@link org.segmenta.exchange.CsvMapping}) into an {@link ImportPlan}: the contacts to create and the report. Stateless; stores nothing.
 * <p>
 * What the importer decides, the same way for every format:
 * <ul>
 * <li><b>Encoding</b> by {@link TextDecoding}: UTF-8 with or without BOM, UTF-16 with or without BOM, else the
 * single-byte Windows or ISO encoding that decodes the bytes best (Windows-1252 for Western text); vCard lines
 * whose folding split a UTF-8 character are unfolded on the bytes first; quoted-printable vCard values without a
 * CHARSET are guessed the same way. A value with a character that did not decode (U+FFFD) or a control character
 * refuses its row. <b>Format</b> by content, not by file name: text whose first line is {@code BEGIN:VCARD} is
 * vCard, anything else is CSV (Outlook headers also in German, French, Spanish, Italian, Dutch, Danish, Swedish
 * and Norwegian).</li>
 * <li><b>Bad rows</b> are refused one by one with their line, column and reason (a value longer than its field,
 * an e-mail address that is none, extra columns, a row cut off, an unclosed quote); the other rows import.</li>
 * <li><b>Nothing silently dropped</b>: notes are kept on the contact; what has no place on a contact (birthdays,
 * IM addresses, further e-mail addresses, unknown columns) is counted in the report.</li>
 * <li><b>Name</b>: the display name the file gives (vCard FN, Google "Name", Thunderbird "Display Name"), else
 * first, middle and surname joined. A card or row without any name but with an e-mail address is named after the
 * address (without it, after the phone number); one with none of name, company, e-mail or phone is skipped.</li>
 * <li><b>Companies</b>: a card or row with an organisation and no person name (or vCard 4.0 {@code KIND:org}) is a
 * company contact. A person's organisation becomes a company contact (or the existing company of that name) and
 * the person is linked to it by Company No.</li>
 * <li><b>Which value</b> when there are several: e-mail, address, phone, fax and web page marked preferred first,
 * then work, then the first in the file. Address lines beyond two are joined into Address 2.</li>
 * <li><b>Duplicates</b>: same e-mail (ignoring case), or same name and company name (ignoring case and spacing),
 * within the file (the first wins) or with an existing contact ({@link ImportOptions#existing()}).</li>
 * <li><b>Categories and groups</b> become mailing group codes: upper case, at most 20 characters, Google's "* "
 * system-group mark removed. <b>Country</b> names and codes become ISO 3166 alpha-2 codes, <b>languages</b> become
 * language codes (see {@link LanguageCodes}); unknown ones are left empty with a note.</li>
 * </ul>
 */
public final class ContactImporter {

    private ContactImporter() {
    }

    /**
     * Reads a contact file into a plan.
     *
     * @param file the vCard or CSV file
     * @param options existing contacts, number series, CSV mapping, duplicate and language policy
     * @return the plan: contacts to create, updates, and the report with every skipped row and its line
     * @throws ContactImportException when nothing of the file can be imported: it cannot be read, is empty or
     *             binary, is not vCard or CSV, has a card without END:VCARD, or is a CSV of an unknown layout and
     *             {@code options} has no mapping (the message proposes one), or the mapping names columns the
     *             file does not have
     */
    public static ImportPlan read(Path file, ImportOptions options) throws ContactImportException {
        Objects.requireNonNull(options, "options");
        try (SourceFile source = SourceFile.open(file, options.csvMapping(), true)) {
            return plan(source, options);
        }
    }

    /**
     * Reads contact text that is already decoded (for example pasted or received from another service).
     *
     * @param source what to call the text in the report and in messages (a file name); may be {@code null}
     * @param text the vCard or CSV text, without byte order mark
     * @param charset the encoding the text came in, for the report and for quoted-printable vCard values without a
     *            CHARSET parameter
     * @param options as for {@link #read(Path, ImportOptions)}
     * @return the plan
     * @throws ContactImportException as for {@link #read(Path, ImportOptions)}
     */
    public static ImportPlan read(Path source, String text, Charset charset, ImportOptions options)
            throws ContactImportException {
        Objects.requireNonNull(options, "options");
        try (SourceFile file = SourceFile.ofText(source, text, charset, options.csvMapping())) {
            return plan(file, options);
        }
    }

    private static ImportPlan plan(SourceFile source, ImportOptions options) {
        PlanBuilder builder = PlanBuilder.inMemory(source.file(), source.format(), source.charset(), options);
        source.fileNotes().forEach(n -> builder.note(0, n));
        List<Draft> drafts = new ArrayList<>();
        for (Draft d = source.next(); d != null; d = source.next()) {
            drafts.add(d);
        }
        builder.accept(drafts);
        return builder.plan();
    }

    /**
     * Reads the header row of a CSV file, for a dialog that lets users map columns.
     *
     * @param file the CSV file
     * @return the column names in file order
     * @throws ContactImportException when the file cannot be read or is not CSV
     */
    public static List<String> csvHeaders(Path file) throws ContactImportException {
        try (SourceFile source = SourceFile.open(file, null, false)) {
            return source.headers();
        }
    }

    /**
     * Recognises the format of a file without importing it.
     *
     * @param file the file
     * @return {@link ImportFormat#VCARD}, the recognised CSV layout, or {@link ImportFormat#GENERIC_CSV} for any
     *         other CSV (which needs a mapping)
     * @throws ContactImportException when the file cannot be read or is neither vCard nor CSV
     */
    public static ImportFormat detect(Path file) throws ContactImportException {
        try (SourceFile source = SourceFile.open(file, null, false)) {
            return source.format();
        }
    }
}
