package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed Linux product's window in German ({@code segmenta -nl de}) on the display the tests run on
 * ({@code ./segmenta test} gives them a virtual one): it opens with the demo data and is saved as
 * {@code target/screenshots/main-window-de.png} (ImageMagick's {@code import}) for a person to look at; and the
 * installed command line in German with {@code cli -nl de} (a German system locale does the same where the system
 * has it installed; this test machine has only C): its help and its messages.
 */
class GermanWindowTest {

    @TempDir
    Path dir;

    @Test
    void theWindowOpensInGerman() throws Exception {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "no display: run through ./segmenta test (xvfb)");
        assumeTrue(Product.exec(List.of("sh", "-c", "command -v import"), Map.of(), 30).exit() == 0,
                "ImageMagick's import is not installed");
        Path install = Product.unpackLinux(dir.resolve("install"));
        Path home = Files.createDirectories(dir.resolve("home"));
        String data = home.resolve("ws").toString();
        assertEquals(0, Product.segmenta(install, home, "--data", data, "cli", "demo").exit());

        ProcessBuilder pb = new ProcessBuilder(install.resolve("segmenta").toString(), "--data", data, "-nl", "de")
                .redirectErrorStream(true).redirectOutput(dir.resolve("window.log").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("SEGMENTA_AOT", "off");
        Process window = pb.start();
        try {
            // the first start of a product under load: wait for the window, then give it time to paint
            Thread.sleep(45_000);
            assertTrue(window.isAlive(), "the window is open: " + Files.readString(dir.resolve("window.log")));
            Path shots = Files.createDirectories(Path.of("target/screenshots"));
            Path png = shots.resolve("main-window-de.png");
            Product.Result shot = Product.exec(List.of("import", "-window", "root", png.toString()), Map.of("DISPLAY", display), 60);
            assertEquals(0, shot.exit(), shot.output());
            assertTrue(Files.size(png) > 10_000, "a screenshot with something on it: " + png);
        } finally {
            window.destroy();
            if (!window.waitFor(20, TimeUnit.SECONDS)) {
                window.destroyForcibly();
            }
        }
    }

    @Test
    void theCommandLineSpeaksGermanWithNlDe() throws Exception {
        Path install = Product.unpackLinux(dir.resolve("install"));
        Path home = Files.createDirectories(dir.resolve("home"));
        String data = home.resolve("ws").toString();
        Map<String, String> german = Map.of("HOME", home.toString(), "SEGMENTA_AOT", "off");
        String script = install.resolve("segmenta").toString();
        Product.Result help = Product.exec(List.of(script, "--data", data, "cli", "-nl", "de", "--help"), german, 600);
        assertEquals(0, help.exit(), help.output());
        assertTrue(help.output().contains("Aufruf: segmenta cli") && help.output().contains("Befehle:"), help.output());
        Product.Result list = Product.exec(List.of(script, "--data", data, "cli", "-nl", "de", "contacts"), german, 600);
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("Keine Kontakte entsprechen."), list.output());
        Product.Result english = Product.exec(List.of(script, "--data", data, "cli", "--help"),
                Map.of("HOME", home.toString(), "SEGMENTA_AOT", "off", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), 600);
        assertTrue(english.output().contains("Usage: segmenta cli"), english.output());
    }
}
