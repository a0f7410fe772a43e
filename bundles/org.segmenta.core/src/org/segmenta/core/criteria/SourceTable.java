package org.segmenta.core.criteria;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a plug-in's criteria source keeps its records: a table the plug-in created with its own migrations
 * ({@link org.segmenta.core.store.StoreExtension}), the column that names the contact, and the column of each field.
 * Names are SQL identifiers (letters, digits and underscores, starting with a letter), checked here; they come from
 * the plug-in's code, never from users.
 *
 * @param name the table, for example {@code loyalty_member}
 * @param contactColumn the column holding the contact No. (for {@link ContactLink#CONTACT}) or the company's
 *            contact No. (for {@link ContactLink#COMPANY}), for example {@code contact_no}
 * @param columns field id ({@link CriteriaField#id()}) → column, for every field of the source; the column's SQL type
 *            must suit the field's {@link FieldType} (VARCHAR for TEXT, CODE and OPTION; INTEGER or BIGINT for
 *            INTEGER; DECIMAL for DECIMAL; DATE; BOOLEAN)
 */
public record SourceTable(String name, String contactColumn, Map<String, String> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}");

    /** Checks every name and copies the map. */
    public SourceTable {
        check(name, "table");
        check(contactColumn, "contact column");
        columns = Map.copyOf(columns);
        columns.values().forEach(c -> check(c, "column"));
    }

    private static void check(String identifier, String what) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("The " + what + " name '" + identifier + "' of a criteria source table"
                    + " is not an SQL identifier (letters, digits and _, starting with a letter).");
        }
    }

    /**
     * @param fieldId a field id
     * @return its column
     * @throws IllegalArgumentException when the table names no column for it
     */
    public String column(String fieldId) {
        String c = columns.get(fieldId);
        if (c == null) {
            throw new IllegalArgumentException("The criteria source table " + name + " has no column for field '"
                    + fieldId + "'.");
        }
        return c;
    }
}
