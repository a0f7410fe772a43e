package org.segmenta.core.interaction;

import org.segmenta.core.format.Formats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.core.interaction.LogProblem.Severity;
import org.segmenta.core.internal.FindingMessages;

/**
 * The pre-Log check's findings of one cause, shown as one finding with a count (19,940 lines without an e-mail address
 * are one group, not 19,940 rows): what the window's Check before Log and the command line's {@code segment validate}
 * show, each group expandable to all its findings.
 *
 * @param severity the findings' severity (errors and warnings of one cause are two groups)
 * @param cause why
 * @param detail what tells groups of one cause apart (a document's file name, a salesperson code), or null
 * @param findings every finding of the group, in line order (at least one)
 */
public record FindingGroup(Severity severity, Cause cause, String detail, List<LogProblem> findings) {

    /** How many lines {@link #firstLines()} names. */
    public static final int FIRST = 5;

    /** @throws IllegalArgumentException when findings is empty */
    public FindingGroup {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cause, "cause");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("A finding group has at least one finding.");
        }
    }

    /** @return how many findings the group has */
    public int count() {
        return findings.size();
    }

    /**
     * @return the group in one sentence: the finding's own message when it is alone (or the cause is not one with a
     *         summary), else the cause's summary with the count, for example "19,940 lines: the contact has no e-mail
     *         address; Log records the interaction with a blank correspondence type."
     */
    public String summary() {
        if (findings.size() == 1 || cause == Cause.OTHER) {
            return findings.size() == 1 ? findings.get(0).message()
                    : NLS.bind(FindingMessages.FindingGroup_moreLikeIt, findings.get(0).message(),
                            Formats.count(findings.size() - 1));
        }
        return cause.summary(findings.size(), detail);
    }

    /**
     * @return the first {@value #FIRST} lines as "line (contact)", comma-separated, with "and N more" when there are
     *         more; empty for findings on the header
     */
    public String firstLines() {
        List<LogProblem> onLines = findings.stream().filter(p -> p.lineNo() != null).toList();
        if (onLines.isEmpty()) {
            return "";
        }
        String first = onLines.stream().limit(FIRST)
                .map(p -> p.contactNo() == null ? String.valueOf(p.lineNo()) : p.lineNo() + " (" + p.contactNo() + ")")
                .collect(Collectors.joining(", "));
        int more = onLines.size() - FIRST;
        return more > 0 ? NLS.bind(FindingMessages.FindingGroup_andMore, first, Formats.count(more)) : first;
    }

    /**
     * Groups findings by severity, cause and detail: errors before warnings, then in the order of each group's first
     * finding (header findings first, then by line, as the validation gives them).
     *
     * @param problems the findings
     * @return the groups; empty when there are no findings
     */
    public static List<FindingGroup> of(List<LogProblem> problems) {
        Map<List<Object>, List<LogProblem>> byKey = new LinkedHashMap<>();
        for (LogProblem p : problems) {
            byKey.computeIfAbsent(java.util.Arrays.asList(p.severity(), p.cause(), p.detail()), k -> new ArrayList<>())
                    .add(p);
        }
        List<FindingGroup> groups = new ArrayList<>();
        for (Severity s : Severity.values()) {
            byKey.forEach((k, list) -> {
                if (k.get(0) == s) {
                    groups.add(new FindingGroup(s, (Cause) k.get(1), (String) k.get(2), list));
                }
            });
        }
        return groups;
    }

    /**
     * @param groups groups
     * @param severity the severity
     * @return how many findings of that severity they hold
     */
    public static long count(List<FindingGroup> groups, Severity severity) {
        return groups.stream().filter(g -> g.severity() == severity).mapToLong(FindingGroup::count).sum();
    }
}
