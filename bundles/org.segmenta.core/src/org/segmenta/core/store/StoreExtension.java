package org.segmenta.core.store;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Lets a plug-in own tables in Segmenta's database, with its own versioned migrations. A plug-in registers one
 * service of this type (a DS component, {@code @Component(service = StoreExtension.class)}); the store applies the
 * migrations it has not applied yet, in order, when it opens the database or when the service appears, and records
 * each applied one under the plug-in's {@link #id()} (table {@code segmenta_extension_schema}: one row per
 * extension id and version). A plug-in's versions count 1, 2, 3, ... independently of Segmenta's own schema version.
 * <p>
 * <b>Rules</b> (as for Segmenta's own migrations): a released migration is never edited; a change is a new migration
 * at the end. Statements are portable SQL (the store is Apache Derby today; keep to {@code CREATE TABLE},
 * {@code ALTER TABLE}, {@code CREATE INDEX}, {@code INSERT}/{@code UPDATE}). Name every table and index with a
 * prefix of your own (for example {@code loyalty_}) so that no two plug-ins and no later Segmenta table collide. A
 * table that references a contact should say {@code FOREIGN KEY (contact_no) REFERENCES contact (contact_no)
 * ON DELETE CASCADE}, so deleting a contact deletes its rows.
 * <p>
 * <b>Errors.</b> A migration that fails is rolled back whole (with its version row); the plug-in's tables stay at the
 * version before, the failure is logged and {@link StoreSession#extension(String)} for that id then throws a
 * {@link StoreException} saying which migration failed. Segmenta's own tables are never touched by it.
 * <p>
 * <b>Threading.</b> {@link #migrations()} may be called on any thread, more than once: return the same list each
 * time. The plug-in reads and writes its tables inside Segmenta's units of work with
 * {@link StoreSession#extension(String)}, in the same transaction as everything else the unit does.
 */
@ConsumerType
public interface StoreExtension {

    /**
     * @return a stable id, unique among plug-ins: by convention the plug-in's bundle symbolic name, for example
     *         {@code org.segmenta.example.loyalty}; at most 128 characters
     */
    String id();

    /**
     * @return every migration of the plug-in's tables, versions 1, 2, 3, ... without gaps, oldest first
     */
    List<Migration> migrations();

    /**
     * One step of a plug-in's schema.
     *
     * @param version the version the plug-in's tables have after it (1, 2, ...)
     * @param description what it does, recorded with the version (at most 200 characters)
     * @param statements SQL statements run in order, in one transaction together with the version row
     */
    record Migration(int version, String description, List<String> statements) {
        /** Copies the statements; checks the version and description. */
        public Migration {
            if (version < 1) {
                throw new IllegalArgumentException("A migration's version starts at 1, not " + version + ".");
            }
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("Migration " + version + " needs a description.");
            }
            statements = List.copyOf(statements);
        }
    }
}
