package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every translation file in the product's own bundles is complete: for each {@code messages.properties} (Eclipse
 * NLS message classes) and {@code OSGI-INF/l10n/bundle.properties} (the e4 model's {@code %keys}) in an
 * {@code org.segmenta.*} bundle of the built Linux product there is a German {@code _de} file with exactly the same
 * keys, each German text non-empty and with the same {@code {n}} and {@code %s}/{@code %d} placeholders.
 */
class TranslationsTest {

    @TempDir
    Path dir;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}|%,?[sd]");

    @Test
    void everyEnglishTextHasAGermanOne() throws Exception {
        Path install = Product.unpackLinux(dir);
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (DirectoryStream<Path> plugins = Files.newDirectoryStream(install.resolve("plugins"), "org.segmenta.*")) {
            for (Path bundle : plugins) {
                if (Files.isDirectory(bundle)) {
                    try (var files = Files.walk(bundle)) {
                        for (Path f : files.filter(p -> p.getFileName().toString().matches("(messages|bundle)\\.properties"))
                                .toList()) {
                            String path = bundle.relativize(f).toString().replace('\\', '/');
                            checked.add(bundle.getFileName() + "/" + path);
                            Path de = f.resolveSibling(f.getFileName().toString().replace(".properties", "_de.properties"));
                            compare(bundle.getFileName() + "/" + path, load(Files.newInputStream(f)),
                                    Files.exists(de) ? load(Files.newInputStream(de)) : null, problems);
                        }
                    }
                } else if (bundle.toString().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(bundle.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                            JarEntry entry = e.nextElement();
                            if (entry.getName().matches("(.*/)?(messages|bundle)\\.properties")) {
                                String where = bundle.getFileName() + "!/" + entry.getName();
                                checked.add(where);
                                JarEntry de = jar.getJarEntry(entry.getName().replace(".properties", "_de.properties"));
                                compare(where, load(jar.getInputStream(entry)), de == null ? null : load(jar.getInputStream(de)),
                                        problems);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked.stream().anyMatch(c -> c.startsWith("org.segmenta.ui_") && c.endsWith("internal/messages.properties")),
                "the window's messages are among those checked: " + checked);
        assertTrue(checked.stream().anyMatch(c -> c.startsWith("org.segmenta.ui_") && c.endsWith("OSGI-INF/l10n/bundle.properties")),
                "and its fragment's: " + checked);
        assertEquals(List.of(), problems, "checked " + checked);
    }

    private static Properties load(InputStream in) throws IOException {
        try (in) {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private static void compare(String where, Properties english, Properties german, List<String> problems) {
        if (german == null) {
            problems.add(where + " has no German file");
            return;
        }
        for (String key : english.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (de == null || de.isBlank()) {
                problems.add(where + ": no German for " + key);
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(de))) {
                problems.add(where + ": " + key + " has other placeholders in German: " + de);
            }
        }
        for (String key : german.stringPropertyNames()) {
            if (english.getProperty(key) == null) {
                problems.add(where + ": German " + key + " is not an English key");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            s.add(m.group());
        }
        return s;
    }
}
