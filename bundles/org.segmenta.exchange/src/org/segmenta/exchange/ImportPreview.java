package org.segmenta.exchange;

/**
 * What importing a file would do, found without storing anything ({@link ContactImportService#preview}): the report
 * an import would give (new contacts, updates, skipped rows with line and reason, duplicates within the file and of
 * stored contacts, possible duplicates), for the whole file or, when cancelled, for the rows read until then.
 *
 * @param report the report as the import would give it (new contacts' numbers are provisional: {@code NEW000000001}, ...)
 * @param rowsRead how many rows (cards) were read
 * @param complete whether the whole file was read; false when the preview was cancelled
 */
public record ImportPreview(ImportReport report, int rowsRead, boolean complete) {
}
