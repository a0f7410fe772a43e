package org.segmenta.ui.internal.wizards;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.util.TextDecoding;

/**
 * One file chosen in the Import Contacts wizard, as detected when it was added: its format and encoding, or why it
 * cannot be imported; for a CSV of an unknown layout its header row and the column mapping to use.
 */
final class ImportFile {

    final Path path;
    ImportFormat format;
    Charset charset;
    String problem;
    List<String> headers = List.of();
    CsvMapping mapping;

    private ImportFile(Path path) {
        this.path = path;
    }

    /**
     * Detects what the file is (reads it once; the import service reads it again).
     *
     * @param path the file
     * @param memory remembered column mappings, for an unknown CSV layout
     * @return the file with its format and encoding, or with its problem
     */
    static ImportFile detect(Path path, CsvMappingMemory memory) {
        ImportFile f = new ImportFile(path);
        try {
            f.charset = TextDecoding.detect(Files.readAllBytes(path)).charset();
            f.format = ContactImporter.detect(path);
            if (f.format == ImportFormat.GENERIC_CSV) {
                f.headers = ContactImporter.csvHeaders(path);
                f.mapping = memory.recall(f.headers).orElseGet(() -> CsvMapping.propose(f.headers));
            }
        } catch (ContactImportException e) {
            f.problem = withoutPath(path, e.getMessage());
            f.charset = null;
        } catch (IOException e) {
            f.problem = NLS.bind(Messages.ImportFile_theFileCannotBeRead, e.getMessage());
        }
        return f;
    }

    /** The importer's messages begin with the file's path; the wizard shows the name already. */
    private static String withoutPath(Path path, String message) {
        String p = path.toString();
        if (message != null && message.startsWith(p)) {
            String rest = message.substring(p.length());
            return rest.startsWith(": ") ? rest.substring(2) : rest.startsWith(", ") ? rest.substring(2) : rest;
        }
        return message;
    }

    /** @return whether the file needs a column mapping */
    boolean needsMapping() {
        return problem == null && format == ImportFormat.GENERIC_CSV;
    }

    /** @return the file's name without its folder */
    String name() {
        return path.getFileName().toString();
    }
}
