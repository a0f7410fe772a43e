package org.segmenta.store.derby.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.segmenta.core.criteria.ContactLink;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.FieldType;
import org.segmenta.core.criteria.Filter;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.criteria.SourceTable;
import org.segmenta.core.format.Formats;

/**
 * Turns resolved criteria into an SQL condition on a contact row with bound parameters: the contact source's
 * filters on the row itself, and one EXISTS per other source (on the contact, or on its company). Every value is a
 * parameter; column and table names come from the store's own mapping, never from the user.
 */
final class CriteriaSql {

    /** One bound value: the column it is compared with decides its SQL type. */
    interface Param {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    /** An SQL fragment and the parameters it binds, in order. */
    static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Param> params = new ArrayList<>();

        Sql append(String s) {
            text.append(s);
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }

        Sql param(Param p) {
            text.append('?');
            params.add(p);
            return this;
        }

        /** Binds every parameter from {@code start}; returns the next free index. */
        int bind(PreparedStatement ps, int start) throws SQLException {
            int i = start;
            for (Param p : params) {
                p.bind(ps, i++);
            }
            return i;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Derby's optimizer override that makes a table of a subquery be read by index probes for each row of the
     * outer query (nested loop), never by a hash table: a hash table built inside a correlated subquery is built
     * again for every outer row. Ends with the line break the override needs.
     */
    static final String NESTED_LOOP = " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";

    /**
     * {@link #NESTED_LOOP} for the probe "is this contact on a shown line of this segment" ({@code segment_no},
     * {@code contact_no} and {@code removed_step} equal): the index on {@code (segment_no, contact_no)}, named, because
     * with the segment's shown-lines index beside it Derby's optimizer at times chose that one and read the whole
     * segment for every probe (a Log of 10,000 lines ran for minutes). {@code removed_step} is read from the lines the
     * index finds (migration 17: the index no longer holds it, so that marking a line changes one index, not two).
     */
    static final String MEMBER_PROBE = " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index="
            + hintName("segment_line_by_contact") + "\n";

    /**
     * Derby's optimizer override that makes the table before it be read through the named index. Ends with the line
     * break the override needs.
     *
     * @param index the index's name as the migrations create it (any case)
     * @return the override, the name in upper case ({@link #hintName})
     */
    static String indexHint(String index) {
        return " --DERBY-PROPERTIES index=" + hintName(index) + "\n";
    }

    /**
     * An index's or constraint's name as an optimizer override must give it: in upper case by {@link Locale#ROOT}.
     * Derby upper-cases an unquoted override value with the JVM's default locale ({@code String.toUpperCase()}), so
     * under a Turkish locale {@code segment_line_by_contact} named an index {@code SEGMENT_LİNE_BY_CONTACT} (dotted
     * capital I) that does not exist and the statement failed (42X65); a name in upper case already stays as it is
     * in every locale.
     *
     * @param name the name as the migrations create it (any case)
     * @return the name as Derby stores it
     */
    static String hintName(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private final Tables tables;

    CriteriaSql(Tables tables) {
        this.tables = tables;
    }

    /**
     * @param filters the filters of a step
     * @param alias the alias of the contact row, for example {@code c}
     * @return the condition "this contact matches": TRUE when there are no filters
     */
    Sql matches(List<ResolvedFilter> filters, String alias) {
        Map<String, List<ResolvedFilter>> bySource = new LinkedHashMap<>();
        for (ResolvedFilter f : filters) {
            bySource.computeIfAbsent(f.source().id(), k -> new ArrayList<>()).add(f);
        }
        Sql sql = new Sql().append("(1 = 1");
        int n = 0;
        for (List<ResolvedFilter> group : bySource.values()) {
            CriteriaSource source = group.get(0).source();
            if (source.link() == ContactLink.SELF) {
                for (ResolvedFilter f : group) {
                    sql.append(" AND ").append(condition(f, column(tables.contact, f, alias)));
                }
                continue;
            }
            String r = "r" + (++n);
            String contactSide = source.link() == ContactLink.COMPANY ? alias + ".company_no" : alias + ".contact_no";
            if (source.table().isPresent()) {
                // a plug-in's own table (StoreExtension): its names were checked as SQL identifiers by SourceTable
                SourceTable own = source.table().get();
                sql.append(" AND EXISTS (SELECT 1 FROM ").append(own.name()).append(" ").append(r).append(NESTED_LOOP)
                        .append(" WHERE ").append(r).append(".").append(own.contactColumn()).append(" = ").append(contactSide);
                for (ResolvedFilter f : group) {
                    sql.append(" AND ").append(condition(f, new Target(r + "." + own.column(f.field().id()), null,
                            f.field().type())));
                }
                sql.append(")");
                continue;
            }
            Table table = tableOf(source);
            String linkColumn = linkColumn(table, source);
            // probed by its contact (or company) No. for each contact: a hash join here is rebuilt each time the
            // condition is evaluated inside a step's per-line subquery (Refine of 40,000 lines ran for minutes)
            sql.append(" AND EXISTS (SELECT 1 FROM ").append(table.name).append(" ").append(r).append(NESTED_LOOP).append(" WHERE ")
                    .append(r).append(".").append(linkColumn).append(" = ").append(contactSide);
            for (ResolvedFilter f : group) {
                sql.append(" AND ").append(condition(f, column(table, f, r)));
            }
            sql.append(")");
        }
        return sql.append(")");
    }

    private Table tableOf(CriteriaSource source) {
        EClass c = source.recordClass();
        if (c == null) {
            throw new IllegalArgumentException(Formats.bind(Messages.CriteriaSql_theCriteriaSource2, source.id()));
        }
        List<Table> all = new ArrayList<>(tables.contact.tree());
        all.add(tables.interactionLogEntry);
        all.add(tables.loggedSegment);
        all.add(tables.campaign);
        for (Table t : all) {
            if (t.eClass == c) {
                return t;
            }
        }
        throw new IllegalArgumentException(Formats.bind(Messages.CriteriaSql_theStoreCannotQuery,
                source.id(), c.getName()));
    }

    private String linkColumn(Table table, CriteriaSource source) {
        if (table == tables.contact) {
            return "contact_no";
        }
        if (!table.isRoot() && table.parentKeyColumns.size() == 1 && tables.contact.tree().contains(table)) {
            return table.parentKeyColumns.get(0);
        }
        try {
            return table.column("contactNo").name;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.CriteriaSql_theCriteriaSource,
                    source.id(), table.name), e);
        }
    }

