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

    /**
     * An unknown source's error: the nearest source (with the nearest of its fields when the typed field is not one
     * of them) when one is near, else every source.
     */
    private String unknownSource(String typedSource, String typedField) {
        List<String> near = new ArrayList<>();
        for (CriteriaSource s : EditDistance.nearest(typedSource, all(), s -> List.of(s.id(), s.label()))) {
            if (s.field(typedField).isPresent()) {
                near.add(s.id() + "." + typedField);
            } else {
                List<CriteriaField> fields = nearFields(s, typedField);
                if (fields.isEmpty()) {
                    near.add(s.id());
                }
                fields.forEach(x -> near.add(s.id() + "." + x.id()));
            }
        }
        return near.isEmpty()
                ? Formats.bind(Messages.CriteriaSourceRegistry_unknownCriteriaSource, typedSource,
                        all().stream().map(CriteriaSource::id).collect(Collectors.joining(", ")))
                : Formats.bind(Messages.CriteriaSourceRegistry_unknownSourceDidYouMean, typedSource, either(near));
    }

    /** An unknown field's error: the nearest field(s) when one is near, else every field of the source. */
    private static String unknownField(CriteriaSource source, String typedField) {
        List<CriteriaField> near = nearFields(source, typedField);
        return near.isEmpty()
                ? Formats.bind(Messages.CriteriaSourceRegistry_theCriteriaSource, source.id(), typedField,
                        source.fields().stream().map(CriteriaField::id).collect(Collectors.joining(", ")))
                : Formats.bind(Messages.CriteriaSourceRegistry_noFieldDidYouMean, source.id(), typedField,
                        either(near.stream().map(x -> source.id() + "." + x.id()).toList()));
    }

    private static List<CriteriaField> nearFields(CriteriaSource source, String typedField) {
        return EditDistance.nearest(typedField, source.fields(), x -> List.of(x.id(), x.label()));
    }

    /** @return "a", "a or b", "a, b or c" (at most three) */
    private static String either(List<String> names) {
        List<String> shown = names.size() > 3 ? names.subList(0, 3) : names;
        return shown.size() == 1 ? shown.get(0)
                : Formats.bind(Messages.CriteriaSourceRegistry_or,
                        String.join(", ", shown.subList(0, shown.size() - 1)), shown.get(shown.size() - 1));
    }

    @Override
    public List<ResolvedFilter> resolve(List<FieldFilter> filters, LocalDate today) {
        List<ResolvedFilter> resolved = new ArrayList<>();
        for (FieldFilter f : filters) {
            if (f.expression() == null || f.expression().isBlank()) {
                continue;
            }
            CriteriaSource source = find(f.source()).orElseThrow(() -> new IllegalArgumentException(
                    unknownSource(f.source(), f.field())));
            CriteriaField field = source.field(f.field()).orElseThrow(() -> new IllegalArgumentException(
                    unknownField(source, f.field())));
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
