import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes {@code third-party-licences.tsv} into every materialized product of the build (run by the product's pom
 * between materialize-products and archive-products, as a Java single-file program): one line per bundled
 * third-party bundle with its licence, taken from the bundle's own {@code Bundle-License} header, else from its
 * Maven POM's {@code <licenses>} (following the POM's parents in the local Maven repository), the Maven coordinates
 * coming from the p2 repository's {@code maven-groupId/-artifactId/-version} artifact properties. Nothing is typed:
 * what the build bundles is what the About dialog lists.
 * <p>
 * Usage: {@code java ThirdPartyLicences.java REPOSITORY LOCAL_MAVEN_REPOSITORY PRODUCTS_FOLDER}
 */
public class ThirdPartyLicences {

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]);
        Path m2 = Path.of(args[1]);
        Path products = Path.of(args[2]);
        Map<String, String[]> gav = coordinates(repository.resolve("artifacts.jar"));
        List<Path> roots;
        try (Stream<Path> s = Files.walk(products, 8)) {
            roots = s.filter(p -> Files.isDirectory(p.resolve("plugins"))).toList();
        }
        for (Path root : roots) {
            List<String> lines = new ArrayList<>();
            lines.add("bundle\tversion\tname\tlicence\turl\tmaven");
            try (Stream<Path> s = Files.list(root.resolve("plugins"))) {
                for (Path b : s.sorted().toList()) {
                    String file = b.getFileName().toString().replaceFirst("\\.jar$", "");
                    Matcher m = Pattern.compile("^(.+?)_(\\d+\\.\\d+(\\.[^_]*)?)$").matcher(file);
                    if (!m.matches() || m.group(1).startsWith("org.segmenta.")) {
                        continue;
                    }
                    String id = m.group(1);
                    String version = m.group(2);
                    Manifest mf = manifest(b);
                    String name = (mf == null ? id : value(mf, "Bundle-Name", id)).replaceFirst(" \\([^)]*wrapped from Maven Central\\)$", "");
                    if (name.startsWith("%")) {
                        name = id;
                    }
                    String[] coordinates = gav.get(id + "_" + version);
                    String[] licence = mf == null ? null : bundleLicense(mf.getMainAttributes().getValue("Bundle-License"));
                    if (licence == null && coordinates != null) {
                        licence = pomLicence(m2, coordinates[0], coordinates[1], coordinates[2], 0);
                    }
                    if (licence == null) {
                        licence = new String[] { "not stated by the bundle or its POM", "" };
                    }
                    lines.add(String.join("\t", id, version, clean(name), clean(licence[0]), clean(licence[1]),
                            coordinates == null ? "" : String.join(":", coordinates)));
                }
            }
            Files.write(root.resolve("third-party-licences.tsv"), lines, StandardCharsets.UTF_8);
            System.out.println("[licences] " + (lines.size() - 1) + " third-party bundles in " + root);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String value(Manifest mf, String header, String fallback) {
        String v = mf.getMainAttributes().getValue(header);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static Manifest manifest(Path bundle) throws Exception {
        if (Files.isDirectory(bundle)) {
            Path f = bundle.resolve("META-INF/MANIFEST.MF");
            if (!Files.exists(f)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(f)) {
                return new Manifest(in);
            }
        }
        try (ZipFile z = new ZipFile(bundle.toFile())) {
            ZipEntry e = z.getEntry("META-INF/MANIFEST.MF");
            if (e == null) {
                return null;
            }
            try (InputStream in = z.getInputStream(e)) {
                return new Manifest(in);
            }
        }
    }

    /** @return {name, url} of the first licence of a Bundle-License header, or null */
    static String[] bundleLicense(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String first = header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[0].strip();
        String[] parts = first.split(";");
        String name = parts[0].replace("\"", "").strip();
        String url = "";
        for (String p : parts) {
            if (p.strip().startsWith("link=")) {
                url = p.strip().substring(5).replace("\"", "");
            }
        }
        if (name.startsWith("http")) {
            url = url.isEmpty() ? name : url;
        }
        return new String[] { name, url };
    }

    /** @return {name, url} of the POM's first licence, looking into its parents, or null */
    static String[] pomLicence(Path m2, String g, String a, String v, int depth) throws Exception {
        Path pom = m2.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + ".pom");
        if (depth > 8 || !Files.isRegularFile(pom)) {
            return null;
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(pom.toFile());
        Element project = d.getDocumentElement();
        Element licenses = child(project, "licenses");
        if (licenses != null) {
            Element licence = child(licenses, "license");
            if (licence != null) {
                return new String[] { text(child(licence, "name")), text(child(licence, "url")) };
            }
        }
        Element parent = child(project, "parent");
        if (parent == null) {
            return null;
        }
        return pomLicence(m2, text(child(parent, "groupId")), text(child(parent, "artifactId")),
                text(child(parent, "version")), depth + 1);
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name.equals(c.getLocalName()) || name.equals(c.getTagName()))) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    /** @return bundle id_version → {groupId, artifactId, version} from the repository's artifact properties */
    static Map<String, String[]> coordinates(Path artifactsJar) throws Exception {
        String xml;
        try (ZipFile z = new ZipFile(artifactsJar.toFile())) {
            ZipEntry e = z.getEntry("artifacts.xml");
            xml = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String[]> map = new HashMap<>();
        Matcher a = Pattern.compile("<artifact classifier='osgi.bundle' id='([^']+)' version='([^']+)'>(.*?)</artifact>",
                Pattern.DOTALL).matcher(xml);
        while (a.find()) {
            String body = a.group(3);
            // Maven's own bundles carry maven-*, the ones Tycho wrapped (no OSGi manifest on Central) maven-wrapped-*
            String g = property(body, "maven-groupId", "maven-wrapped-groupId");
            String ar = property(body, "maven-artifactId", "maven-wrapped-artifactId");
            String v = property(body, "maven-version", "maven-wrapped-version");
            if (g != null && ar != null && v != null) {
                map.put(a.group(1) + "_" + a.group(2), new String[] { g, ar, v });
            }
        }
        return map;
    }

    private static String property(String body, String... names) {
        for (String name : names) {
            Matcher m = Pattern.compile("<property name='" + Pattern.quote(name) + "' value='([^']*)'/>").matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
