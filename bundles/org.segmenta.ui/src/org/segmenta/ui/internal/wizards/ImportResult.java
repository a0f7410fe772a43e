package org.segmenta.ui.internal.wizards;

import java.nio.file.Path;

import org.segmenta.exchange.ImportReport;

/**
 * What became of one file of an import: its report, or why it was not imported (nothing of it stored), or that the
 * user cancelled before it.
 *
 * @param file the file
 * @param report the import's report, or null when the file was not imported
 * @param problem why it was not imported, or null
 */
public record ImportResult(Path file, ImportReport report, String problem) {
}
