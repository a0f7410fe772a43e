package org.segmenta.core.store;

/**
 * The database was made or upgraded by a newer Segmenta: its schema version is higher than this program knows.
 * The database was left untouched; use the newer Segmenta with it.
 */
public class DatabaseTooNewException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final int databaseVersion;
    private final int programVersion;

    /**
     * @param message where, which versions, what to do
     * @param databaseVersion the schema version of the database
     * @param programVersion the highest schema version this program knows
     */
    public DatabaseTooNewException(String message, int databaseVersion, int programVersion) {
        super(message);
        this.databaseVersion = databaseVersion;
        this.programVersion = programVersion;
    }

    /** @return the schema version found in the database */
    public int databaseVersion() {
        return databaseVersion;
    }

    /** @return the highest schema version this program knows */
    public int programVersion() {
        return programVersion;
    }
}
