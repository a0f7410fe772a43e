package org.segmenta.core.interaction;

import java.util.List;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;

/** Log refused to run: the pre-Log validation found errors. Nothing was written. */
public final class LogRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<LogProblem> problems;

    /**
     * @param segmentNo the segment
     * @param problems every finding (errors and warnings)
     */
    public LogRefusedException(String segmentNo, List<LogProblem> problems) {
        super(message(segmentNo, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String segmentNo, List<LogProblem> problems) {
        List<LogProblem> errors = problems.stream().filter(p -> p.severity() == LogProblem.Severity.ERROR).toList();
        String count = Formats.bind(errors.size() == 1 ? Messages.LogRefusedException_cannotBeLoggedError
                : Messages.LogRefusedException_cannotBeLoggedErrors, segmentNo, Formats.count(errors.size()));
        return errors.isEmpty() ? count
                : Formats.bind(Messages.LogRefusedException_theFirst, count, errors.get(0).message());
    }

    /** @return every finding of the validation */
    public List<LogProblem> problems() {
        return problems;
    }
}
