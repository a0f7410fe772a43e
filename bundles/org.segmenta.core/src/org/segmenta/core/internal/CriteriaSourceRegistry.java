package org.segmenta.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.FilterParser;
import org.segmenta.core.criteria.FilterSyntaxException;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.format.Formats;

/** The built-in criteria sources plus every {@link CriteriaSource} service plug-ins register. */
@Component(service = CriteriaSources.class)
public final class CriteriaSourceRegistry implements CriteriaSources {

    private final List<CriteriaSource> builtIn = BuiltInCriteriaSources.all();
    private final List<CriteriaSource> contributed = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(CriteriaSource source) {
        contributed.add(source);
    }

    void removeSource(CriteriaSource source) {
        contributed.remove(source);
    }

    /**
     * For a service graph built without DS ({@link org.segmenta.core.LocalServices}).
     *
     * @param sources the sources plug-ins would register
     * @return a registry of the built-in sources and these
     */
    public static CriteriaSourceRegistry of(List<CriteriaSource> sources) {
        CriteriaSourceRegistry registry = new CriteriaSourceRegistry();
        sources.forEach(registry::addSource);
        return registry;
    }

    @Override
    public List<CriteriaSource> all() {
        List<CriteriaSource> all = new ArrayList<>(builtIn);
        for (CriteriaSource s : contributed) {
            if (all.stream().noneMatch(b -> b.id().equals(s.id()))) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public Optional<CriteriaSource> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public List<ResolvedFilter> resolve(List<FieldFilter> filters, LocalDate today) {
        List<ResolvedFilter> resolved = new ArrayList<>();
        for (FieldFilter f : filters) {
            if (f.expression() == null || f.expression().isBlank()) {
                continue;
            }
            CriteriaSource source = find(f.source()).orElseThrow(() -> new IllegalArgumentException(
                    Formats.bind(Messages.CriteriaSourceRegistry_unknownCriteriaSource,
                            f.source(), all().stream().map(CriteriaSource::id).collect(Collectors.joining(", ")))));
            CriteriaField field = source.field(f.field()).orElseThrow(() -> new IllegalArgumentException(
                    Formats.bind(Messages.CriteriaSourceRegistry_theCriteriaSource,
                            source.id(), f.field(), source.fields().stream().map(CriteriaField::id).collect(Collectors.joining(", ")))));
            try {
                resolved.add(new ResolvedFilter(source, field,
                        FilterParser.parse(f.expression(), field.type(), field.options(), today), f.expression()));
            } catch (FilterSyntaxException e) {
                throw new FilterSyntaxException(e.expression(), e.position(),
                        e.expected() + " (" + source.label() + " › " + field.label() + ")");
            }
        }
        return List.copyOf(resolved);
    }
}
