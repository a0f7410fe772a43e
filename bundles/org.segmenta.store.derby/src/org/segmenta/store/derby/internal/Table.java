package org.segmenta.store.derby.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * How one model class is stored in one table. The column of an attribute is its name in snake case
 * ({@code countryRegionCode} → {@code country_region_code}) unless renamed ({@code no} is a reserved word).
 * <ul>
 * <li>A <em>root</em> table holds an aggregate: its key is made of attribute columns, and it has a
 * {@code row_version} that every update increments (optimistic locking).</li>
 * <li>A <em>child</em> table holds the objects of a containment list: its key is the key of the containing row
 * (in {@link #parentKeyColumns}) plus {@code seq}, the position in the list.</li>
 * </ul>
 * The SQL texts are built once, from names in this bundle only; values are always bound parameters.
 */
final class Table {

    /** A containment list stored in a child table. */
    record Child(EReference reference, Table table) {
    }

    static final String ROW_VERSION = "row_version";
    static final String SEQ = "seq";

    final String name;
    final EClass eClass;
    /** root: empty; child: the columns holding the containing row's key, in the order of that key */
    final List<String> parentKeyColumns;
    /** root: the key's attribute columns; child: empty (its key is parentKeyColumns + seq) */
    final List<Column> keyColumns;
    /** every stored attribute, the key's included */
    final List<Column> columns;
    final List<Child> children;
    /** attributes computed by a SQL expression when read (alias {@code t} is this table) */
    final Map<EAttribute, String> computed;
    final boolean versioned;
    /**
     * the condition on a row (no alias) that it is shown, or null when every row is: rows that fail it are kept for
     * undo only, and every read, key lookup and update by key leaves them out (segment lines removed by a step)
     */
    final String shown;

    private Table(Builder b) {
        this.name = b.name;
        this.eClass = b.eClass;
        this.parentKeyColumns = List.copyOf(b.parentKeyColumns);
        this.columns = List.copyOf(b.columns);
        this.keyColumns = b.keyAttributes.stream()
                .map(a -> columns.stream().filter(c -> c.attribute.getName().equals(a)).findFirst().orElseThrow())
                .toList();
        this.children = List.copyOf(b.children);
        this.computed = Map.copyOf(b.computed);
        this.versioned = b.versioned && b.parentKeyColumns.isEmpty();
        this.shown = b.shown;
    }

    /** @return " AND alias.shown-condition", or "" when every row is shown */
    String andShown(String alias) {
        if (shown == null) {
            return "";
        }
        return " AND " + (alias == null ? shown : alias + "." + shown);
    }

    boolean isRoot() {
        return parentKeyColumns.isEmpty();
    }

    /** @return the column of an attribute */
    Column column(String attributeName) {
        for (Column c : columns) {
            if (c.attribute.getName().equals(attributeName)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name + " has no column for " + attributeName);
    }

    /** @return "a, b, c" of the attribute columns */
    String columnList(String alias) {
        String p = alias == null ? "" : alias + ".";
        return columns.stream().map(c -> p + c.name).collect(Collectors.joining(", "));
    }

    /**
     * Root: attribute columns, computed expressions, row_version. Child: parent key columns, seq, attribute
     * columns. Read back in this order by {@link Rows}.
     */
    String selectList() {
        StringBuilder b = new StringBuilder();
        if (!isRoot()) {
            for (String k : parentKeyColumns) {
                b.append("t.").append(k).append(", ");
            }
            b.append("t.").append(SEQ).append(", ");
        }
        b.append(columnList("t"));
        for (String expression : computed.values()) {
            b.append(", ").append(expression);
        }
        if (versioned) {
            b.append(", t.").append(ROW_VERSION);
        }
        return b.toString();
    }

    /** @return "SELECT ... FROM name t" */
    String select() {
        return "SELECT " + selectList() + " FROM " + name + " t";
    }

    /** @return the key condition "t.a = ? AND t.b = ?" of a root table */
    String keyCondition() {
        return keyColumns.stream().map(c -> "t." + c.name + " = ?").collect(Collectors.joining(" AND ")) + andShown("t");
    }

    /** @return the order "t.a, t.b" of a root table's key */
    String keyOrder() {
        return keyColumns.stream().map(c -> "t." + c.name).collect(Collectors.joining(", "));
    }

    /** @return INSERT of all columns (child: parent key, seq, attributes); row_version takes its default */
    String insert() {
        List<String> names = new ArrayList<>();
        if (!isRoot()) {
            names.addAll(parentKeyColumns);
            names.add(SEQ);
        }
        columns.forEach(c -> names.add(c.name));
        return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * @param checkVersion add "AND row_version = ?" after the key
     * @return UPDATE of the non-key columns of a root, incrementing row_version, by key
     */
    String update(boolean checkVersion) {
        String sets = nonKeyColumns().stream().map(c -> c.name + " = ?").collect(Collectors.joining(", "));
        String where = keyColumns.stream().map(c -> c.name + " = ?").collect(Collectors.joining(" AND "));
        return "UPDATE " + name + " SET " + sets + ", " + ROW_VERSION + " = " + ROW_VERSION + " + 1 WHERE " + where
                + andShown(null) + (checkVersion ? " AND " + ROW_VERSION + " = ?" : "");
    }

    List<Column> nonKeyColumns() {
        return columns.stream().filter(c -> !keyColumns.contains(c)).toList();
    }

    /** @return every table of this aggregate, this one first, parents before children */
    List<Table> tree() {
        List<Table> result = new ArrayList<>();
        result.add(this);
        for (Child child : children) {
            result.addAll(child.table.tree());
        }
        return result;
    }

    static Builder root(EClass eClass, String name, String... keyAttributes) {
        return new Builder(eClass, name, List.of(), List.of(keyAttributes));
    }

    static Builder child(EClass eClass, String name, String... parentKeyColumns) {
        return new Builder(eClass, name, List.of(parentKeyColumns), List.of());
    }

    /** Turns camelCase into snake_case: countryRegionCode → country_region_code, name2 → name2. */
    static String snake(String attributeName) {
        StringBuilder b = new StringBuilder();
        for (char ch : attributeName.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Declares a table; column sizes come from the database's catalog. */
    static final class Builder {
        private final EClass eClass;
        private final String name;
        private final List<String> parentKeyColumns;
        private final List<String> keyAttributes;
        private final Map<String, String> renames = new LinkedHashMap<>();
        private final Map<EAttribute, String> computed = new LinkedHashMap<>();
        private final List<Child> children = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private boolean versioned = true;
        private String shown;

        private Builder(EClass eClass, String name, List<String> parentKeyColumns, List<String> keyAttributes) {
            this.eClass = eClass;
            this.name = name;
            this.parentKeyColumns = parentKeyColumns;
            this.keyAttributes = keyAttributes;
        }

        Builder rename(String attribute, String column) {
            renames.put(attribute, column);
            return this;
        }

        Builder computed(String attribute, String expression) {
            computed.put((EAttribute) eClass.getEStructuralFeature(attribute), expression);
            return this;
        }

        Builder contains(EReference reference, Table child) {
            children.add(new Child(reference, child));
            return this;
        }

        /** @param condition the condition on one column (no alias) that a row is shown, see {@link Table#shown} */
        Builder shown(String condition) {
            shown = condition;
            return this;
        }

        Builder unversioned() {
            versioned = false;
            return this;
        }

        /**
         * @param lengths the size of a VARCHAR column by "table.column" (lower case); 0 when unknown
         * @return the table
         */
        Table build(ToIntFunction<String> lengths) {
            for (EAttribute a : eClass.getEAllAttributes()) {
                if (computed.containsKey(a)) {
                    continue;
                }
                String column = renames.getOrDefault(a.getName(), snake(a.getName()));
                columns.add(new Column(a, column, lengths.applyAsInt(name + "." + column)));
            }
            return new Table(this);
        }
    }
}