    private static Target column(Table table, ResolvedFilter f, String alias) {
        Column c = table.column(f.field().attribute().getName());
        return new Target(alias + "." + c.name, c, f.field().type());
    }

    /**
     * A column in a query, with its mapping; {@code column} is null for a column of a plug-in's table, which is then
     * bound by the field's type.
     */
    record Target(String sql, Column column, FieldType type) {
    }

    private Sql condition(ResolvedFilter f, Target t) {
        return condition(f.filter(), t);
    }

    private Sql condition(Filter filter, Target t) {
        Sql sql = new Sql();
        switch (filter) {
        case Filter.Or or when equalities(or) -> {
            // A|B|C as one IN list: the same rows as the ORs, but Derby then probes indexes and joins the EXISTS of
            // other sources by nested loops; with the ORs it chose hash joins rebuilt for every line of a Reduce
            // or Refine (quadratic)
            boolean ignoreCase = ((Filter.Compare) or.terms().get(0)).ignoreCase();
            sql.append(ignoreCase && isText(t) ? "UPPER(" + t.sql() + ")" : t.sql()).append(" IN (");
            for (int i = 0; i < or.terms().size(); i++) {
                Object v = ((Filter.Compare) or.terms().get(i)).value();
                sql.append(i == 0 ? "" : ", ").param(value(t, upper(v, ignoreCase)));
            }
            sql.append(")");
        }
        case Filter.Or or -> {
            sql.append("(");
            for (int i = 0; i < or.terms().size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append(condition(or.terms().get(i), t));
            }
            sql.append(")");
        }
        case Filter.And and -> {
            sql.append("(");
            for (int i = 0; i < and.terms().size(); i++) {
                sql.append(i == 0 ? "" : " AND ").append(condition(and.terms().get(i), t));
            }
            sql.append(")");
        }
        case Filter.Compare c -> {
            String col = c.ignoreCase() && isText(t) ? "UPPER(" + t.sql() + ")" : t.sql();
            String op = switch (c.op()) {
            case EQ -> " = ";
            case NE -> " <> ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
            };
            Object v = c.ignoreCase() && c.value() instanceof String s ? s.toUpperCase(Locale.ROOT) : c.value();
            if (c.op() == Filter.Op.NE) {
                sql.append("(").append(t.sql()).append(" IS NULL OR ").append(col).append(op).param(value(t, v))
                        .append(")");
            } else {
                sql.append(col).append(op).param(value(t, v));
            }
        }
        case Filter.Range r -> {
            String col = r.ignoreCase() && isText(t) ? "UPPER(" + t.sql() + ")" : t.sql();
            sql.append("(");
            boolean first = true;
            if (r.from() != null) {
                sql.append(col).append(" >= ").param(value(t, upper(r.from(), r.ignoreCase())));
                first = false;
            }
            if (r.to() != null) {
                sql.append(first ? "" : " AND ").append(col).append(" <= ").param(value(t, upper(r.to(), r.ignoreCase())));
            }
            sql.append(")");
        }
        case Filter.Like l -> {
            String pattern = l.ignoreCase() ? l.pattern().toUpperCase(Locale.ROOT) : l.pattern();
            boolean matchesEmpty = pattern.chars().allMatch(ch -> ch == '*');
            String col = matchesEmpty || l.negated() ? "COALESCE(" + t.sql() + ", '')" : t.sql();
            if (l.ignoreCase()) {
                col = "UPPER(" + col + ")";
            }
            String like = toLike(pattern);
            sql.append(l.negated() ? "NOT (" : "(").append(col).append(" LIKE ")
                    .param((ps, i) -> ps.setString(i, like)).append(" ESCAPE '\\')");
        }
        case Filter.Empty e -> {
            String empty = isText(t) ? "(" + t.sql() + " IS NULL OR " + t.sql() + " = '')" : t.sql() + " IS NULL";
            sql.append(e.negated() ? "NOT " + empty : empty);
        }
        }
        return sql;
    }

