package org.segmenta.store.derby;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.event.EventAdmin;
import org.segmenta.core.store.Store;

/**
 * A Segmenta store on Apache Derby opened without DS, by {@link DerbyStores}: for the tests, the {@code bench}
 * command and tools, each on a database of its own. In the product, the store is the {@link Store} OSGi service
 * instead. Whoever opens it closes it.
 */
@ProviderType
public interface LocalStore extends Store, AutoCloseable {

    /**
     * Posts each committed change on the framework's Event Admin (topics of {@code SegmentaEvents}), as the DS store
     * does, so that the window's parts hear about it.
     *
     * @param events the Event Admin, or {@code null} to stop posting
     */
    void postTo(EventAdmin events);

    /**
     * Runs plain JDBC in one write unit of work of this store, with the same transaction handling as
     * {@link #write}: committed when {@code work} returns, rolled back when it throws. For the {@code bench}
     * command's yardstick, which measures each service call against the same effect written by hand in SQL on the
     * same database; plug-ins keep their own tables through a store extension instead.
     *
     * @param <R> what the work returns
     * @param work the work; the connection is valid only until it returns (do not close it, nor commit)
     * @return what the work returned
     * @throws org.segmenta.core.store.StoreException when the work throws a checked exception (its cause)
     */
    <R> R jdbc(JdbcWork<R> work);

    /**
     * Makes an empty copy of the store's tables and indexes in another schema of the same database (every
     * migration's statements run there): for the {@code bench} command, which inserts the same contacts with plain
     * JDBC into the copy and through the store into the real tables.
     *
     * @param schema the new schema's name, for example {@code BENCH_PLAIN} (an SQL identifier)
     */
    void createSchemaCopy(String schema);

    /**
     * The secondary indexes the store's migrations leave on some of its tables, as their {@code CREATE INDEX}
     * statements: for a bulk load that drops them, inserts with plain JDBC ({@link #jdbc}) and creates them again
     * (the {@code bench} command's seeding of a million contacts).
     *
     * @param tables table names in lower case, for example {@code contact}
     * @return index name → its {@code CREATE INDEX} statement, in the order the migrations made them
     */
    Map<String, String> indexesOn(Set<String> tables);

    /**
     * What the embedded store's in-memory contact index (which answers the live count of an Add) has done since the
     * store opened: {@code built} snapshots, {@code answered} counts, {@code undeclaredWrites} write statements that
     * did not say what they write (each dropped the index; none expected), and the like; empty when there is no index (a
     * network store, or the index switched off with {@code -Dsegmenta.contactIndex=false}). For the {@code bench}
     * command's figures and the tests.
     *
     * @return counter name → value
     */
    Map<String, Long> contactIndexStatistics();

    /** Closes the pooled connections and, for an embedded database, shuts it down (its lock is released). */
    @Override
    void close();
}
