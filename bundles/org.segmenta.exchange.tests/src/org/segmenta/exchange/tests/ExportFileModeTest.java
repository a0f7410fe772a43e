package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.internal.AtomicWrite;

/**
 * An exported file gets the mode of any file the user saves (the new user's find: exports were owner-only, 600,
 * because they were written through a temporary file made by {@code createTempFile}); a file replaced keeps its mode.
 */
@DisabledOnOs(OS.WINDOWS)
class ExportFileModeTest {

    @Test
    void anExportFollowsTheUmaskLikeAPlainFileAndAReplacedFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(plain);

        Path export = dir.resolve("lines.csv");
        AtomicWrite.write(export, out -> out.write("No.;Name\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(PosixFilePermissions.toString(umask), PosixFilePermissions.toString(
                Files.getPosixFilePermissions(export)), "as a plain file made here");

        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicWrite.write(export, out -> out.write("No.;Name\n1;Ann\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertEquals("No.;Name\n1;Ann\n", Files.readString(export));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left");
        }
    }
}
