package org.segmenta.store.derby;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC work in one unit of work of a {@link LocalStore}: see {@link LocalStore#jdbc(JdbcWork)}.
 *
 * @param <R> what the work returns
 */
@FunctionalInterface
public interface JdbcWork<R> {

    /**
     * Does the work.
     *
     * @param connection the unit's connection, in its transaction; valid only until this method returns
     * @return the result {@link LocalStore#jdbc(JdbcWork)} hands back
     * @throws SQLException anything the database says; the unit is rolled back
     */
    R run(Connection connection) throws SQLException;
}
