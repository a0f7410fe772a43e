package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.core.store.StoreException;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.DuplicatePolicy;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: contact files into the database, each file in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import contacts from vCard (2.1, 3.0, 4.0) or CSV files (Outlook, also localised, Google Contacts, "
                + "Thunderbird, or any CSV with --mapping). Each file imports in one transaction: its good rows are "
                + "stored and every bad row is reported with its line, column and reason (--strict refuses the file "
                + "instead); duplicates (same e-mail, or same name and company) are skipped and reported.",
        "Exit 1 when a file is refused (the others are still imported). Progress of long imports on stderr." })
final class ImportCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "param.file", description = "The .vcf or .csv files.")
    List<Path> files;
    @Option(names = "--mapping", paramLabel = "HEADER=FIELD", split = ",", description = {
            "CSV column mapping, for CSV files of other layouts: the header text and the contact field, for example "
                    + "--mapping Fornavn=FIRST_NAME,Efternavn=SURNAME,E-mail=EMAIL.",
            "Fields: ${COMPLETION-CANDIDATES}." }, completionCandidates = FieldNames.class)
    List<String> mapping;
    @Option(names = "--fill-empty", description = "Fill the empty fields of existing contacts the file duplicates, "
            + "instead of skipping them.")
    boolean fillEmpty;
    @Option(names = "--verbose", description = "Also print the notes (what was derived, joined or not recognised).")
    boolean verbose;
    @Option(names = "--strict", description = "Refuse a whole file when any of its rows is bad (a value too long, an "
            + "invalid e-mail address, extra columns, a row cut off), instead of importing its good rows.")
    boolean strict;

    ImportCommand(Cli.Env env) {
        this.env = env;
    }

    /** The contact field names, for the help. */
    static final class FieldNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FieldNames() {
            for (ContactField f : ContactField.values()) {
                add(f.name());
            }
        }
    }

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.defaults().withCsvMapping(csvMapping())
                .withDuplicates(fillEmpty ? DuplicatePolicy.FILL_EMPTY_FIELDS : DuplicatePolicy.SKIP)
                .withStrict(strict);
        ContactImportService service = env.services().get(ContactImportService.class);
        Output out = new Output(env, json);
        List<Map<String, Object>> results = new ArrayList<>();
        int refused = 0;
        for (Path file : files) {
            try {
                ImportReport r = service.importFile(file, options, new StderrProgress(env, NLS.bind(Messages.ImportCommand_importLabel, file.getFileName())));
                results.add(result(r));
                if (!out.json()) {
                    env.out().println(Messages.ImportCommand_sSSS.formatted(file, r.countsSummary(), r.format().label(),
                            r.charset()));
                    print(r);
                }
            } catch (ContactImportException e) {
                refused++;
                env.err().println(NLS.bind(Messages.ImportCommand_segmentaCli, e.getMessage().replace('\n', ' ')));
                Map<String, Object> result = e.report() == null ? Output.map("file", file, "refused", e.getMessage())
                        : result(e.report());
                result.put("refused", e.getMessage());
                results.add(result);
                if (!out.json() && e.report() != null) {
                    print(e.report());
                }
            } catch (StoreException e) {
                // the file is rolled back; the others stand alone
                refused++;
                env.err().println(NLS.bind(Messages.ImportCommand_segmentaCliNothingOfThis, file, e.getMessage().replace('\n', ' ')));
                results.add(Output.map("file", file, "refused", e.getMessage()));
            }
        }
        if (out.json()) {
            out.rows(results, "");
        }
        return refused == 0 ? Cli.OK : Cli.FAILED;
    }

    private void print(ImportReport r) {
        if (!r.notImportedSummary().isEmpty()) {
            env.out().println(NLS.bind(Messages.ImportCommand_notImportedNoFieldFor, r.notImportedSummary()));
        }
        r.skipped().forEach(s -> env.out().println(NLS.bind(Messages.ImportCommand_line, s.line(), (s.field() == null ? "" : ", " + s.field()), (s.reason().isBadRow() ? Messages.ImportCommand_refused : Messages.ImportCommand_skipped), s.message())));
        if (verbose) {
            r.notes().forEach(n -> env.out().println(NLS.bind(Messages.ImportCommand_line2, n.line(), n.message())));
        } else {
            // a possible duplicate was imported: the user decides whether it is one person
            r.possibleDuplicates().forEach(n -> env.out().println(NLS.bind(Messages.ImportCommand_line2, n.line(), n.message())));
        }
    }

    private static Map<String, Object> result(ImportReport r) {
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        r.skippedByReason().forEach((k, v) -> counts.put(k.name(), v));
        return Output.map("file", r.file(), "format", r.format().label(), "charset", r.charset().name(),
                "createdCount", r.createdCount(), "personsCreatedCount", r.personsCreatedCount(),
                "companiesCreatedCount", r.companiesCreatedCount(), "updatedCount", r.updatedCount(), "skippedCount", r.skippedCount(),
                "badRows", r.badRowCount(), "skippedByReason", counts, "notImported", r.notImported(), "created",
                r.created().stream().map(c -> Output.map("line", c.line(), "no", c.contact().getNo(), "type",
                        c.contact().getType(), "name", c.contact().getName())).toList(),
                "updated", r.updated().stream().map(u -> Output.map("line", u.line(), "no", u.existing().getNo(),
                        "fields", u.fields())).toList(),
                "skipped", r.skipped().stream().map(s -> Output.map("line", s.line(), "reason", s.reason(), "field",
                        s.field(), "message", s.message())).toList(),
                "notes", r.notes().stream().map(n -> Output.map("line", n.line(), "message", n.message(), "possibleDuplicateOf",
                        n.possibleDuplicateOf())).toList());
    }

    private CsvMapping csvMapping() {
        if (mapping == null || mapping.isEmpty()) {
            return null;
        }
        Map<String, ContactField> columns = new LinkedHashMap<>();
        for (String pair : mapping) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0) {
                throw new Commands.BadUsage(NLS.bind(Messages.ImportCommand_mappingIsNotHEADERFIELD, pair));
            }
            String field = pair.substring(eq + 1).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            try {
                columns.put(pair.substring(0, eq), ContactField.valueOf(field));
            } catch (IllegalArgumentException e) {
                throw new Commands.BadUsage(NLS.bind(Messages.ImportCommand_mappingThereIsNoContact, pair, field, new FieldNames()));
            }
        }
        return CsvMapping.of(columns);
    }
}
