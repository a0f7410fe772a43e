package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
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
        "--template FILE.docx merges with that main document and, when the merge succeeded, makes it the Word template "
                + "of the whole segment (stored with it, so Log --send stores exactly these letters); a failed merge "
                + "changes nothing. Its merge fields are matched to Segmenta's data by name and synonyms, and fields "
                + "that match nothing are listed as warnings and merge empty.",
        "SKIPIF, NEXTIF and NEXT mean what they mean in Word, in both modes: a contact a SKIPIF skips gets no letter, "
                + "NEXT puts the next contact into the same letter; each such contact is listed." })
final class MergeCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
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
            mapping = doc.mapping().entries().stream().map(e -> Output.map("field", e.fieldName(), "key",
                    e.mapped() ? e.target() : null, "reason", e.reason(), "detail", e.detail())).toList();
            if (!out.json()) {
                for (FieldMapping.Entry e : doc.mapping().entries()) {
                    env.out().println("  " + e.fieldName() + " -> " + (!e.mapped() ? Messages.MergeCommand_nothingMergesEmpty
                            : e.target() + " (" + e.detail() + ")"));
                }
            }
        }
        InteractionService interactions = env.services().get(InteractionService.class);
        // merge first; the segment's template is replaced only after the merge succeeded
        // the service's progress, letter by letter, on stderr as import's
        org.segmenta.core.merge.MergeProgress progress = new StderrProgress(env,
                NLS.bind(Messages.MergeCommand_progressLabel, segment)).forMerge();
        MergeResult r = target.out != null ? interactions.mergeToFolder(segment, target.out, template, null, progress)
                : interactions.mergeCombined(segment, target.combined, template, null, progress);
        r.problems().forEach(p -> env.err().println(NLS.bind(Messages.MergeCommand_warning, p)));
        for (MergeResult.RecordNote n : r.notes()) {
            env.err().println((n.kind() == MergeResult.NoteKind.SKIPPED ? Messages.MergeCommand_skipped : Messages.MergeCommand_grouped) + n);
        }
        Path where = target.out != null ? target.out : target.combined;
        Long stored = null;
        if (template != null && r.letters() > 0) {
            stored = interactions.useWordDocument(segment, template.getFileName().toString(), Files.readAllBytes(template));
        }
        out.result(Output.map("segment", segment, "letters", r.letters(), "records", r.records(), "files", r.files(),
                "mapping", mapping, "problems", r.problems().stream().map(Object::toString).toList(),
                "skipped", r.skipped().stream().map(n -> Output.map("record", n.who(), "field", n.field())).toList(),
                "grouped", r.grouped().stream().map(n -> Output.map("record", n.who(), "into", n.into(), "field", n.field())).toList(),
                "storedTemplate", stored),
                NLS.bind(Messages.MergeCommand_mergedInto, r.letters(), (r.letters() == 1 ? Messages.MergeCommand_letter : Messages.MergeCommand_letters), where, (r.notes().isEmpty() ? "" : NLS.bind(Messages.MergeCommand_contactSSkippedGroupedInto, r.skipped().size(), r.grouped().size())), (stored == null ? "" : NLS.bind(Messages.MergeCommand_storedAsAttachmentTheWord, template.getFileName(), stored, segment))));
        if (r.letters() == 0 && r.records() > 0) {
            return fail(NLS.bind(Messages.MergeCommand_everyContactOfSegmentWas, segment, (template != null ? Messages.MergeCommand_andTheSegmentSWord : "")));
        }
        return r.letters() == 0 ? fail(NLS.bind(Messages.MergeCommand_noLineOfSegmentHas, segment)) : Cli.OK;
    }

    private int fail(String message) {
        env.err().println(NLS.bind(Messages.MergeCommand_segmentaCli, message));
        return Cli.FAILED;
    }
}
