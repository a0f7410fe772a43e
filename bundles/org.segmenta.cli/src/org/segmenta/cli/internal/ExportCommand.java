package org.segmenta.cli.internal;

import org.segmenta.core.format.Formats;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.segmenta.core.store.Store;
import org.segmenta.exchange.util.ContactVCardExport;
import org.segmenta.exchange.util.SegmentLineExport;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export SEGMENT --csv FILE | --xlsx FILE}, and {@code export contacts --vcard FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Export a segment's lines to CSV (UTF-8 with BOM) or Excel (.xlsx); 'export contacts' writes all contacts "
                + "as vCard 4.0. Files are written whole or not at all." },
        subcommands = ExportCommand.Contacts.class)
final class ExportCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(index = "0", arity = "0..1", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
    String segment;
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    /** The file and its format. */
    static final class Target {
        @Option(names = "--csv", paramLabel = "FILE", description = "Write CSV.")
        Path csv;
        @Option(names = "--xlsx", paramLabel = "FILE", description = "Write an Excel workbook.")
        Path xlsx;
    }

    ExportCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (segment == null || target == null) {
            throw new Commands.BadUsage(Messages.ExportCommand_exportNeedsASegmentAnd);
        }
        SegmentCommand.require(env, segment);
        // streamed: a page of lines at a time, read by line No. after the page before, never the whole segment
        long written = SegmentLineExport.export(env.services().get(Store.class), segment,
                target.csv != null ? SegmentLineExport.Format.CSV : SegmentLineExport.Format.XLSX,
                target.csv != null ? target.csv : target.xlsx, null, null);
        int count = (int) written;
        Path file = target.csv != null ? target.csv : target.xlsx;
        new Output(env, json).result(Output.map("segment", segment, "lines", count, "file", file.toAbsolutePath(),
                "format", target.csv != null ? "csv" : "xlsx"), NLS.bind(Messages.ExportCommand_ofSegmentWrittenTo, Formats.count(count), (count == 1 ? Messages.ExportCommand_line : Messages.ExportCommand_lines), segment, file));
        return Cli.OK;
    }

    /** {@code export contacts} */
    @Command(name = "contacts", mixinStandardHelpOptions = true, description = "Export all contacts as vCard 4.0.")
    static final class Contacts implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Option(names = "--vcard", required = true, paramLabel = "FILE", description = "The .vcf file to write.")
        Path vcard;

        Contacts(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() throws IOException {
            // streamed: a page of contacts at a time, read by No. after the page before, never all of them
            long count = ContactVCardExport.export(env.services().get(Store.class), vcard, null, null);
            new Output(env, json).result(Output.map("contacts", count, "file", vcard.toAbsolutePath(), "format",
                    "vcard"), NLS.bind(Messages.ExportCommand_writtenTo, Formats.count(count), (count == 1 ? Messages.ExportCommand_contact : Messages.ExportCommand_contacts), vcard));
            return Cli.OK;
        }
    }
}
