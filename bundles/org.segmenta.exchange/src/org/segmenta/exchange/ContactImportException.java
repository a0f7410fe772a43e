package org.segmenta.exchange;

import java.nio.file.Path;

import org.segmenta.core.format.Formats;
import org.segmenta.exchange.internal.Messages;

/**
 * A contact file cannot be imported at all: it cannot be read, is not a vCard or CSV file, is truncated, or is a
 * CSV of an unknown layout and no column mapping was given. Nothing of the file is imported. The message names
 * the file, the line (when there is one) and what to do.
 */
public class ContactImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final transient ImportReport report;

    /**
     * @param file the file being imported
     * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
     * @param problem what is wrong and how to fix it (the file and line are prefixed to it)
     * @param cause the underlying exception, or {@code null}
     */
    public ContactImportException(Path file, int line, String problem, Throwable cause) {
        this(file, line, problem, cause, null);
    }

    /**
     * A refusal of a file whose rows were read: {@code --strict} and bad rows.
     *
     * @param file the file
     * @param line the line, or 0
     * @param problem what is wrong and what to do
     * @param cause the cause or {@code null}
     * @param report the report of the rows as they were read (nothing of it is stored), or {@code null}
     */
    public ContactImportException(Path file, int line, String problem, Throwable cause, ImportReport report) {
        super(located(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.report = report;
    }

    /** @return the report of the rows read before the file was refused (strict import), or {@code null} */
    public ImportReport report() {
        return report;
    }

    private static String located(Path file, int line, String problem) {
        String where = file == null ? Messages.ContactImportException_contactFile : file.toString();
        return line > 0 ? Formats.bind(Messages.ContactImportException_fileLine, where, line, problem)
                : Formats.bind(Messages.ContactImportException_file, where, problem);
    }

    /** @return the file that could not be imported, possibly {@code null} for text given directly */
    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, or 0 when the problem concerns the whole file */
    public int line() {
        return line;
    }
}
