package org.segmenta.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store reads its columns' lengths from the embedded engine's system tables (cheaper than JDBC's getColumns at
 * every start); both readings agree on every column of the current schema and on every text column's length (in the
 * package of the class it tests, as this fragment's host has it).
 */
class CatalogTest {

    @TempDir
    Path dir;

    @Test
    void theSystemTablesGiveWhatGetColumnsGives() throws Exception {
        Path db = dir.resolve("db");
        Schema.migrateEmbedded(db, Schema.latestVersion());
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            Map<String, Integer> system = Tables.readSystemCatalog(c);
            assertNotNull(system, "a type of the schema was not understood");
            Map<String, Integer> metadata = Tables.readMetadataCatalog(c.getMetaData());
            assertEquals(metadata.keySet(), system.keySet(), "the same columns");
            int texts = 0;
            try (ResultSet rs = c.getMetaData().getColumns(null, Tables.SCHEMA, null, null)) {
                while (rs.next()) {
                    String key = (rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase();
                    if (rs.getInt("DATA_TYPE") == java.sql.Types.VARCHAR || rs.getInt("DATA_TYPE") == java.sql.Types.CHAR) {
                        assertEquals(metadata.get(key), system.get(key), key);
                        texts++;
                    }
                }
            }
            assertEquals(metadata.get("contact.email"), system.get("contact.email"));
            assertEquals(true, texts > 100, "the schema's text columns: " + texts);
        }
    }

    @Test
    void typeTexts() {
        assertEquals(100, Tables.length("VARCHAR(100) NOT NULL"));
        assertEquals(1, Tables.length("CHAR(1)"));
        assertEquals(0, Tables.length("DECIMAL(19,4)"));
        assertEquals(0, Tables.length("TIMESTAMP NOT NULL"));
        assertEquals(-1, Tables.length("LONG VARCHAR"));
        assertEquals(-1, Tables.length("CLOB(2147483647)"));
    }
}
