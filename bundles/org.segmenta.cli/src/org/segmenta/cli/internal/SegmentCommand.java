package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.SegmentSummary;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.Store;
import org.segmenta.model.Contact;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segment ...}: open segments and their steps. Each subcommand is one call of the segment service. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Build open segments: create, add, "
        + "reduce or refine by criteria, undo and redo, list lines, save and reuse criteria, validate.",
        subcommands = { SegmentCommand.New.class, SegmentCommand.ListSegments.class, SegmentCommand.Add.class,
                SegmentCommand.Reduce.class, SegmentCommand.Refine.class, SegmentCommand.Undo.class,
                SegmentCommand.Redo.class, SegmentCommand.Lines.class, SegmentCommand.SaveCriteria.class,
                SegmentCommand.ReuseCriteria.class, SegmentCommand.ReuseLogged.class, SegmentCommand.Validate.class,
                SegmentCommand.Template.class, SegmentEdit.Show.class, SegmentEdit.Set.class, SegmentEdit.Delete.class,
                SegmentEdit.Line.class },
        footer = { "", "Filters: --filter SOURCE.FIELD=EXPRESSION, for example contact.city=Aarhus|Odense, "
                + "contact.countryRegionCode=<>DK, mailingGroup.mailingGroupCode=NEWS, interactionLogEntry.date=..2026-06-30.",
                "Sources: contact, company, mailingGroup, industryGroup, jobResponsibility, profileAnswer, "
                        + "interactionLogEntry; fields are the model's attribute names." })
final class SegmentCommand implements Callable<Integer> {

    private final Cli.Env env;

    SegmentCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println(Messages.SegmentCommand_segmentaCliSegmentNeedsA);
        return Cli.USAGE;
    }

    static SegmentService segments(Cli.Env env) {
        return env.services().get(SegmentService.class);
    }

    static SegmentHeader require(Cli.Env env, String no) {
        return segments(env).get(no).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.SegmentCommand_thereIsNoOpenSegment, no)));
    }

    static void printStep(Cli.Env env, Output.JsonOption json, StepSummary s) {
        new Output(env, json).result(Rows.step(s), s.describe());
    }

    /** {@code segment new} */
    @Command(name = "new", mixinStandardHelpOptions = true, description = "Create an open segment; prints its No.")
    static final class New implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Option(names = "--description", required = true, paramLabel = "TEXT", description = "The segment's description.")
        String description;
        @Option(names = "--template", paramLabel = "CODE", description = "Its interaction template (copies the template's defaults and documents).")
        String template;
        @Option(names = "--salesperson", paramLabel = "CODE", description = "Its salesperson (else each line takes its contact's).")
        String salesperson;

        New(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Map<EAttribute, Object> header = new LinkedHashMap<>();
            if (template != null) {
                header.put(Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, template);
            }
            if (salesperson != null) {
                header.put(Literals.SEGMENT_HEADER__SALESPERSON_CODE, salesperson);
            }
            SegmentHeader h = env.services().get(InteractionService.class).createSegment(description, header);
            new Output(env, json).result(Output.map("segment", h.getNo(), "description", h.getDescription(), "template",
                    h.getInteractionTemplateCode(), "salesperson", h.getSalespersonCode(), "date", h.getDate()), h.getNo());
            return Cli.OK;
        }
    }

    /** {@code segment list} */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the open segments, newest first.")
    static final class ListSegments implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;

        ListSegments(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            List<SegmentSummary> all = segments(env).list();
            new Output(env, json).rows(all.stream().map(s -> Output.map("segment", s.no(), "description",
                    s.description(), "lines", s.lines(), "steps", s.steps(), "date", s.date(), "salesperson",
                    s.salespersonCode(), "template", s.interactionTemplateCode())).toList(), Messages.SegmentCommand_noOpenSegments);
            return Cli.OK;
        }
    }

    /** What Add, Reduce and Refine share: the segment, the filters, count-only. */
    abstract static class Step implements Callable<Integer> {
        final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Option(names = "--filter", paramLabel = "SOURCE.FIELD=EXPR", description = "A filter; repeat for several "
                + "(all must match). None: every contact matches.")
        List<String> filters;
        @Option(names = "--count-only", description = "Only count what the step would do; change nothing.")
        boolean countOnly;

        Step(Cli.Env env) {
            this.env = env;
        }

        abstract CriteriaAction action();

        abstract StepOptions options();

        @Override
        public Integer call() {
            StepRequest step = new StepRequest(action(), options(), Commands.filters(filters));
            require(env, segment);
            try {
                if (countOnly) {
                    LiveCount c = segments(env).count(segment, step);
                    new Output(env, json).result(Rows.count(c), NLS.bind(action() == CriteriaAction.ADD
                            ? Messages.SegmentCommand_countAdd : Messages.SegmentCommand_countRemove,
                            new Object[] { Formats.count(c.matches()),
                                    Formats.plural(c.newLines(), Messages.Count_lineOne, Messages.Count_lineOther),
                                    Formats.count(c.alreadyInSegment()), Formats.count(c.excluded()) }));
                } else {
                    // the step's phases on stderr as import's progress (a step is set-based: phases, not a count)
                    printStep(env, json, segments(env).apply(segment, step, new StderrProgress(env, NLS.bind(
                            Messages.SegmentCommand_progressLabel, action().name().toLowerCase(java.util.Locale.ROOT), segment))));
                }
            } catch (org.segmenta.core.criteria.FilterSyntaxException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                // an unknown source or field: the user's words
                throw new Commands.BadUsage(e.getMessage());
            }
            return Cli.OK;
        }
    }

    /** {@code segment add} */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add Contacts: add the contacts that match the filters.")
    static final class Add extends Step {
        @Option(names = "--allow-existing", description = "Add contacts already in the segment again.")
        boolean allowExisting;
        @Option(names = "--expand-companies", description = "Add all contacts of a matched contact's company.")
        boolean expandCompanies;
        @Option(names = "--related-companies", description = "Add a matched person's company too.")
        boolean relatedCompanies;
        @Option(names = "--ignore-exclusion", description = "Include contacts marked Exclude from Segment or Privacy Blocked.")
        boolean ignoreExclusion;

        Add(Cli.Env env) {
            super(env);
        }

        @Override
        CriteriaAction action() {
            return CriteriaAction.ADD;
        }

        @Override
        StepOptions options() {
            return new StepOptions(allowExisting, expandCompanies, relatedCompanies, ignoreExclusion, false);
        }
    }

    /** {@code segment reduce} */
    @Command(name = "reduce", mixinStandardHelpOptions = true, description = "Reduce: remove the lines whose contact matches the filters.")
    static final class Reduce extends Step {
        @Option(names = "--entire-companies", description = "Remove every line of a company when any of its contacts matches.")
        boolean entireCompanies;

        Reduce(Cli.Env env) {
            super(env);
        }

        @Override
        CriteriaAction action() {
            return CriteriaAction.REDUCE;
        }

        @Override
        StepOptions options() {
            return new StepOptions(false, false, false, false, entireCompanies);
        }
    }

    /** {@code segment refine} */
    @Command(name = "refine", mixinStandardHelpOptions = true, description = "Refine: keep only the lines whose contact matches the filters.")
    static final class Refine extends Step {
        @Option(names = "--entire-companies", description = "Keep every line of a company when any of its contacts matches.")
        boolean entireCompanies;

        Refine(Cli.Env env) {
            super(env);
        }

        @Override
        CriteriaAction action() {
            return CriteriaAction.REFINE;
        }

        @Override
        StepOptions options() {
            return new StepOptions(false, false, false, false, entireCompanies);
        }
    }

    /** {@code segment undo} and {@code redo} share this. */
    abstract static class UndoRedo implements Callable<Integer> {
        final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;

        UndoRedo(Cli.Env env) {
            this.env = env;
        }

        abstract Optional<StepSummary> run(SegmentService s);

        abstract String word();

        @Override
        public Integer call() {
            require(env, segment);
            Optional<StepSummary> done = run(segments(env));
            if (done.isEmpty()) {
                new Output(env, json).result(Output.map("segment", segment, word(), null),
                        NLS.bind(Messages.SegmentCommand_nothingToOnSegment, word(), segment));
            } else {
                StepSummary s = done.get();
                new Output(env, json).result(Output.map("segment", segment, word(), Rows.step(s), "lines",
                        segments(env).lineCount(segment)), NLS.bind(Messages.SegmentCommand_theSegmentHasLines, (word().equals("undo") ? Messages.SegmentCommand_undone : Messages.SegmentCommand_redone), s.describe(), Formats.plural(segments(env).lineCount(segment), Messages.Count_lineOne, Messages.Count_lineOther)));
            }
            return Cli.OK;
        }
    }

    /** {@code segment undo} */
    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo the last step: the lines become exactly what they were before it.")
    static final class Undo extends UndoRedo {
        Undo(Cli.Env env) {
            super(env);
        }

        @Override
        Optional<StepSummary> run(SegmentService s) {
            return s.undo(segment);
        }

        @Override
        String word() {
            return "undo";
        }
    }

    /** {@code segment redo} */
    @Command(name = "redo", mixinStandardHelpOptions = true, description = "Redo the last undone step.")
    static final class Redo extends UndoRedo {
        Redo(Cli.Env env) {
            super(env);
        }

        @Override
        Optional<StepSummary> run(SegmentService s) {
            return s.redo(segment);
        }

        @Override
        String word() {
            return "redo";
        }
    }

    /** {@code segment lines} */
    @Command(name = "lines", mixinStandardHelpOptions = true, description = "List a segment's lines by line No.")
    static final class Lines implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N lines (default ${DEFAULT-VALUE}).")
        int offset;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N lines (default ${DEFAULT-VALUE}).")
        int limit;

        Lines(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Commands.checkPage(offset, limit);
            require(env, segment);
            List<SegmentLine> lines = segments(env).lines(segment, offset, limit);
            Map<String, Contact> contacts = contacts(env, lines.stream().map(SegmentLine::getContactNo).toList());
            new Output(env, json).rows(lines.stream().map(l -> Rows.line(l, contacts.get(l.getContactNo()))).toList(),
                    NLS.bind(Messages.SegmentCommand_segmentHasNoLines, segment, (offset > 0 ? NLS.bind(Messages.SegmentCommand_from, offset) : "")));
            return Cli.OK;
        }
    }

    /** @return the contacts with these Nos. (unknown ones left out), read in one unit */
    static Map<String, Contact> contacts(Cli.Env env, List<String> nos) {
        return env.services().get(Store.class).read(s -> {
            Map<String, Contact> m = new HashMap<>();
            for (String no : nos) {
                if (no != null && !m.containsKey(no)) {
                    s.contacts().get(no).ifPresent(c -> m.put(no, c));
                }
            }
            return m;
        });
    }

    /** {@code segment save-criteria} */
    @Command(name = "save-criteria", mixinStandardHelpOptions = true, description = "Save the segment's steps as reusable criteria.")
    static final class SaveCriteria implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.code", description = "The criteria's code (unique).")
        String code;
        @Option(names = "--description", paramLabel = "TEXT", description = "The criteria's description (default: the segment's).")
        String description;

        SaveCriteria(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            SegmentHeader h = require(env, segment);
            String saved = segments(env).saveCriteria(segment, code, description != null ? description : h.getDescription());
            new Output(env, json).result(Output.map("segment", segment, "criteria", saved, "description",
                    description != null ? description : h.getDescription()),
                    NLS.bind(Messages.SegmentCommand_savedTheCriteriaOfSegment, segment, saved));
            return Cli.OK;
        }
    }

    /** {@code segment reuse-criteria} */
    @Command(name = "reuse-criteria", mixinStandardHelpOptions = true, description = "Replay saved criteria on today's data, every step with its options.")
    static final class ReuseCriteria implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.code", description = "The saved criteria's code.")
        String code;

        ReuseCriteria(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            require(env, segment);
            List<StepSummary> steps = segments(env).reuseCriteria(segment, code);
            Output out = new Output(env, json);
            if (out.json()) {
                out.rows(steps.stream().map(Rows::step).toList(), "");
            } else {
                steps.forEach(s -> env.out().println(s.describe()));
            }
            return Cli.OK;
        }
    }

    /** {@code segment reuse-logged} */
    @Command(name = "reuse-logged", mixinStandardHelpOptions = true, description = "Add the contacts of a logged segment.")
    static final class ReuseLogged implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1", paramLabel = "ENTRY", descriptionKey = "param.entry", description = "The logged segment's entry No. (see 'logged').")
        long entry;
        @Option(names = "--ignore-exclusion", description = "Include contacts marked Exclude from Segment or Privacy Blocked.")
        boolean ignoreExclusion;

        ReuseLogged(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            require(env, segment);
            printStep(env, json, segments(env).reuseLoggedSegment(segment, entry, ignoreExclusion));
            return Cli.OK;
        }
    }

    /** {@code segment validate} */
    @Command(name = "validate", mixinStandardHelpOptions = true, description = {
            "Find every problem Log would meet, at once. Exit 1 when there are errors." })
    static final class Validate implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Option(names = "--send", description = "Validate for Log with sending documents (lines need a document and an address).")
        boolean send;
        @Option(names = "--all", description = "List every finding under its group (by default each group shows its count and first lines).")
        boolean all;

        Validate(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            require(env, segment);
            List<org.segmenta.core.interaction.FindingGroup> groups = env.services().get(InteractionService.class)
                    .check(segment, send);
            List<LogProblem> problems = groups.stream().flatMap(g -> g.findings().stream()).toList();
            long errors = problems.stream().filter(p -> p.severity() == LogProblem.Severity.ERROR).count();
            Output out = new Output(env, json);
            if (out.json()) {
                out.result(Output.map("segment", segment, "errors", errors, "warnings", problems.size() - errors,
                        "groups", Rows.groups(groups), "problems", Rows.problems(problems)), "");
            } else {
                List<String> lines = new ArrayList<>(Rows.groupText(groups, all));
                if (!all && groups.stream().anyMatch(g -> g.count() > org.segmenta.core.interaction.FindingGroup.FIRST)) {
                    lines.add(NLS.bind(Messages.Findings_more, Formats.count(problems.size())));
                }
                lines.add(Formats.bind(Messages.SegmentCommand_segmentWarnings, segment,
                        Formats.plural(errors, Messages.SegmentCommand_errorOne, Messages.SegmentCommand_errorOther),
                        Formats.plural(problems.size() - errors, Messages.SegmentCommand_warningOne,
                                Messages.SegmentCommand_warningOther),
                        errors == 0 ? Messages.SegmentCommand_itCanBeLogged : "."));
                lines.forEach(env.out()::println);
            }
            if (errors > 0) {
                env.err().println(NLS.bind(Messages.SegmentCommand_segmentaCliSegmentCannotBe, segment,
                        Formats.plural(errors, Messages.SegmentCommand_errorOne, Messages.SegmentCommand_errorOther)));
                return Cli.FAILED;
            }
            return Cli.OK;
        }
    }

    /** {@code segment template} */
    @Command(name = "template", mixinStandardHelpOptions = true, description = "Choose the segment's interaction template (copies its defaults and documents).")
    static final class Template implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
        String segment;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.code", description = "The interaction template's code.")
        String code;
        @Option(names = "--update-lines", description = "Also give the lines that follow the header (those on its template"
                + " before) the template and its values; each line keeps its own salesperson and description.")
        boolean updateLines;

        Template(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            require(env, segment);
            SegmentHeader h = env.services().get(InteractionService.class).chooseTemplate(segment, code, updateLines);
            new Output(env, json).result(Output.map("segment", segment, "template", h.getInteractionTemplateCode(),
                    "updateLines", updateLines), NLS.bind(Messages.SegmentCommand_segmentNowHasInteractionTemplate, segment, h.getInteractionTemplateCode(), (updateLines ? Messages.SegmentCommand_itsLinesWereUpdated
                                    : Messages.SegmentCommand_newLinesTakeItExisting)));
            return Cli.OK;
        }
    }
}
