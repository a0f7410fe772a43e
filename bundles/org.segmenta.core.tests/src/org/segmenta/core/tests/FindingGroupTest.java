package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.core.interaction.LogProblem.Severity;

/**
 * The pre-Log check's findings grouped by cause (the trial's flood: 19,940 findings, one per line, no summary): one
 * group per severity, cause and detail, with its count and first lines, errors first.
 */
class FindingGroupTest {

    private static LogProblem noEmail(int line) {
        return new LogProblem(Severity.WARNING, line, String.format("CT%05d", line), "Correspondence Type",
                "Line " + line + ": contact CT" + line + " has no e-mail address; Log records ...", Cause.NO_ADDRESS,
                "e-mail address");
    }

    @Test
    void nineteenThousandLinesWithoutAnEmailAddressAreOneGroupWithItsCountAndFirstLines() {
        List<LogProblem> all = new ArrayList<>();
        all.add(new LogProblem(Severity.ERROR, null, null, "Description", "Segment SEG1 has no description; enter one.",
                Cause.NO_DESCRIPTION, null));
        for (int line = 1; line <= 19_940; line++) {
            all.add(noEmail(line));
            if (line % 5_000 == 0) {
                all.add(new LogProblem(Severity.ERROR, line, "CT" + line, "Salesperson Code", "Line " + line
                        + ": salesperson XX is blocked", Cause.SALESPERSON_BLOCKED, "XX"));
                all.add(new LogProblem(Severity.ERROR, line, "CT" + line, "Salesperson Code", "Line " + line
                        + ": salesperson YY is blocked", Cause.SALESPERSON_BLOCKED, "YY"));
            }
        }
        List<FindingGroup> groups = FindingGroup.of(all);

        assertEquals(List.of(Cause.NO_DESCRIPTION, Cause.SALESPERSON_BLOCKED, Cause.SALESPERSON_BLOCKED, Cause.NO_ADDRESS),
                groups.stream().map(FindingGroup::cause).toList(), "errors first, then in the order found");
        assertEquals(List.of("XX", "YY"), List.of(groups.get(1).detail(), groups.get(2).detail()),
                "two blocked salespeople are two groups");
        assertEquals(3, groups.get(1).count());
        assertEquals("3 lines have salesperson XX, who is blocked; choose another.", groups.get(1).summary());
        assertEquals("Segment SEG1 has no description; enter one.", groups.get(0).summary(), "alone: its own message");
        assertEquals("", groups.get(0).firstLines(), "a header finding names no line");

        FindingGroup email = groups.get(3);
        assertEquals(19_940, email.count());
        assertEquals(Severity.WARNING, email.severity());
        assertEquals("19,940 lines: the contact has no e-mail address; Log records these interactions with a blank "
                + "correspondence type.", email.summary());
        assertEquals("1 (CT00001), 2 (CT00002), 3 (CT00003), 4 (CT00004), 5 (CT00005) and 19,935 more", email.firstLines());
        assertEquals(19_940, email.findings().get(19_939).lineNo(), "every finding stays in its group");
        assertEquals(7, FindingGroup.count(groups, Severity.ERROR));
        assertEquals(19_940, FindingGroup.count(groups, Severity.WARNING));
    }

    @Test
    void findingsWithoutACauseAreGroupedByTheirSeverityAndKeepTheirMessages() {
        List<FindingGroup> groups = FindingGroup.of(List.of(
                new LogProblem(Severity.WARNING, 3, "CT3", null, "Line 3: a plug-in's warning"),
                new LogProblem(Severity.WARNING, 4, "CT4", null, "Line 4: a plug-in's warning")));
        assertEquals(1, groups.size());
        assertEquals(Cause.OTHER, groups.get(0).cause());
        assertEquals("Line 3: a plug-in's warning (and 1 more like it)", groups.get(0).summary());
        assertEquals(List.of(), FindingGroup.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FindingGroup(Severity.ERROR, Cause.OTHER, null, List.of()));
    }
}
