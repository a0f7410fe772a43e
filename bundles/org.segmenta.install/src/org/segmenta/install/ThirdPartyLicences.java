package org.segmenta.install;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The third-party libraries bundled with this installation and their licences, as the product build found them
 * ({@code releng/org.segmenta.product/licences/ThirdPartyLicences.java} writes {@value #FILE} into the installation
 * from each bundle's {@code Bundle-License} header or its Maven POM's licences). Help › About lists them.
 */
public final class ThirdPartyLicences {

    /** The list's file name in the installation folder. */
    public static final String FILE = "third-party-licences.tsv";

    /** One bundled library. */
    public record Library(String bundle, String version, String name, String licence, String url, String maven) {
    }

    private ThirdPartyLicences() {
    }

    /** @return the installation folder ({@code osgi.install.area}), or null outside an installed product */
    public static Path installFolder() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URL(area).toURI());
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * @return the bundled libraries in bundle order; empty when this is not an installed product (a test or
     *         development run has no list)
     * @throws IOException when the installation's list cannot be read
     */
    public static List<Library> list() throws IOException {
        Path folder = installFolder();
        return folder == null ? List.of() : read(folder.resolve(FILE));
    }

    /**
     * @param file a list as the build writes it (tab-separated, a header line first)
     * @return its libraries; empty when the file does not exist
     * @throws IOException when it cannot be read
     */
    public static List<Library> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Library> libraries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length >= 6) {
                libraries.add(new Library(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return List.copyOf(libraries);
    }
}
