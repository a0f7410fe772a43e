package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux product runs from a folder its user cannot write: {@code chmod -R a-w} on an unpacked copy, run as the
 * unprivileged user {@code nobody} when the test runs as root (root writes anywhere), else as the test's own user.
 * The command line starts, the OSGi configuration area goes to the user's home (the window's to
 * {@code ~/.segmenta/configuration/<installation>}, the command line's to {@code ~/.segmenta/cli-configuration/...}),
 * the instance area to {@code --data}, and nothing in the installation changes. Updating such an installation is refused with a message that says why.
 */
class ReadOnlyInstallTest {

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> files.add(root.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified()));
        }
        return files;
    }

    @Test
    void runsFromAReadOnlyFolderWithItsStateInTheUsersHome() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path install = Product.unpackLinux(dir.resolve("install"));
        Path home = Files.createDirectories(dir.resolve("home"));
        assertEquals(0, Product.exec(List.of("chmod", "-R", "a-w", install.toString()), Map.of(), 60).exit());
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            assertEquals(0, Product.exec(List.of("chown", "-R", "nobody", home.toString()), Map.of(), 60).exit());
        }
        List<String> before = tree(install);

        Product.Result version = run(install, home, root, "--data", home.resolve("ws").toString(), "cli", "version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().startsWith("Segmenta"), version.output());
        Product.Result demo = run(install, home, root, "--data", home.resolve("ws").toString(), "cli", "demo");
        assertEquals(0, demo.exit(), demo.output());
        Product.Result update = run(install, home, root, "--data", home.resolve("ws").toString(), "cli", "update",
                "--site", dir.resolve("repository").toUri().toString(), "--check");
        assertEquals(1, update.exit(), update.output());
        assertTrue(update.output().contains("read-only"), update.output());

        assertEquals(before, tree(install), "nothing in the installation changed");
        // the command line's configuration area (the window's is ~/.segmenta/configuration/<installation>)
        try (Stream<Path> inside = Files.walk(home.resolve(".segmenta"))) {
            assertTrue(inside.anyMatch(p -> p.getFileName().toString().equals("org.eclipse.osgi")),
                    "the framework's state is in the user's home: " + home.resolve(".segmenta"));
        }
        assertTrue(Files.isDirectory(home.resolve("ws/db")), "the database is in the instance folder");
    }

    private static Product.Result run(Path install, Path home, boolean asNobody, String... args) throws Exception {
        if (!asNobody) {
            return Product.segmenta(install, home, args);
        }
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                install.resolve("segmenta").toString()));
        cmd.addAll(List.of(args));
        return Product.exec(cmd, Map.of("HOME", home.toString(), "JAVA_HOME", System.getProperty("java.home"), "SEGMENTA_AOT", "off"), 600);
    }
}
