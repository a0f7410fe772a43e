package org.segmenta.delivery.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A second Java process on the plain jars of the bundles delivery needs (as the store's tests do it). */
final class ChildJvm implements AutoCloseable {

    private static final List<String> BUNDLES = List.of("derby", "derbyshared", "derbytools", "derbynet", "derbyclient",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.segmenta.model", "org.segmenta.core",
            "org.segmenta.store.derby", "org.segmenta.delivery", "org.segmenta.delivery.tests", "jakarta.mail-api",
            "jakarta.activation-api", "org.eclipse.angus.mail", "angus-activation");

    final Process process;
    private final BufferedReader out;
    private final Path stderr;
    final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = stderr;
    }

    static ChildJvm start(Path workDir, String mainClass, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dderby.stream.error.file=" + workDir.resolve("derby-child.log"), "-cp", classpath(), mainClass));
        command.addAll(List.of(args));
        Path stderr = workDir.resolve("child-stderr-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile()).start();
        return new ChildJvm(p, stderr);
    }

    static String classpath() {
        Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
        List<String> entries = new ArrayList<>();
        for (String name : BUNDLES) {
            Bundle found = null;
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    found = b;
                }
            }
            if (found == null) {
                throw new IllegalStateException("Bundle " + name + " is not in the test runtime");
            }
            Path file = file(found.getLocation());
            if (Files.isDirectory(file)) {
                for (String sub : List.of("target/classes", "target/test-classes", "bin")) {
                    if (Files.isDirectory(file.resolve(sub))) {
                        entries.add(file.resolve(sub).toString());
                    }
                }
            } else {
                entries.add(file.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path file(String location) {
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("Cannot find the file of the bundle at " + location);
        }
        String path = location.substring(file + "file:".length());
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not encoded
        }
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            String install = System.getProperty("osgi.install.area", "");
            int i = install.indexOf("file:");
            p = Path.of(i >= 0 ? install.substring(i + 5) : install).resolve(p).normalize();
        }
        return p;
    }

    /** Reads the child's output until a line matches; fails with its output and errors when it ends first. */
    String awaitLine(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new IllegalStateException("The child process ended without the expected line. Its output: " + seen
                + "\nIts errors:\n" + errors());
    }

    String errors() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Sends SIGKILL (on Linux) and waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
