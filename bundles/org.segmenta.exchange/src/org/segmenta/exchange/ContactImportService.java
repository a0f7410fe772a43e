package org.segmenta.exchange;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a contact file into the store: reads it with {@link org.segmenta.exchange.util.ContactImporter} against the contacts already stored,
 * numbers the new contacts from the {@value #CONTACT_SERIES} number series, creates the mailing groups the file
 * names and stores the contacts and the updates of existing ones, all in <b>one write unit</b>: the good rows of a
 * file import together (bad rows are reported, not stored), or on a refusal the database stays exactly as it was
 * (number series included). Duplicates are matched through indexed queries per batch of rows, never by reading every
 * stored contact. An OSGi service.
 */
@ProviderType
public interface ContactImportService {

    /** The number series new contacts are numbered from; created on first use as {@code CT000001}, ... */
    String CONTACT_SERIES = "CONTACT";

    /**
     * Imports one file.
     *
     * @param file the vCard or CSV file
     * @param options the CSV mapping, duplicate policy and language mapping to use; its {@code existing} lookup and
     *            {@code numbers} supplier are replaced by the store's contacts and the {@value #CONTACT_SERIES}
     *            series. {@link ImportOptions#defaults()} suits vCard files and recognised CSV exports
     * @return the report: created contacts with their final numbers, updates, skipped cards or rows with their
     *         line, field and reason, notes; bad rows are in it, the good rows are stored
     * @throws ContactImportException when the file is refused as a whole (unreadable, empty, binary, unknown CSV
     *             layout without a mapping, ...); nothing is stored
     * @throws org.segmenta.core.store.StoreException when storing fails (for example a contact breaks a rule of
     *             the model, or a number of the series is taken); nothing is stored
     */
    default ImportReport importFile(Path file, ImportOptions options) throws ContactImportException {
        return importFile(file, options, null);
    }

    /**
     * Imports one file, streaming it in batches of rows (a file of a million rows imports within a small heap),
     * telling the monitor how far it is (work in thousandths of the file's bytes, the sub-task names the rows read).
     * Cancelling through the monitor rolls the whole file back.
     *
     * @param file the vCard or CSV file
     * @param options as for {@link #importFile(Path, ImportOptions)}; with {@link ImportOptions#strict()} a file with
     *            any bad row is refused as a whole
     * @param monitor progress and cancel, or {@code null}
     * @return the report: every bad or skipped row with line, field and reason; counts; notes; what was not imported
     * @throws ContactImportException when the file is refused as a whole (unreadable, empty, binary, unknown CSV
     *             layout without a mapping, or {@code strict} and bad rows: then {@link ContactImportException#report()}
     *             lists them); nothing is stored
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; nothing is stored
     */
    ImportReport importFile(Path file, ImportOptions options, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws ContactImportException;

    /**
     * Reads a file as {@link #importFile(Path, ImportOptions, org.eclipse.core.runtime.IProgressMonitor)} would import
     * it, against the stored contacts, and stores nothing (the Import wizard's Preview): the same decisions per row,
     * including duplicates within the file across the whole file and duplicates of stored contacts, in one read
     * transaction and in batches (a file of 100,000 rows needs a small heap: only the keys of the rows that would be
     * new are kept). The monitor's sub-task names the rows read and the counts so far; cancelling stops reading and
     * gives what was found until then.
     *
     * @param file the vCard or CSV file
     * @param options as for {@link #importFile(Path, ImportOptions)}
     * @param monitor progress and cancel, or {@code null}
     * @return the report the import would give, and whether the whole file was read
     * @throws ContactImportException when the file would be refused as a whole (as the import would refuse it)
     */
    ImportPreview preview(Path file, ImportOptions options, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws ContactImportException;

    /**
     * Imports one file with {@link ImportOptions#defaults()}.
     *
     * @param file the vCard or CSV file
     * @return the report
     * @throws ContactImportException as {@link #importFile(Path, ImportOptions)}
     */
    default ImportReport importFile(Path file) throws ContactImportException {
        return importFile(file, ImportOptions.defaults());
    }
}
