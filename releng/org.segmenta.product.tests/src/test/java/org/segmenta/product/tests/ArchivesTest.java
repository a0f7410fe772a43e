package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four archives of {@code ./segmenta build}: each has its desktop's SWT fragment and no other, its start
 * script (executable where the desktop has such a bit, CRLF lines on Windows), the shared configuration and
 * logging settings, and otherwise exactly the same bundles as the Linux archive.
 */
class ArchivesTest {

    private static final Map<String, String> SWT = Map.of("linux.gtk.x86_64", "org.eclipse.swt.gtk.linux.x86_64",
            "win32.win32.x86_64", "org.eclipse.swt.win32.win32.x86_64", "macosx.cocoa.aarch64",
            "org.eclipse.swt.cocoa.macosx.aarch64", "macosx.cocoa.x86_64", "org.eclipse.swt.cocoa.macosx.x86_64");
    private static final Map<String, String> SCRIPT = Map.of("linux.gtk.x86_64", "segmenta/segmenta",
            "win32.win32.x86_64", "segmenta/segmenta.cmd", "macosx.cocoa.aarch64", "segmenta.app/Contents/Eclipse/segmenta.command",
            "macosx.cocoa.x86_64", "segmenta.app/Contents/Eclipse/segmenta.command");

    /** @return where the installation is inside the archive: Tycho lays macOS out as an application bundle */
    private static String root(String env) {
        return env.startsWith("macosx") ? "segmenta.app/Contents/Eclipse/" : "segmenta/";
    }

    /** One archive's entries: path → executable (for the zip: false) */
    private static Map<String, Boolean> entries(String env) throws Exception {
        Path a = Product.archive(env);
        Map<String, Boolean> m = new TreeMap<>();
        if (a.toString().endsWith(".zip")) {
            try (ZipFile z = new ZipFile(a.toFile())) {
                z.stream().forEach(e -> m.put(e.getName().replaceAll("/$", ""), false));
            }
        } else {
            Product.Result r = Product.exec(java.util.List.of("tar", "tzvf", a.toString()), Map.of(), 120);
            assertEquals(0, r.exit(), r.output());
            for (String line : r.output().split("\n")) {
                String[] f = line.trim().split("\\s+", 6);
                if (f.length == 6) {
                    m.put(f[5].replaceAll("/$", "").replaceFirst("^\\./", ""), f[0].charAt(3) == 'x');
                }
            }
        }
        return m;
    }

