package org.segmenta.testing;

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

/**
 * A second Java process on the plain jars (or class folders) of the named bundles of the test runtime, for what
 * one JVM cannot show: another process holding the database, a process killed mid-transaction or mid-delivery,
 * a network server. The child's main class must be in one of the named bundles.
 */
public final class ChildJvm implements AutoCloseable {

    /** The child process. */
    public final Process process;
    private final BufferedReader out;
    private final Path stderr;
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = stderr;
    }

    /**
     * @param bundles the symbolic names of the bundles whose jars make the child's class path, for example
     *            {@code derby}, {@code org.segmenta.core} and the test bundle with the main class
     * @param workDir where the child runs and writes its stderr and derby.log
     * @param mainClass the class whose main runs
     * @param args its arguments
     * @return the started child
     * @throws IOException when the process cannot be started
     * @throws IllegalStateException when a named bundle is not in the test runtime
     */
    public static ChildJvm start(List<String> bundles, Path workDir, String mainClass, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dderby.stream.error.file=" + workDir.resolve("derby-child.log"), "-cp", classpath(bundles), mainClass));
        command.addAll(List.of(args));
        Path stderr = workDir.resolve("child-stderr-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile()).start();
        return new ChildJvm(p, stderr);
    }

    private static String classpath(List<String> bundles) {
        Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
        List<String> entries = new ArrayList<>();
        for (String name : bundles) {
            Bundle found = null;
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    found = b;
                }
            }
            if (found == null) {
                throw new IllegalStateException("Bundle " + name + " is not in the test runtime");
            }
            if (found.getBundleId() == 0) {
                // the framework (org.eclipse.osgi, for its NLS message classes): its location is "System Bundle"
                try {
                    entries.add(Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                            .toString());
                } catch (java.net.URISyntaxException | RuntimeException e) {
                    throw new IllegalStateException("Cannot find the framework's jar for the child's class path", e);
                }
                continue;
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

    /** @return the file of a bundle location such as {@code reference:file:/x/y.jar} or {@code file:relative/dir} */
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

    /**
     * Reads the child's output until a line matches. Guarded by the child's life, not by a clock: when the
     * child ends first, the test fails with its output and errors.
     *
     * @param wanted the line waited for
     * @return that line
     * @throws IOException when the output cannot be read
     */
    public String awaitLine(Predicate<String> wanted) throws IOException {
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

    /** @return what the child wrote to its standard error so far */
    public String errors() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Sends SIGKILL (on Linux) and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes the child's input (its signal to finish), and waits for it; kills it when it does not end. */
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
