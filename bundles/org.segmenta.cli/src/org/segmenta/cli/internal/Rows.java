package org.segmenta.cli.internal;

import java.util.List;
import java.util.Map;

import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.Provenance;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.model.Contact;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentLine;

/** The columns commands print for the model's objects, in one place so that text and JSON agree everywhere. */
final class Rows {

    private Rows() {
    }

    static Map<String, Object> contact(Contact c) {
        return Output.map("no", c.getNo(), "type", c.getType(), "name", c.getName(), "company", c.getCompanyName(),
                "city", c.getCity(), "country", c.getCountryRegionCode(), "language", c.getLanguageCode(), "email",
                c.getEmail());
    }

    static Map<String, Object> line(SegmentLine l, Contact c) {
        return Output.map("line", l.getLineNo(), "contact", l.getContactNo(), "name", c == null ? null : c.getName(),
                "company", c == null ? null : c.getCompanyName(), "language", l.getLanguageCode(), "correspondence",
                l.getCorrespondenceType(), "salesperson", l.getSalespersonCode(), "template",
                l.getInteractionTemplateCode(), "wordTemplate", l.getWordTemplateNo(), "step",
                Provenance.describe(l));
    }

    static Map<String, Object> step(StepSummary s) {
        return Output.map("step", s.stepNo(), "action", s.action(), "kind", s.kind(), "added", s.added(), "removed",
                s.removed(), "skippedAsDuplicate", s.skippedAsDuplicate(), "skippedAsExcluded", s.skippedAsExcluded(),
                "lines", s.linesAfter(), "summary", s.describe());
    }

    static Map<String, Object> count(LiveCount c) {
        return Output.map("matches", c.matches(), "newLines", c.newLines(), "alreadyInSegment", c.alreadyInSegment(),
                "excluded", c.excluded(), "millis", c.millis());
    }

    static Map<String, Object> problem(LogProblem p) {
        return Output.map("severity", p.severity(), "line", p.lineNo(), "contact", p.contactNo(), "field", p.field(),
                "message", p.message());
    }

    static List<Map<String, Object>> problems(List<LogProblem> ps) {
        return ps.stream().map(Rows::problem).toList();
    }

    static Map<String, Object> group(org.segmenta.core.interaction.FindingGroup g) {
        return Output.map("severity", g.severity(), "cause", g.cause(), "detail", g.detail(), "count", g.count(),
                "summary", g.summary(), "lines", g.findings().stream().filter(p -> p.lineNo() != null)
                        .limit(org.segmenta.core.interaction.FindingGroup.FIRST).map(LogProblem::lineNo).toList());
    }

    static List<Map<String, Object>> groups(List<org.segmenta.core.interaction.FindingGroup> gs) {
        return gs.stream().map(Rows::group).toList();
    }

    /**
     * The findings as text, one group a finding with its count and first lines (and every finding with {@code all}).
     *
     * @param groups the groups
     * @param all whether to list every finding of each group under it
     * @return the lines to print
     */
    static List<String> groupText(List<org.segmenta.core.interaction.FindingGroup> groups, boolean all) {
        List<String> out = new java.util.ArrayList<>();
        for (org.segmenta.core.interaction.FindingGroup g : groups) {
            String text = g.summary();
            out.add(org.eclipse.osgi.util.NLS.bind(g.severity() == LogProblem.Severity.ERROR ? Messages.LogCommand_error
                    : Messages.LogCommand_warning, text));
            if (g.count() > 1 && !all) {
                String first = g.firstLines();
                if (!first.isEmpty()) {
                    out.add(org.eclipse.osgi.util.NLS.bind(Messages.Findings_lines, first));
                }
            }
            if (g.count() > 1 && all) {
                g.findings().forEach(p -> out.add("    " + p.message()));
            }
        }
        return out;
    }

    static Map<String, Object> logged(LoggedSegment l) {
        return Output.map("entry", l.getEntryNo(), "segment", l.getSegmentNo(), "description", l.getDescription(),
                "date", l.getCreationDate(), "user", l.getUserId(), "interactions", l.getNoOfInteractions(), "canceled",
                l.isCanceled());
    }

    static Map<String, Object> entry(InteractionLogEntry e) {
        return Output.map("entry", e.getEntryNo(), "contact", e.getContactNo(), "date", e.getDate(), "template",
                e.getInteractionTemplateCode(), "description", e.getDescription(), "correspondence",
                e.getCorrespondenceType(), "language", e.getInteractionLanguageCode(), "salesperson",
                e.getSalespersonCode(), "segment", e.getSegmentNo(), "logged", e.getLoggedSegmentEntryNo(), "document",
                e.getAttachmentNo(), "canceled", e.isCanceled());
    }
}
