package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.store.derby.internal.DerbyDatabase;

/** Proves that the store bundle runs embedded Derby inside OSGi: create, write, read, reopen. */
class DerbyInOsgiTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsARowThatSurvivesAReopen() throws Exception {
        Path folder = dir.resolve("db");
        try (DerbyDatabase db = DerbyDatabase.open(folder); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE contact (contact_no VARCHAR(20) PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO contact VALUES (?, ?)")) {
                p.setString(1, "CT000001");
                p.setString(2, "Søren Kierkegaard & Co.");
                assertEquals(1, p.executeUpdate());
            }
        }
        assertTrue(Files.isDirectory(folder.resolve("seg0")), "Derby wrote no data files into " + folder);

        try (DerbyDatabase db = DerbyDatabase.open(folder); Connection c = db.connect();
                PreparedStatement p = c.prepareStatement("SELECT name FROM contact WHERE contact_no = ?")) {
            p.setString(1, "CT000001");
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("Søren Kierkegaard & Co.", rs.getString(1));
                assertFalse(rs.next());
            }
        }
    }
}
