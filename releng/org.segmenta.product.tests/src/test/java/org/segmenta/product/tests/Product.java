package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built product: its archives, unpacked copies of the Linux one, and runs of its start script. */
final class Product {

    /** The product module's target folder (releng/org.segmenta.product/target). */
    static final Path TARGET = Path.of(System.getProperty("segmenta.product.target",
            "../org.segmenta.product/target")).toAbsolutePath().normalize();

    /** The environments the product is built for, as Tycho names the archives ({@code os.ws.arch}). */
    static final List<String> ENVIRONMENTS = List.of("linux.gtk.x86_64", "win32.win32.x86_64",
            "macosx.cocoa.aarch64", "macosx.cocoa.x86_64");

    private Product() {
    }

    /** @param env {@code os.ws.arch} @return that environment's archive (.tar.gz, Windows .zip) */
    static Path archive(String env) throws IOException {
        try (Stream<Path> s = Files.list(TARGET.resolve("products"))) {
            List<Path> found = s.filter(p -> p.getFileName().toString().matches("segmenta-.*-" + env.replace(".", "\\.")
                    + "\\.(tar\\.gz|zip)")).toList();
            assertTrue(found.size() == 1, "one archive for " + env + " in " + TARGET.resolve("products") + ": " + found);
            return found.get(0);
        }
    }

    /** The p2 repository the build made ({@code target/repository}). */
    static Path repository() {
        return TARGET.resolve("repository");
    }

    /**
     * @param into an empty folder
     * @return the unpacked Linux product's root folder ({@code into/segmenta})
     */
    static Path unpackLinux(Path into) throws Exception {
        Files.createDirectories(into);
        Result r = exec(List.of("tar", "xzf", archive("linux.gtk.x86_64").toString(), "-C", into.toString()), Map.of(),
                120);
        assertTrue(r.exit == 0, "tar: " + r.output);
        return into.resolve("segmenta");
    }

    /** What a run printed (stdout and stderr together) and its exit code. */
    record Result(int exit, String output) {
        /** @return the output with the white space between JSON tokens left out (the command line indents JSON) */
        String json() {
            StringBuilder b = new StringBuilder();
            boolean inString = false;
            for (int i = 0; i < output.length(); i++) {
                char c = output.charAt(i);
                if (c == '"' && (i == 0 || output.charAt(i - 1) != '\\')) {
                    inString = !inString;
                }
                if (inString || !Character.isWhitespace(c)) {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    /**
     * Runs the installed product's start script.
     *
     * @param install the installation's root folder
     * @param home the user's home for the run (HOME)
     * @param args the script's arguments, for example {@code --data DIR cli version}
     */
    static Result segmenta(Path install, Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(install.resolve("segmenta").toString());
        cmd.addAll(List.of(args));
        // no background training of the command line's AOT cache: it would write into the folders the tests delete
        return exec(cmd, Map.of("HOME", home.toString(), "SEGMENTA_AOT", "off"), 600);
    }

    /** Runs a command with the environment's additions, waiting at most the seconds given. */
    static Result exec(List<String> cmd, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY"); // the command line needs none; a window test passes its own
        pb.environment().putAll(env);
        Path out = Files.createTempFile("segmenta-run", ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " ran longer than " + seconds + " s: " + Files.readString(out));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Result(p.exitValue(), text);
    }
}
