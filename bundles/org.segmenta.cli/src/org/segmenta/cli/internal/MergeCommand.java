package org.segmenta.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeService;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge}: Word letters of a segment, one per line into a folder or one combined document. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = {
        "Merge a segment's lines with their Word template into letters: one .docx per line in --out DIR, or one "
                + "combined .docx (a section per line) with --combined FILE.",
        "--template FILE.docx first makes that main document the Word template of the whole segment (stored with it, "
                + "so Log --send stores exactly these letters); its merge fields are matched to Segmenta's data by "
                + "name and synonyms, and fields that match nothing are listed as warnings and merge empty." })
final class MergeCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(index = "0", paramLabel = "SEGMENT", description = "The segment No.")
    String segment;
    @Option(names = "--template", paramLabel = "FILE", description = "A Word main document (.docx, .dotx) to use for every line.")
    Path template;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the letters go. */
    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", description = "Folder for one letter per line (created if missing).")
        Path out;
        @Option(names = "--combined", paramLabel = "FILE", description = "One combined .docx.")
        Path combined;
    }

    MergeCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        SegmentCommand.require(env, segment);
        Output out = new Output(env, json);
        Object mapping = null;
        if (template != null) {
            MainDocument doc;
            try {
                doc = env.services().get(MergeService.class).inspect(template);
            } catch (MergeException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            doc.problems().forEach(p -> env.err().println("warning: " + p));
            mapping = doc.mapping().entries().stream().map(e -> Output.map("field", e.fieldName(), "key",
                    e.key() == null ? null : e.key().caption(), "reason", e.reason(), "detail", e.detail())).toList();
            if (!out.json()) {
                for (FieldMapping.Entry e : doc.mapping().entries()) {
                    env.out().println("  " + e.fieldName() + " -> " + (e.key() == null ? "(nothing: merges empty)"
                            : e.key().caption() + " (" + e.detail() + ")"));
                }
            }
            long no = env.services().get(InteractionService.class).useWordDocument(segment,
                    template.getFileName().toString(), Files.readAllBytes(template));
            if (!out.json()) {
                env.out().println("Stored " + template.getFileName() + " as attachment " + no
                        + ", the Word template of segment " + segment + ".");
            }
        }
        InteractionService interactions = env.services().get(InteractionService.class);
        MergeResult r = target.out != null ? interactions.mergeToFolder(segment, target.out)
                : interactions.mergeCombined(segment, target.combined);
        r.problems().forEach(p -> env.err().println("warning: " + p));
        Path where = target.out != null ? target.out : target.combined;
        out.result(Output.map("segment", segment, "letters", r.letters(), "records", r.records(), "files", r.files(),
                "mapping", mapping, "problems", r.problems().stream().map(Object::toString).toList()),
                r.letters() + (r.letters() == 1 ? " letter" : " letters") + " merged into " + where + ".");
        return r.letters() == 0 ? fail("no line of segment " + segment + " has a Word template; give it an interaction "
                + "template with one (segment template SEGMENT CODE) or use --template FILE.docx") : Cli.OK;
    }

    private int fail(String message) {
        env.err().println("segmenta cli: " + message);
        return Cli.FAILED;
    }
}