    /** @return whether every term of {@code or} is an equality with the same case rule (then it is an IN list) */
    private static boolean equalities(Filter.Or or) {
        if (or.terms().size() < 2 || !(or.terms().get(0) instanceof Filter.Compare first)) {
            return false;
        }
        return or.terms().stream().allMatch(f -> f instanceof Filter.Compare c && c.op() == Filter.Op.EQ
                && c.ignoreCase() == first.ignoreCase());
    }

    private static Object upper(Object v, boolean ignoreCase) {
        return ignoreCase && v instanceof String s ? s.toUpperCase(Locale.ROOT) : v;
    }

    private static boolean isText(Target t) {
        if (t.column() == null) {
            return t.type().isTextual() || t.type() == FieldType.OPTION;
        }
        return t.column().kind == Column.Kind.STRING;
    }

    /** Translates {@code *} and {@code ?} into SQL's {@code %} and {@code _}, escaping the SQL wildcards. */
    static String toLike(String pattern) {
        StringBuilder b = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            switch (ch) {
            case '*' -> b.append('%');
            case '?' -> b.append('_');
            case '%', '_', '\\' -> b.append('\\').append(ch);
            default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** A filter value in the column's Java type, bound by the column's own conversion. */
    private static Param value(Target t, Object v) {
        Column c = t.column();
        if (c == null) {
            return pluginValue(t.type(), v);
        }
        Object converted = converted(c, v);
        return (ps, i) -> c.bindValue(ps, i, converted);
    }

    /** @return a filter value in the Java type of column {@code c}, as it is bound (enums as their literal) */
    static Object converted(Column c, Object v) {
        return switch (c.kind) {
        case INT -> ((Number) v).intValue();
        case LONG, LONG_OBJECT -> ((Number) v).longValue();
        case DECIMAL -> v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        case DATE -> (LocalDate) v;
        case ENUM -> literal(c, v.toString());
        default -> v;
        };
    }

    /** A filter value for a column of a plug-in's table, bound by the field's type. */
    private static Param pluginValue(FieldType type, Object v) {
        return switch (type) {
        case INTEGER -> (ps, i) -> ps.setLong(i, ((Number) v).longValue());
        case DECIMAL -> (ps, i) -> ps.setBigDecimal(i, v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
        case DATE -> (ps, i) -> ps.setDate(i, java.sql.Date.valueOf((LocalDate) v));
        case BOOLEAN -> (ps, i) -> ps.setBoolean(i, (Boolean) v);
        default -> (ps, i) -> ps.setString(i, v.toString());
        };
    }

    private static Object literal(Column c, String literal) {
        EEnum e = (EEnum) c.attribute.getEAttributeType();
        for (EEnumLiteral l : e.getELiterals()) {
            if (l.getLiteral().equalsIgnoreCase(literal) || l.getName().equalsIgnoreCase(literal)) {
                return l.getInstance();
            }
        }
        throw new IllegalArgumentException(literal + " is not a value of " + e.getName());
    }
}
