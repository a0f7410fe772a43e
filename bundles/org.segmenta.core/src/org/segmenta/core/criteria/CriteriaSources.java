package org.segmenta.core.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The criteria sources available now: the built-in ones and those plug-ins register as {@link CriteriaSource}
 * services. An OSGi service.
 */
@ProviderType
public interface CriteriaSources {

    /** @return every source, built-in ones first, in the order a dialog shows them */
    List<CriteriaSource> all();

    /**
     * @param id a source id
     * @return the source, if one with that id is registered
     */
    Optional<CriteriaSource> find(String id);

    /**
     * Checks and parses filters as typed.
     *
     * @param filters the filters, in any order; blank expressions are ignored
     * @param today the day {@code today} stands for in date filters
     * @return the resolved filters, in the given order
     * @throws IllegalArgumentException when a source or field is unknown (the message names it and lists the
     *             known ones)
     * @throws FilterSyntaxException when an expression is not valid for its field; the message names the field
     */
    List<ResolvedFilter> resolve(List<FieldFilter> filters, LocalDate today);
}
