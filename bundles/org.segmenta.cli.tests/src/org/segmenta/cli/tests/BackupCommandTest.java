package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.Cli;

/**
 * {@code backup DIR}: an online backup of the embedded database; restored as the README says (the database folder
 * replaced by the backup's), the old state is back.
 */
class BackupCommandTest {

    @TempDir
    Path tmp;

    @Test
    void backUpChangeRestoreFindTheOldState() throws Exception {
        Path backups = tmp.resolve("backups");
        try (DirectServices services = new DirectServices(tmp)) {
            Console cli = new Console(services);
            assertEquals(Cli.OK, cli.run("demo"), cli.both());
            assertEquals(Cli.OK, cli.run("segment", "new", "--description", "Before the backup"), cli.both());
            String before = cli.out().strip();
            assertEquals(Cli.OK, cli.run("backup", backups.toString()), cli.both());
            assertTrue(cli.out().contains("Backed up the database to " + backups.toAbsolutePath().resolve("db")), cli.out());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.resolve("db"))));

            assertEquals(Cli.OK, cli.run("segment", "delete", before), cli.both());
            assertEquals(Cli.OK, cli.run("segment", "new", "--description", "After the backup"), cli.both());
            assertEquals(Cli.FAILED, cli.run("backup", backups.toString()), "a backup never overwrites another");
            assertTrue(cli.err().contains("choose an empty folder"), cli.err());
        }
        // restore: Segmenta closed, the database folder replaced by the backup's
        Path db = tmp.resolve("db");
        Files.move(db, tmp.resolve("db-replaced"));
        try (var files = Files.walk(backups.resolve("db"))) {
            for (Path f : files.toList()) {
                Path target = db.resolve(backups.resolve("db").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        try (DirectServices services = new DirectServices(tmp)) {
            Console cli = new Console(services);
            assertEquals(Cli.OK, cli.run("segment", "list"), cli.both());
            assertTrue(cli.out().contains("Before the backup"), cli.out());
            assertTrue(!cli.out().contains("After the backup"), cli.out());
        }
    }
}
