package org.segmenta.exchange;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.segmenta.core.language.LanguageCodes;
import org.segmenta.exchange.internal.CsvSource;
import org.segmenta.exchange.internal.Draft;
import org.segmenta.exchange.internal.PlanBuilder;
import org.segmenta.exchange.internal.VCardSource;

/**
 * Reads a contact file (vCard 2.1/3.0/4.0, or CSV from Outlook, Google Contacts, Thunderbird or any tool with a
 * {@link CsvMapping}) into an {@link ImportPlan}: the contacts to create and the report. Stateless; stores nothing.
 * <p>
 * What the importer decides, the same way for every format:
 * <ul>
 * <li><b>Encoding</b> by {@link TextDecoding}: UTF-8 with or without BOM, UTF-16 with or without BOM, else
 * Windows-1252. <b>Format</b> by content, not by file name: text whose first line is {@code BEGIN:VCARD} is vCard,
 * anything else is CSV.</li>
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
        byte[] bytes = bytes(file);
        TextDecoding.Detected detected = TextDecoding.detect(bytes);
        return read(file, detected.decode(bytes), detected.charset(), options);
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
        refuseNonText(source, text);
        if (VCardSource.looksLikeVCard(text)) {
            List<Draft> drafts = VCardSource.read(source, text, charset);
            return new PlanBuilder(source, ImportFormat.VCARD, charset, options).build(drafts);
        }
        CsvSource.Table table = CsvSource.parse(source, text);
        ImportFormat format;
        CsvMapping mapping = options.csvMapping();
        if (mapping != null) {
            format = ImportFormat.GENERIC_CSV;
            for (String header : mapping.columns().keySet()) {
                if (!table.headers().contains(header)) {
                    throw new ContactImportException(source, 1, "the column mapping names the column \"" + header
                            + "\", which the header row does not have. The columns are: " + table.headers()
                            + ". Correct the mapping.", null);
                }
            }
            if (!mapping.identifiesContacts()) {
                throw new ContactImportException(source, 1, "the column mapping maps no column to a name, company "
                        + "or e-mail field, so no row could become a contact. Map at least one of NAME, FIRST_NAME, "
                        + "SURNAME, COMPANY_NAME or EMAIL.", null);
            }
        } else {
            format = CsvSource.recognise(table.headers());
            if (format == null) {
                CsvMapping proposal = CsvMapping.propose(table.headers());
                throw new ContactImportException(source, 1, "the header row is not an Outlook, Google Contacts or "
                        + "Thunderbird export, so the columns' meaning is unknown. Import it with a column mapping"
                        + (proposal.columns().isEmpty() ? " (no column name was recognised)."
                                : "; proposed from the column names: " + proposal + "."),
                        null);
            }
        }
        PlanBuilder builder = new PlanBuilder(source, format, charset, options);
        if (table.delimiter() != ',') {
            builder.note(0, "the columns are separated by '" + (table.delimiter() == '\t' ? "tab" : table.delimiter())
                    + "'");
        }
        return builder.build(CsvSource.drafts(table, format, mapping));
    }

    /**
     * Reads the header row of a CSV file, for a dialog that lets users map columns.
     *
     * @param file the CSV file
     * @return the column names in file order
     * @throws ContactImportException when the file cannot be read or is not CSV
     */
    public static List<String> csvHeaders(Path file) throws ContactImportException {
        byte[] bytes = bytes(file);
        String text = TextDecoding.detect(bytes).decode(bytes);
        refuseNonText(file, text);
        return CsvSource.parse(file, text).headers();
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
        byte[] bytes = bytes(file);
        String text = TextDecoding.detect(bytes).decode(bytes);
        refuseNonText(file, text);
        if (VCardSource.looksLikeVCard(text)) {
            return ImportFormat.VCARD;
        }
        ImportFormat f = CsvSource.recognise(CsvSource.parse(file, text).headers());
        return f == null ? ImportFormat.GENERIC_CSV : f;
    }

    private static byte[] bytes(Path file) throws ContactImportException {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.isDirectory(file)) {
                throw new ContactImportException(file, 0, "is a folder; choose a .vcf or .csv file.", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ContactImportException(file, 0, "the file does not exist; check the path.", e);
        } catch (IOException e) {
            throw new ContactImportException(file, 0, "the file cannot be read (" + e + "); check that it exists "
                    + "and that you may read it.", e);
        }
    }

    private static void refuseNonText(Path file, String text) throws ContactImportException {
        if (text.isBlank()) {
            throw new ContactImportException(file, 1, "the file is empty; there is nothing to import.", null);
        }
        if (text.startsWith("PK\u0003\u0004") || text.indexOf('\0') >= 0) {
            throw new ContactImportException(file, 1, "the file is not text (it looks like "
                    + (text.startsWith("PK") ? "an Excel, Word or zip file" : "a binary file")
                    + "). Save the contacts as a vCard (.vcf) or CSV (.csv) file and import that.", null);
        }
    }
}
