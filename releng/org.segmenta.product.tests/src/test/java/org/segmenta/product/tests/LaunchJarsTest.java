package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * org.segmenta.install's {@code LaunchJars}, which the product build runs on every materialized product and the update
 * runs on the installation after p2 installed it: on the framework jar as the p2 repository keeps it (signed, as an
 * update brings it), it takes off the signature and nothing else, and it leaves every other bundle signed.
 */
class LaunchJarsTest {

    private static final Path SOURCE = Product.TARGET.resolve(
            "../../../bundles/org.segmenta.install/src/org/segmenta/install/internal/LaunchJars.java").normalize();

    @TempDir
    Path dir;

    @Test
    void takesTheSignatureOffTheFrameworkJarAnUpdateBringsAndLeavesEverythingElseAsItWas() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("segmenta/plugins"));
        Path framework = copy(plugins, "org\\.eclipse\\.osgi_\\d.*\\.jar");
        Path jface = copy(plugins, "org\\.eclipse\\.jface_\\d.*\\.jar");
        Map<String, byte[]> before = entries(framework);
        byte[] jfaceBefore = Files.readAllBytes(jface);
        assertTrue(before.keySet().stream().anyMatch(n -> n.endsWith(".SF")), "the repository keeps the framework signed");

        Product.Result r = run();
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("signatures taken off 1 "), r.output());

        Map<String, byte[]> after = entries(framework);
        Map<String, byte[]> expected = new TreeMap<>(before);
        expected.keySet().removeIf(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)") || n.equals(JarFile.MANIFEST_NAME));
        after.remove(JarFile.MANIFEST_NAME);
        assertEquals(expected.keySet(), after.keySet(), "every class and resource stays, the signature files go");
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), after.get(name), name + " unchanged");
        }
        Manifest was = new Manifest(new java.io.ByteArrayInputStream(before.get(JarFile.MANIFEST_NAME)));
        try (JarFile unsigned = new JarFile(framework.toFile())) {
            Manifest is = unsigned.getManifest();
            assertEquals(was.getMainAttributes(), is.getMainAttributes(), "the bundle's headers stay");
            assertTrue(is.getEntries().values().stream().noneMatch(a -> a.keySet().stream()
                    .anyMatch(k -> k.toString().endsWith("-Digest"))), "no per-entry digests left");
        }
        assertArrayEquals(jfaceBefore, Files.readAllBytes(jface), "other bundles keep their signatures, byte for byte");

        byte[] once = Files.readAllBytes(framework);
        Product.Result again = run();
        assertTrue(again.output().contains("signatures taken off 0 "), again.output());
        assertArrayEquals(once, Files.readAllBytes(framework), "an unsigned jar is left as it is");
        try (Stream<Path> s = Files.list(plugins)) {
            assertEquals(2, s.count(), "no temporary file left");
        }
    }

    private Product.Result run() throws Exception {
        assertTrue(Files.isRegularFile(SOURCE), SOURCE.toString());
        return Product.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SOURCE.toString(),
                dir.toString()), Map.of(), 300);
    }

    /** Copies the one jar of the build's p2 repository whose name matches into the folder. */
    private static Path copy(Path into, String regex) throws Exception {
        try (Stream<Path> s = Files.list(Product.repository().resolve("plugins"))) {
            List<Path> found = s.filter(p -> p.getFileName().toString().matches(regex)).toList();
            assertEquals(1, found.size(), regex + " in the repository: " + found);
            return Files.copy(found.get(0), into.resolve(found.get(0).getFileName()));
        }
    }

    private static Map<String, byte[]> entries(Path jar) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (!e.isDirectory()) {
                    m.put(e.getName(), z.getInputStream(e).readAllBytes());
                }
            }
        }
        return m;
    }
}
