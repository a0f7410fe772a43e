package org.segmenta.core.store;

/**
 * Where a {@link Store} keeps its data.
 *
 * @param location the database: a folder for an embedded database, the URL without credentials in team mode
 * @param team {@code true} when the database is on a network server shared with other users
 * @param schemaVersion the version of the database's schema (after upgrades run at open)
 * @param user the database user in team mode, the operating-system user for an embedded database
 */
public record StoreInfo(String location, boolean team, int schemaVersion, String user) {
}