    /** @return the names of the bundles in plugins/ without versions, SWT's and the launcher's own fragments left out */
    private static Set<String> commonBundles(Map<String, Boolean> entries, String root) {
        Set<String> names = new TreeSet<>();
        for (String e : entries.keySet()) {
            if (e.startsWith(root + "plugins/") && e.indexOf('/', (root + "plugins/").length()) < 0) {
                String name = e.substring((root + "plugins/").length()).replaceFirst("_\\d+\\.\\d+.*$", "");
                if (!name.startsWith("org.eclipse.swt.gtk") && !name.startsWith("org.eclipse.swt.win32")
                        && !name.startsWith("org.eclipse.swt.cocoa") && !name.startsWith("org.eclipse.equinox.launcher.")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Test
    void everyDesktopHasItsSwtItsStartScriptAndTheSameBundles() throws Exception {
        Set<String> linux = commonBundles(entries("linux.gtk.x86_64"), "segmenta/");
        assertTrue(linux.contains("org.segmenta.core") && linux.contains("org.eclipse.equinox.p2.operations")
                && linux.contains("org.eclipse.equinox.launcher"), "Linux bundles: " + linux);
        for (String env : Product.ENVIRONMENTS) {
            Map<String, Boolean> e = entries(env);
            String root = root(env);
            String swt = SWT.get(env);
            assertTrue(e.keySet().stream().anyMatch(n -> n.startsWith(root + "plugins/" + swt + "_")),
                    env + " has " + swt);
            for (String other : SWT.values()) {
                if (!other.equals(swt)) {
                    assertFalse(e.keySet().stream().anyMatch(n -> n.startsWith(root + "plugins/" + other + "_")),
                            env + " has no " + other);
                }
            }
            assertTrue(e.containsKey(SCRIPT.get(env)), env + " has its start script " + SCRIPT.get(env));
            for (String s : SCRIPT.values()) {
                if (!s.equals(SCRIPT.get(env))) {
                    assertFalse(e.containsKey(s), env + " has no " + s);
                }
            }
            if (!env.startsWith("win32")) {
                assertTrue(e.get(SCRIPT.get(env)), env + ": " + SCRIPT.get(env) + " is executable");
            }
            assertTrue(e.containsKey(root + "configuration/config.ini"), env + " has configuration/config.ini");
            assertTrue(e.containsKey(root + "logging.properties"), env + " has logging.properties");
            assertTrue(e.containsKey(root + "third-party-licences.tsv"), env + " has the licence list");
            assertEquals(linux, commonBundles(e, root), env + " has the same bundles as Linux, SWT's fragment aside");
            if (env.startsWith("macosx")) {
                assertTrue(e.containsKey("segmenta.app/Contents/Info.plist"), env + ": an application bundle");
                assertTrue(e.get("segmenta.app/Contents/MacOS/segmenta"), env + ": its executable");
            }
        }
    }

    @Test
    void theWindowsScriptHasWindowsLinesAndStartsTheLauncherJar() throws IOException, Exception {
        try (ZipFile z = new ZipFile(Product.archive("win32.win32.x86_64").toFile())) {
            ZipEntry cmd = z.getEntry("segmenta/segmenta.cmd");
            String text = new String(z.getInputStream(cmd).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends");
            assertTrue(text.contains("org.eclipse.equinox.launcher_*.jar"), "starts the Equinox launcher jar");
            assertTrue(text.contains("org.segmenta.cli.cli"), "has the command line");
        }
    }

    /** @return the text of one file in an archive */
    private static String text(String env, String path) throws Exception {
        Path a = Product.archive(env);
        if (a.toString().endsWith(".zip")) {
            try (ZipFile z = new ZipFile(a.toFile())) {
                ZipEntry e = z.getEntry(path);
                assertTrue(e != null, env + " has " + path);
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Product.Result r = Product.exec(java.util.List.of("tar", "xzOf", a.toString(), path), Map.of(), 120);
        assertEquals(0, r.exit(), env + " has " + path + ": " + r.output());
        return r.output();
    }

    @Test
    void everyStartScriptRunsTheCommandLineInItsLightConfigurationWithTheAotCache() throws Exception {
        for (String env : Product.ENVIRONMENTS) {
            String script = text(env, SCRIPT.get(env));
            // the command line's own configuration: written from config.ini without the window's bundles, and used
            assertTrue(script.contains("-configuration \"$cli_conf\"") || script.contains("-configuration \"%cli_conf%\""),
                    env + ": the command line starts in its own configuration");
            assertTrue(script.contains("-XX:AOTCache="), env + ": with Java's AOT cache");
            assertTrue(script.contains("-pluginCustomization"), env + ": and the company presets of one's own");
            String writer = env.startsWith("win32") ? text(env, "segmenta/cli-configuration.ps1") : script;
            for (String windowOnly : new String[] { "org\\.eclipse\\.swt", "org\\.eclipse\\.jface", "org\\.eclipse\\.e4\\.",
                    "org\\.segmenta\\.ui_", "org\\.apache\\.aries\\.spifly" }) {
                assertTrue(writer.contains(windowOnly), env + ": the command line's configuration leaves out " + windowOnly);
            }
            assertTrue(writer.contains("eclipse.application=org.segmenta.cli.cli"), env + ": naming the command line");
            // not cascaded from the window's configuration, whose eclipse.product names a bundle it leaves out
            assertTrue(writer.contains("osgi.configuration.cascaded=false"), env + ": a configuration of its own");
            assertTrue(writer.contains("AOTCacheOutput"), env + ": the AOT cache is trained");
        }
    }

    /**
     * The window's AOT cache as on Linux: every start script trains it with a hidden start of the window that reports
     * when it is usable and closes (on Windows through {@code cli-configuration.ps1 -Window}), keeps it apart from the
     * command line's, and starts the window with it.
     */
    @Test
    void everyStartScriptStartsTheWindowWithItsOwnAotCache() throws Exception {
        for (String env : Product.ENVIRONMENTS) {
            String script = text(env, SCRIPT.get(env));
            String trainer = env.startsWith("win32") ? text(env, "segmenta/cli-configuration.ps1") : script;
            assertTrue(script.contains("window-aot"), env + ": the window's cache has a folder of its own");
            assertTrue(script.contains("window-$build.aot") || script.contains("window-%jbuild%.aot"),
                    env + ": named after the Java build");
            assertTrue(trainer.contains("window.aot") && trainer.contains("AOTCacheOutput"), env + ": trained");
            assertTrue(trainer.contains("-Dsegmenta.training=true"), env + ": by a hidden start of the window");
            assertTrue(trainer.contains("-Dsegmenta.startup.report="), env + ": that closes when it is usable");
            assertTrue(trainer.contains("eclipse.p2.data.area="), env + ": in a configuration of its own");
            // on an instance like a user's: the demo data in it and the window laid out by a first hidden start
            assertTrue(trainer.contains("-application org.segmenta.cli.cli demo")
                    || trainer.contains("\"org.segmenta.cli.cli\", \"demo\""), env + ": the training loads the demo data");
            assertTrue(trainer.contains("$aot.training/first") || trainer.contains("$training\\first"),
                    env + ": and lays the window out before the start it records");
            // the window's compilers start later than the command line's (fewer methods compiled before it is usable)
            assertTrue(script.contains("window_vmargs=-XX:CompileThresholdScaling=4")
                    || script.contains("window_vmargs=\"-XX:CompileThresholdScaling=4\""), env + ": window's JIT thresholds");
            if (env.startsWith("win32")) {
                assertTrue(script.contains("call :window_aot_cache"), env + ": the window start asks for the cache");
                assertTrue(script.contains("-Window"), env + ": and has it trained");
                assertTrue(script.contains("\"%java%\" %window_vmargs% %vmargs% %aot_args% %config% -jar"), env + ": and starts with it");
                assertTrue(script.contains("-VmArgs \"%window_vmargs% "), env + ": and trains it with the same thresholds");
            } else {
                assertTrue(script.contains("\nwindow_aot_cache\n"), env + ": the window start asks for the cache");
                // the last start in the script is the window's
                String window = script.substring(script.lastIndexOf("exec \"$java\""));
                assertTrue(window.contains("aot_args") && window.contains("-data \"$data\" \"$@\"")
                        && window.contains("$window_vmargs $vmargs"), env + ": and starts with it");
                assertTrue(trainer.contains("$window_vmargs $vmargs \"$logging\" \"-Dderby.stream.error.file=$aot.training")
                        || trainer.contains("$window_vmargs $vmargs -Dderby.stream.error.file=\"$aot.training"),
                        env + ": and trains it with the same thresholds");
            }
        }
    }

    /**
     * The jars the Java launcher's own class loaders read (the Equinox launcher, the OSGi framework and its extension
     * {@code org.eclipse.osgi.compatibility.state}) carry no signature in any archive: signed, Java verifies each of
     * their classes at every start and its AOT cache leaves them out (releng/org.segmenta.product/unsign). Every other
     * bundle keeps its signature (SWT's, for one).
     */
    @Test
    void theLauncherAndFrameworkJarsAreUnsignedAndTheOtherBundlesKeepTheirSignatures(@TempDir Path tmp) throws Exception {
        Pattern unsigned = Pattern.compile(
                "^(org\\.eclipse\\.osgi|org\\.eclipse\\.osgi\\.compatibility\\.state|org\\.eclipse\\.equinox\\.launcher)_[^/]*\\.jar$");
        for (String env : Product.ENVIRONMENTS) {
            Map<String, List<String>> signatures = new TreeMap<>();
            Path a = Product.archive(env);
            if (a.toString().endsWith(".zip")) {
                try (ZipFile z = new ZipFile(a.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(z.entries())) {
                        String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                        if (e.getName().startsWith(root(env) + "plugins/") && name.endsWith(".jar")
                                && e.getName().indexOf('/', (root(env) + "plugins/").length()) < 0) {
                            signatures.put(name, signatureFiles(z.getInputStream(e)));
                        }
                    }
                }
            } else {
                Path dir = Files.createDirectories(tmp.resolve(env));
                Product.Result r = Product.exec(List.of("tar", "xzf", a.toString(), "-C", dir.toString(), "--wildcards",
                        root(env) + "plugins/*.jar"), Map.of(), 300);
                assertEquals(0, r.exit(), r.output());
                try (Stream<Path> jars = Files.list(dir.resolve(root(env) + "plugins"))) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                        try (InputStream in = Files.newInputStream(jar)) {
                            signatures.put(jar.getFileName().toString(), signatureFiles(in));
                        }
                    }
                }
            }
            List<String> named = signatures.keySet().stream().filter(n -> unsigned.matcher(n).matches()).toList();
            assertEquals(3, named.stream().map(n -> n.replaceFirst("_\\d.*$", "")).distinct().count(),
                    env + ": the launcher, the framework and its extension are there: " + named);
            for (String n : named) {
                assertEquals(List.of(), signatures.get(n), env + ": " + n + " carries no signature");
            }
            String swt = signatures.keySet().stream().filter(n -> n.startsWith(SWT.get(env) + "_")).findFirst().orElseThrow();
            assertFalse(signatures.get(swt).isEmpty(), env + ": " + swt + " keeps its signature");
        }
    }

    /** @return the signature files ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}) of a jar's bytes */
    private static List<String> signatureFiles(InputStream jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(jar)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    found.add(e.getName());
                }
            }
        }
        return found;
    }
}
