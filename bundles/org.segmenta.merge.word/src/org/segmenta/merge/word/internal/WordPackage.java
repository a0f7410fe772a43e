package org.segmenta.merge.word.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.segmenta.core.format.Formats;

/**
 * The parts of an OPC package (ECMA-376 Part 2) read into memory, looked up without regard to case as OPC
 * requires (§9.1.1.1: part names are compared case-insensitively), with relationship and content-type helpers.
 */
final class WordPackage {
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** the largest part read, unpacked: 256 MB */
    static final int MAX_PART = 256 << 20;
    /** the most all parts together may hold, unpacked: 512 MB */
    static final long MAX_TOTAL = 512L << 20;

    /** entry name as stored → bytes, in zip order */
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, String> byLower = new LinkedHashMap<>();

    static WordPackage read(Path file) throws IOException {
        WordPackage p = new WordPackage();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] data = in.readNBytes(MAX_PART + 1);
                    if (data.length > MAX_PART) {
                        throw new ZipException(Formats.bind(Messages.Package_partTooLarge, e.getName(), MAX_PART >> 20));
                    }
                    total += data.length;
                    if (total > MAX_TOTAL) {
                        throw new ZipException(Formats.bind(Messages.Package_partsTooLarge, MAX_TOTAL >> 20));
                    }
                    p.put(e.getName(), data);
                }
            }
        } catch (ZipException e) {
            throw new ZipException(Formats.bind(Messages.Package_zipDamaged, e.getMessage()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // the JDK's zip reader says so for entry names that are not valid text, and a few other broken headers
            throw new ZipException(Formats.bind(Messages.Package_zipDamaged, e.getMessage()));
        }
        return p;
    }

    void put(String name, byte[] data) {
        String old = byLower.put(name.toLowerCase(Locale.ROOT), name);
        if (old != null && !old.equals(name)) {
            entries.remove(old);
        }
        entries.put(name, data);
    }

    void remove(String name) {
        String actual = byLower.remove(name.toLowerCase(Locale.ROOT));
        if (actual != null) {
            entries.remove(actual);
        }
    }

    /** @param partName a part name with or without the leading slash, any case */
    String actualName(String partName) {
        String n = partName.startsWith("/") ? partName.substring(1) : partName;
        return byLower.get(n.toLowerCase(Locale.ROOT));
    }

    byte[] get(String partName) {
        String a = actualName(partName);
        return a == null ? null : entries.get(a);
    }

    String text(String partName) {
        byte[] b = get(partName);
        if (b == null) {
            return null;
        }
        int off = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(b, off, b.length - off, StandardCharsets.UTF_8);
    }

    /** @return the relationships part name of a part, e.g. word/_rels/document.xml.rels */
    static String relsOf(String partName) {
        String n = partName.startsWith("/") ? partName.substring(1) : partName;
        int slash = n.lastIndexOf('/');
        return (slash < 0 ? "" : n.substring(0, slash + 1)) + "_rels/" + n.substring(slash + 1) + ".rels";
    }

    /** One relationship. */
    record Rel(String id, String type, String target, boolean external, XNode node) {
        String typeName() {
            int s = type.lastIndexOf('/');
            return s < 0 ? type : type.substring(s + 1);
        }
    }

    /** @return the relationships of a part ({@code ""} for the package), empty when it has none */
    List<Rel> rels(String partName, String[] srcOut) {
        String relsName = partName.isEmpty() ? "_rels/.rels" : relsOf(partName);
        String xml = text(relsName);
        List<Rel> l = new ArrayList<>();
        if (xml == null) {
            return l;
        }
        if (srcOut != null) {
            srcOut[0] = xml;
        }
        XNode root = XmlParser.parse(xml, relsName);
        for (XNode r : root.children) {
            if (r.local.equals("Relationship")) {
                String tag = xml.substring(r.start, r.startEnd);
                l.add(new Rel(XmlParser.attr(tag, "Id"), String.valueOf(XmlParser.attr(tag, "Type")),
                        String.valueOf(XmlParser.attr(tag, "Target")), "External".equals(XmlParser.attr(tag, "TargetMode")), r));
            }
        }
        return l;
    }

    /** @return the part name a relationship target points at, resolved against the source part's folder */
    static String resolve(String sourcePart, String target) {
        String t = java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (t.startsWith("/")) {
            return t.substring(1);
        }
        String s = sourcePart.startsWith("/") ? sourcePart.substring(1) : sourcePart;
        int slash = s.lastIndexOf('/');
        String base = slash < 0 ? "" : s.substring(0, slash + 1);
        List<String> parts = new ArrayList<>(List.of((base + t).split("/")));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                out.add(p);
            }
        }
        return String.join("/", out);
    }
}
