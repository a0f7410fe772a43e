package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Company presets in the installed Linux product: the product's own {@code plugin_customization.ini} (in the
 * unpacked {@code org.segmenta.app} bundle folder) and {@code -pluginCustomization FILE} preset the settings; a
 * user's own value wins unless the company locked the key. The presets reach the services: the store opens the
 * preset database folder, the delivery settings carry the preset SMTP server, and the update service reads the
 * preset update site.
 */
class PresetTest {

    @TempDir
    static Path dir;
    static Path install;

    @BeforeAll
    static void unpack() throws Exception {
        install = Product.unpackLinux(dir.resolve("install"));
    }

    private static Path appFolder() throws Exception {
        try (Stream<Path> s = Files.list(install.resolve("plugins"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("org.segmenta.app_") && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new AssertionError("org.segmenta.app is not a folder in plugins/"));
        }
    }

    private static String row(String json, String key) {
        int i = json.indexOf("\"key\":\"" + key + "\"");
        assertTrue(i >= 0, key + " in " + json);
        return json.substring(i, json.indexOf('}', i));
    }

    @Test
    void theProductsOwnPresetsReachThePreferencesAndTheServices() throws Exception {
        Path ini = appFolder().resolve("plugin_customization.ini");
        assertTrue(Files.isRegularFile(ini), "the product's plugin_customization.ini is a file admins can edit");
        Path companyDb = dir.resolve("company-db");
        Files.writeString(ini, Files.readString(ini) + """

                org.segmenta.ui/db.folder=%s
                org.segmenta.ui/defaults.salesperson=AB
                org.segmenta.ui/update.site=%s
                org.segmenta.ui/smtp.host=mail.example.com
                org.segmenta.ui/smtp.port=2525
                org.segmenta.ui/locked=update.site,smtp.host
                """.formatted(companyDb, dir.resolve("no-such-repository").toUri()));
        Path home = Files.createDirectories(dir.resolve("home1"));
        Path data = home.resolve("ws");

        Product.Result prefs = Product.segmenta(install, home, "--data", data.toString(), "cli", "preferences", "--json");
        assertEquals(0, prefs.exit(), prefs.output());
        assertTrue(row(prefs.json(), "defaults.salesperson").contains("\"value\":\"AB\",\"source\":\"company\""),
                prefs.output());
        assertTrue(row(prefs.json(), "update.site").contains("\"source\":\"locked\""), prefs.output());

        // the user changes what is not locked, and cannot change what is
        Path settings = Files.createDirectories(data.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings"));
        Files.writeString(settings.resolve("org.segmenta.ui.prefs"),
                "eclipse.preferences.version=1\ndefaults.salesperson=ZZ\nupdate.site=file:/elsewhere\n");
        Files.writeString(Files.createDirectories(data).resolve("delivery.properties"),
                "smtp.host=user.example.org\nsmtp.port=25\n");
        prefs = Product.segmenta(install, home, "--data", data.toString(), "cli", "preferences", "--json");
        assertTrue(row(prefs.json(), "defaults.salesperson").contains("\"value\":\"ZZ\",\"source\":\"user\""),
                prefs.output());
        assertTrue(row(prefs.json(), "update.site").contains(dir.resolve("no-such-repository").toUri().toString()),
                "a locked key keeps the company's value: " + prefs.output());

        // the services: the store opens the company's database folder
        Product.Result demo = Product.segmenta(install, home, "--data", data.toString(), "cli", "demo");
        assertEquals(0, demo.exit(), demo.output());
        assertTrue(Files.isDirectory(companyDb), "the database was created in the preset folder " + companyDb);
        assertTrue(Files.notExists(data.resolve("db")), "and not in the instance folder");
        // the delivery settings: the locked SMTP host is the company's, the port the user's own
        Product.Result delivery = Product.segmenta(install, home, "--data", data.toString(), "cli", "deliver", "settings");
        assertEquals(0, delivery.exit(), delivery.output());
        assertTrue(delivery.output().contains("mail.example.com") && !delivery.output().contains("user.example.org"),
                delivery.output());
        assertTrue(delivery.output().contains("25"), delivery.output());
        // the update service reads the preset (locked) update site
        Product.Result update = Product.segmenta(install, home, "--data", data.toString(), "cli", "update", "--check");
        assertEquals(1, update.exit(), update.output());
        assertTrue(update.output().contains("no-such-repository"), "checked the preset site: " + update.output());
    }

    @Test
    void aPresetFileOnTheCommandLinePresetsTheSettings() throws Exception {
        Path file = dir.resolve("company.ini");
        Files.writeString(file, """
                org.segmenta.ui/db.mode=server
                org.segmenta.ui/db.host=crm.example.com
                org.segmenta.ui/db.port=1530
                org.segmenta.ui/defaults.language=DE
                org.segmenta.ui/locked=db.mode,db.host
                """);
        Path home = Files.createDirectories(dir.resolve("home2"));
        Product.Result prefs = Product.segmenta(install, home, "--data", home.resolve("ws").toString(), "cli",
                "-pluginCustomization", file.toString(), "preferences", "--json");
        assertEquals(0, prefs.exit(), prefs.output());
        assertTrue(row(prefs.json(), "db.host").contains("\"value\":\"crm.example.com\",\"source\":\"locked\""),
                prefs.output());
        assertTrue(row(prefs.json(), "db.port").contains("\"value\":\"1530\",\"source\":\"company\""), prefs.output());
        assertTrue(row(prefs.json(), "defaults.language").contains("\"value\":\"DE\""), prefs.output());
    }
}
