package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help › Check for Updates end to end, on the real Linux product: installs version N from its archive, fills its
 * database, publishes version N+1 to a {@code file:} p2 repository, updates the installed product through its own
 * p2 ({@code segmenta cli update}, the same {@code UpdateService} the window's Check for Updates calls), restarts it
 * and finds N+1 running with the data intact.
 * <p>
 * Version N+1 is the build's own repository re-published with every Segmenta unit's qualifier bumped (bundle
 * manifests, the feature, the product and its configuration units, the root files), so the test costs a copy and a
 * few starts of the product instead of a second build.
 */
class ProductUpdateTest {

    @TempDir
    Path dir;

    @Test
    void updatesTheInstalledProductToTheNextVersionAndKeepsItsData() throws Exception {
        Path install = Product.unpackLinux(dir.resolve("install"));
        Path home = Files.createDirectories(dir.resolve("home"));
        String data = home.resolve("ws").toString();
        String n = currentVersion();
        String next = n + "-next";

        Product.Result demo = Product.segmenta(install, home, "--data", data, "cli", "demo");
        assertEquals(0, demo.exit(), demo.output());
        Product.Result version = Product.segmenta(install, home, "--data", data, "cli", "version");
        assertTrue(version.output().contains(n), "version N runs: " + version.output());

        Path repository = publishNext(dir.resolve("repository-next"), n, next);
        String site = repository.toUri().toString();
        Product.Result upToDate = Product.segmenta(install, home, "--data", data, "cli", "update", "--site",
                Product.repository().toUri().toString(), "--check");
        assertEquals(0, upToDate.exit(), upToDate.output());
        assertTrue(upToDate.output().contains("up to date"), upToDate.output());

        Product.Result check = Product.segmenta(install, home, "--data", data, "cli", "update", "--site", site, "--check",
                "--json");
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.json().contains("\"id\":\"org.segmenta.product\",\"name\":\"Segmenta\",\"from\":\"" + n
                + "\",\"to\":\"" + next + "\""), "the check lists the product N → N+1: " + check.output());
        assertTrue(Product.segmenta(install, home, "--data", data, "cli", "version").output().contains(n),
                "--check installs nothing");

        Product.Result update = Product.segmenta(install, home, "--data", data, "cli", "update", "--site", site);
        assertEquals(0, update.exit(), update.output());
        assertTrue(update.output().contains("Restart Segmenta"), update.output());

        // the restart: a new process on the updated installation
        Product.Result after = Product.segmenta(install, home, "--data", data, "cli", "version");
        assertEquals(0, after.exit(), after.output());
        assertTrue(after.output().contains(next), "version N+1 runs after the restart: " + after.output());
        try (Stream<Path> s = Files.list(install.resolve("plugins"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("org.segmenta.core_" + next + ".jar")),
                    "the new core bundle is installed");
        }
        Product.Result contacts = Product.segmenta(install, home, "--data", data, "cli", "contacts", "--limit", "1000",
                "--json");
        assertEquals(0, contacts.exit(), contacts.output());
        assertEquals(150, contacts.json().split("\\},\\{").length, "the 150 demo contacts are still there");
        Product.Result again = Product.segmenta(install, home, "--data", data, "cli", "update", "--site", site, "--check");
        assertTrue(again.output().contains("up to date"), again.output());
    }

    /** @return Segmenta's version in the built repository, for example {@code 0.1.0.v20261206-1200} */
    private static String currentVersion() throws IOException {
        try (Stream<Path> s = Files.list(Product.repository().resolve("plugins"))) {
            String core = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("org.segmenta.core_"))
                    .findFirst().orElseThrow();
            return core.substring("org.segmenta.core_".length(), core.length() - ".jar".length());
        }
    }

    /**
     * Copies the built repository to {@code into} with every unit and artifact of version {@code n} re-published as
     * {@code next}: the files renamed, the bundles' Bundle-Version and the feature's version rewritten, the metadata
     * rewritten, and the artifacts' sizes and checksums computed again.
     */
    static Path publishNext(Path into, String n, String next) throws Exception {
        Path from = Product.repository();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                Path to = into.resolve(rel.toString().replace(n, next));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (p.getFileName().toString().endsWith(".xz") || p.getFileName().toString().equals("p2.index")) {
                    continue; // the jars below are the metadata; p2 finds them without an index
                } else {
                    Files.copy(p, to);
                    if (!p.getFileName().toString().equals(to.getFileName().toString())) {
                        rewriteInside(to, n, next);
                    }
                }
            }
        }
        String content = unjar(into.resolve("content.jar")).replace(n, next);
        jar(into.resolve("content.jar"), "content.xml", content);
        String artifacts = unjar(into.resolve("artifacts.jar")).replace(n, next);
        jar(into.resolve("artifacts.jar"), "artifacts.xml", resum(artifacts, into, next));
        return into;
    }

    /** Rewrites the version inside a bundle's manifest or a feature's feature.xml. */
    private static void rewriteInside(Path jar, String n, String next) throws IOException {
        if (!jar.toString().endsWith(".jar")) {
            return; // the root files' zip has no version inside
        }
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            for (String name : List.of("META-INF/MANIFEST.MF", "feature.xml")) {
                Path f = fs.getPath(name);
                if (Files.exists(f)) {
                    Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace(n, next),
                            StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Sets each re-published artifact's size and SHA-256 anew (and drops its other checksums). */
    private static String resum(String xml, Path repo, String next) throws Exception {
        Pattern artifact = Pattern.compile("<artifact classifier='([^']+)' id='([^']+)' version='" + Pattern.quote(next)
                + "'>(.*?)</artifact>", Pattern.DOTALL);
        Matcher m = artifact.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String classifier = m.group(1);
            String id = m.group(2);
            Path file = switch (classifier) {
                case "osgi.bundle" -> repo.resolve("plugins/" + id + "_" + next + ".jar");
                case "org.eclipse.update.feature" -> repo.resolve("features/" + id + "_" + next + ".jar");
                default -> repo.resolve("binary/" + id + "_" + next);
            };
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String body = m.group(3)
                    .replaceAll("\\s*<property name='download\\.(checksum\\.[^']+|md5)' value='[^']*'/>", "")
                    .replaceAll("name='(artifact|download)\\.size' value='\\d+'", "name='$1.size' value='" + bytes.length + "'")
                    .replaceFirst("</properties>", "  <property name='download.checksum.sha-256' value='" + sha
                            + "'/>\n      </properties>");
            int count = body.split("<property ", -1).length - 1;
            body = body.replaceFirst("<properties size='\\d+'>", "<properties size='" + count + "'>");
            m.appendReplacement(out, Matcher.quoteReplacement("<artifact classifier='" + classifier + "' id='" + id
                    + "' version='" + next + "'>" + body + "</artifact>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unjar(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no XML in " + jar);
    }

    private static void jar(Path jar, String entry, String xml) throws IOException {
        try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(xml.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
