package org.segmenta.install.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Takes the signatures off the jars the Java launcher itself loads: in every materialized product of the build (the
 * product's pom runs this file between materialize-products and archive-products, as a Java single-file program, so it
 * uses nothing but the JDK), and in the installation after an update brought new ones ({@link P2UpdateService}). The
 * jars are the Equinox launcher ({@code java -jar}), the OSGi framework ({@code org.eclipse.osgi}, loaded by the launcher's
 * {@code URLClassLoader}) and the framework's one extension ({@code org.eclipse.osgi.compatibility.state}, which the
 * framework adds to that same class loader: verified, its signature cost about 3 % of the window's start on the UI
 * thread). Java verifies a signed jar's every class against its digest when a class loader of its own
 * reads it, and Java's AOT cache ({@code -XX:AOTCache}, which the start scripts train) leaves the classes of signed jars
 * out altogether: the framework's 490-odd classes were loaded, verified and linked anew at every start of the window and
 * of every command. Unsigned, they come from the AOT cache (about 0.5 s of CPU less for each start of the window).
 * <p>
 * Only the signature files ({@code META-INF/*.SF}, {@code *.RSA}, {@code *.DSA}, {@code *.EC}) and the per-entry digests
 * of the manifest go; every class and resource and the manifest's main section (the bundle's OSGi headers) stay as they
 * are. The bundles the framework loads are not touched: Equinox does not verify signatures unless told to, and their
 * classes are in the AOT cache either way. The p2 repository keeps the signed artifacts; an update that brings a new
 * framework or launcher brings it signed, and the update takes the signature off it once p2 has installed it (the
 * window's AOT cache is trained again for the new configuration, now with its classes).
 * <p>
 * Usage at build time: {@code java LaunchJars.java PRODUCTS_FOLDER}
 */
public final class LaunchJars {

    private static final Pattern JARS = Pattern.compile(
            "^(org\\.eclipse\\.osgi|org\\.eclipse\\.osgi\\.compatibility\\.state|org\\.eclipse\\.equinox\\.launcher)_[^/]*\\.jar$");
    private static final Pattern SIGNATURE = Pattern.compile("^META-INF/[^/]+\\.(SF|RSA|DSA|EC)$");

    private LaunchJars() {
    }

    /**
     * Unsigns the launch jars of every {@code plugins} folder under a folder (the build's materialized products).
     *
     * @param args the folder
     * @throws IOException when a jar cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path products = Path.of(args[0]);
        List<Path> plugins;
        try (Stream<Path> s = Files.walk(products, 8)) {
            plugins = s.filter(p -> p.getFileName().toString().equals("plugins") && Files.isDirectory(p)).toList();
        }
        int done = 0;
        for (Path dir : plugins) {
            done += unsignIn(dir).size();
        }
        System.out.println("[unsign] signatures taken off " + done + " launcher, framework and framework extension jars in " + plugins.size()
                + " products");
    }

    /**
     * Unsigns the launch jars in one {@code plugins} folder that are signed (the others are left as they are).
     *
     * @param plugins an installation's {@code plugins} folder
     * @return the jars that were signed and are not any more, in name order; empty when none was signed
     * @throws IOException when a jar cannot be read or written (a jar being rewritten is left as it was)
     */
    public static List<Path> unsignIn(Path plugins) throws IOException {
        List<Path> done = new ArrayList<>();
        try (Stream<Path> s = Files.list(plugins)) {
            for (Path jar : s.filter(p -> JARS.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                if (unsign(jar)) {
                    done.add(jar);
                }
            }
        }
        return done;
    }

    /** @return whether the jar was signed (and is not any more) */
    static boolean unsign(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsigned");
        boolean signed = false;
        try {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    String name = e.getName();
                    if (SIGNATURE.matcher(name).matches()) {
                        signed = true;
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    if (name.equals(JarFile.MANIFEST_NAME)) {
                        Manifest mf = new Manifest(in);
                        withoutDigests(mf);
                        mf.write(out);
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            if (!signed) {
                Files.delete(tmp);
                return false;
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Drops the manifest's per-entry digests (the signature's), and the entry sections left empty. */
    private static void withoutDigests(Manifest mf) {
        Iterator<Map.Entry<String, Attributes>> it = mf.getEntries().entrySet().iterator();
        while (it.hasNext()) {
            Attributes a = it.next().getValue();
            List<Object> digests = new ArrayList<>();
            for (Object key : a.keySet()) {
                if (key.toString().endsWith("-Digest")) {
                    digests.add(key);
                }
            }
            digests.forEach(a::remove);
            if (a.isEmpty()) {
                it.remove();
            }
        }
    }
}
