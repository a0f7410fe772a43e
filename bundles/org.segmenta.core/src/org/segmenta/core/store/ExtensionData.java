package org.segmenta.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A plug-in's own tables inside one unit of work: plain, parameterised SQL on the tables its {@link StoreExtension}
 * created, run on the unit's connection and so in its transaction (a write commits or rolls back together with
 * everything else the unit did). Get it with {@link StoreSession#extension(String)}.
 * <p>
 * Parameters are bound in order: {@code String}, {@code Integer}/{@code Long}, {@code BigDecimal},
 * {@code Boolean}, {@link java.time.LocalDate}, {@link java.time.Instant} and {@code null}. Touch only your own
 * tables for writing; Segmenta's tables may be read (for example {@code contact.contact_no} in a join), never
 * written, since their rules live in Segmenta's services. Valid only while the unit of work runs; not thread-safe.
 */
@ProviderType
public interface ExtensionData {

    /** Reads one row of a result; the cursor is already on the row. @param <T> the row's type */
    @FunctionalInterface
    interface RowReader<T> {
        /**
         * @param row the result, on the current row (do not move it)
         * @return the row as an object
         * @throws SQLException when a column cannot be read
         */
        T read(ResultSet row) throws SQLException;
    }

    /** @return the extension's id, as given to {@link StoreSession#extension(String)} */
    String id();

    /** @return the version the extension's tables have in this database (its newest applied migration) */
    int schemaVersion();

    /**
     * Runs an INSERT, UPDATE, DELETE or MERGE statement.
     *
     * @param sql the statement with {@code ?} for each parameter
     * @param params the parameters, in order
     * @return how many rows changed
     * @throws IllegalStateException in a read unit of work (use {@link Store#write})
     * @throws StoreException when the statement fails (the message has the database's reason and the statement)
     */
    int update(String sql, Object... params);

    /**
     * Runs a query.
     *
     * @param <T> the row type
     * @param sql the query with {@code ?} for each parameter
     * @param reader turns each row into an object
     * @param params the parameters, in order
     * @return the rows, in the query's order
     * @throws StoreException when the query fails
     */
    <T> List<T> query(String sql, RowReader<T> reader, Object... params);

    /**
     * Runs a query expected to give at most one row.
     *
     * @param <T> the row type
     * @param sql the query
     * @param reader turns the row into an object
     * @param params the parameters, in order
     * @return the row, or empty
     * @throws StoreException when the query fails or gives more than one row
     */
    default <T> Optional<T> queryOne(String sql, RowReader<T> reader, Object... params) {
        List<T> rows = query(sql, reader, params);
        if (rows.size() > 1) {
            throw new StoreException("Expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }
}
