package org.segmenta.core.segment;

import java.util.List;

import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.model.CriteriaAction;

/**
 * A criteria step to count or to apply: Add, Reduce or Refine contacts matching filters.
 *
 * @param action Add (union), Reduce (difference) or Refine (intersection)
 * @param options the step's options
 * @param filters the filters as typed, per source and field; none means every contact matches
 */
public record StepRequest(CriteriaAction action, StepOptions options, List<FieldFilter> filters) {

    /**
     * @param action the action
     * @param filters the filters
     * @return a step with default options
     */
    public static StepRequest of(CriteriaAction action, FieldFilter... filters) {
        return new StepRequest(action, StepOptions.DEFAULTS, List.of(filters));
    }
}
