package org.segmenta.cli.internal;

import org.segmenta.core.format.Formats;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.ModelFields;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.model.Contact;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.model.rules.Captions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code segment show|set|delete} and {@code segment line add|set|remove}: editing what {@code segment new} and the
 * steps made. Each is one call of the segment or interaction service per change.
 */
final class SegmentEdit {

    private SegmentEdit() {
    }

    /** Splits FIELD=VALUE words; bad ones are bad usage. */
    static Map<String, String> pairs(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new Commands.BadUsage(NLS.bind(Messages.SegmentEdit_isNotFIELDVALUEFor, word));
            }
            m.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return m;
    }

    /** {@code segment show} */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a segment's header, its language rows and its steps.")
    static final class Show implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;

        Show(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentHeader h = SegmentCommand.require(env, segment);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("segment", h.getNo());
            for (EAttribute a : ModelFields.fields(Literals.SEGMENT_HEADER)) {
                if (a != Literals.SEGMENT_HEADER__NO) {
                    m.put(a.getName(), h.eGet(a));
                }
            }
            m.put("lines", SegmentCommand.segments(env).lineCount(h.getNo()));
            List<Map<String, Object>> languages = new ArrayList<>();
            for (SegmentInteractionLanguage l : h.getLanguages()) {
                languages.add(Output.map("languageCode", l.getLanguageCode(), "description", l.getDescription(),
                        "subject", l.getSubject(), "wordTemplateNo", l.getWordTemplateNo(), "attachmentNo",
                        l.getAttachmentNo()));
            }
            m.put("languages", languages);
            List<String> steps = new ArrayList<>();
            for (SegmentCriteriaLine step : SegmentCommand.segments(env).steps(h.getNo())) {
                steps.add(NLS.bind(Messages.SegmentEdit_step, step.getStepNo(), (step.getDescription() == null ? Captions.shown(step.getAction()) : step.getDescription()), (step.isUndone() ? Messages.SegmentEdit_undone : "")));
            }
            m.put("steps", steps);
            Output out = new Output(env, json);
            if (out.json()) {
                out.result(m, "");
            } else {
                ContactCommand.fieldLines(env, m);
            }
            return Cli.OK;
        }
    }

    /** {@code segment set} */
    @Command(name = "set", mixinStandardHelpOptions = true, description = {
            "Change header fields by the model's attribute names, for example description=\"Autumn letter\" "
                    + "salespersonCode=LH subjectDefault=\"Our catalogue\" interactionTemplateCode=EMAIL.",
            "Without --update-lines only the header changes (new lines take it); with it the lines that follow the "
                    + "header (those on the header's interaction template) change in that field too." })
    static final class Set implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", descriptionKey = "param.field_value", description = "Header fields; an empty VALUE clears the field.")
        List<String> fields;
        @Option(names = "--update-lines", description = "Also change the lines that follow the header.")
        boolean updateLines;

        Set(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentCommand.require(env, segment);
            Map<EAttribute, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : pairs(fields).entrySet()) {
                EAttribute a = ModelFields.field(Literals.SEGMENT_HEADER, c.getKey())
                        .orElseThrow(() -> new Commands.BadUsage(NLS.bind(Messages.SegmentEdit_segmentHeaderHasNoField, c.getKey(), ModelFields.nearest(Literals.SEGMENT_HEADER, c.getKey()))));
                values.put(a, c.getValue());
            }
            List<EAttribute> attributes = new ArrayList<>(values.keySet());
            // one transaction: values parsed, codes checked, the template first, the lines that follow the header
            SegmentHeader h = env.services().get(InteractionService.class).changeHeader(segment, values, updateLines);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("segment", h.getNo());
            for (EAttribute a : attributes) {
                result.put(a.getName(), h.eGet(a));
            }
            result.put("updateLines", updateLines);
            new Output(env, json).result(result, NLS.bind(Messages.SegmentEdit_savedSegment, h.getNo(), String.join(", ", attributes.stream().map(EAttribute::getName).toList()), (updateLines ? Messages.SegmentEdit_theLinesThatFollowThe : Messages.SegmentEdit_theLinesKeptTheirValues)));
            return Cli.OK;
        }
    }

    /** {@code segment delete} */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an open segment with its lines and steps.")
    static final class Delete implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;

        Delete(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentHeader h = SegmentCommand.require(env, segment);
            long lines = SegmentCommand.segments(env).lineCount(h.getNo());
            SegmentCommand.segments(env).delete(h.getNo());
            new Output(env, json).result(Output.map("segment", h.getNo(), "deleted", true, "lines", lines),
                    NLS.bind(Messages.SegmentEdit_deletedSegmentWith, h.getNo(), Formats.count(lines), (lines == 1 ? Messages.SegmentEdit_line : Messages.SegmentEdit_lines)));
            return Cli.OK;
        }
    }

    /** {@code segment line} */
    @Command(name = "line", mixinStandardHelpOptions = true, description = "Edit a segment's lines by hand: add contacts, "
            + "change a line's fields, remove lines. Adding and removing are steps (undo takes them back).",
            subcommands = { LineAdd.class, LineSet.class, LineRemove.class })
    static final class Line implements Callable<Integer> {
        private final Cli.Env env;

        Line(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            env.err().println(Messages.SegmentEdit_segmentaCliSegmentLineNeeds);
            return Cli.USAGE;
        }
    }

    /** {@code segment line add} */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add contacts by No., as one manual step.")
    static final class LineAdd implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CONTACT", descriptionKey = "param.contact", description = "Contact Nos.")
        List<String> contacts;

        LineAdd(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentCommand.require(env, segment);
            SegmentCommand.printStep(env, json, SegmentCommand.segments(env).addContacts(segment, contacts, Messages.SegmentEdit_addedByHand));
            return Cli.OK;
        }
    }

    /** {@code segment line set} */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change a line's fields by the model's attribute "
            + "names, for example salespersonCode=LH correspondenceType=Email subject=\"For you\".")
    static final class LineSet implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1", paramLabel = "LINE", descriptionKey = "param.line", description = "The line No. (see 'segment lines').")
        int lineNo;
        @Parameters(index = "2..*", arity = "1..*", paramLabel = "FIELD=VALUE", descriptionKey = "param.field_value", description = "The line's fields; an empty VALUE clears the field.")
        List<String> fields;

        LineSet(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentCommand.require(env, segment);
            Map<EAttribute, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : pairs(fields).entrySet()) {
                values.put(ModelFields.field(Literals.SEGMENT_LINE, c.getKey()).orElseThrow(() -> new Commands.BadUsage(
                        NLS.bind(Messages.SegmentEdit_segmentLineHasNoField, c.getKey(), ModelFields.nearest(Literals.SEGMENT_LINE, c.getKey())))), c.getValue());
            }
            SegmentLine saved = SegmentCommand.segments(env).changeLine(segment, lineNo, values);
            Map<String, Contact> contact = SegmentCommand.contacts(env, List.of(saved.getContactNo()));
            new Output(env, json).result(Rows.line(saved, contact.get(saved.getContactNo())),
                    NLS.bind(Messages.SegmentEdit_savedLineOfSegment, saved.getLineNo(), segment));
            return Cli.OK;
        }
    }

    /** {@code segment line remove} */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove lines by line No., as one manual step.")
    static final class LineRemove implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "LINE", descriptionKey = "param.line", description = "Line Nos. (see 'segment lines').")
        List<Integer> lines;

        LineRemove(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentCommand.require(env, segment);
            SegmentCommand.printStep(env, json, SegmentCommand.segments(env).removeLines(segment, lines));
            return Cli.OK;
        }
    }
}
