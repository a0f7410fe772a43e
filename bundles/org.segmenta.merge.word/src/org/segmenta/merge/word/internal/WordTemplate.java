package org.segmenta.merge.word.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.segmenta.core.format.Formats;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.LetterSink;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeProblem.Severity;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeResult.NoteKind;
import org.segmenta.core.merge.MergeResult.RecordNote;
import org.segmenta.core.merge.MergeSkippedException;
import org.segmenta.core.merge.PreparedMerge;
import org.segmenta.merge.word.WordFileKind;

/**
 * A main document read once and compiled for merging: the parts with fields become {@link CompiledPart}s, every
 * other entry is deflated once and copied into each letter as it is (Apache Commons Compress writes the zip;
 * {@link ZipArchiveOutputStream#addRawArchiveEntry} takes deflated bytes with their CRC-32 and sizes). The output
 * is a plain document: the {@code w:mailMerge} settings, the data-source relationships and the recipient data part
 * are removed, a template's or macro document's main part becomes a document's, macros are dropped.
 */
final class WordTemplate implements PreparedMerge {

    static final String DOC_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final Set<String> STORY_RELS = Set.of("header", "footer", "footnotes", "endnotes");
    private static final Set<String> DATA_SOURCE_RELS = Set.of("mailMergeSource", "mailMergeHeaderSource",
            "recipientData", "mailMergeRecipientData");

    private final Path file;
    private final String fileName;
    final List<MainDocument.FieldUse> uses = new ArrayList<>();
    final List<MergeProblem> problems = new ArrayList<>();
    final FieldMapping mapping;
    final int fieldCount;
    private final Engine engine;
    private final Set<MergeProblem> mergeProblems = Collections.synchronizedSet(new LinkedHashSet<>());

    /** the zip entries of a letter in order: {@link Raw} (static) or {@link Dynamic} */
    private final List<Object> entries = new ArrayList<>();
    private Dynamic main;
    private byte[] sectionBreak;

    // what a combined document needs beyond a single letter's parts
    /** the template's largest ids, for unique ids across the letters of a combined document */
    private final Ids ids = new Ids();
    private String ctName;
    private String ctText;
    private String mainRelsName;
    private String mainRelsText;
    /** header and footer parts with fields, each with the main part's relationships to it */
    private final Map<String, List<WordPackage.Rel>> headerFooterRels = new LinkedHashMap<>();
    private final Map<String, CompiledPart> headerFooters = new HashMap<>();
    /** part name (as stored) → its content type override */
    private final Map<String, String> contentTypes = new HashMap<>();
    private final Map<String, Raw> raws = new HashMap<>();
    private final Set<String> lowerNames = new java.util.HashSet<>();
    private Notes footnotes;
    private Notes endnotes;
    private int recordsPerLetter = 1;

    /** A footnotes or endnotes part cut into notes, so that a combined document holds each letter's own notes. */
    private record Notes(String part, CompiledPart head, List<CompiledPart> once, List<CompiledPart> each, CompiledPart tail) {
    }

    /** the modification time of every entry, as before: 2020-01-01 12:00 (a zip stores local time) */
    private static final long ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    /** A part the same in every letter, deflated once: copied into each letter as it is. */
    private record Raw(ZipArchiveEntry entry, byte[] deflated) {
        static Raw of(String name, byte[] data, Deflater deflater, CRC32 crc) {
            Bytes out = new Bytes(Math.max(64, data.length / 4));
            byte[] buf = new byte[16384];
            deflater.reset();
            deflater.setInput(data);
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            crc.reset();
            crc.update(data);
            return new Raw(zipEntry(name, crc.getValue(), data.length, out.size()), out.toByteArray());
        }
    }

    /** A zip entry of deflated data whose CRC-32 and sizes are known, written without a data descriptor. */
    private static ZipArchiveEntry zipEntry(String name, long crc, long size, long deflatedSize) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipArchiveEntry.DEFLATED);
        e.setTime(ENTRY_TIME);
        e.setCrc(crc);
        e.setSize(size);
        e.setCompressedSize(deflatedSize);
        return e;
    }

    /** A growable byte buffer whose array is handed on without copying. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int capacity) {
            super(capacity);
        }

        byte[] bytes() {
            return buf;
        }
    }

    /** A part whose content depends on the record; the main part is three pieces: head, body, tail. */
    private static final class Dynamic {
        final String name;
        final CompiledPart[] pieces;

        Dynamic(String name, CompiledPart... pieces) {
            this.name = name;
            this.pieces = pieces;
        }
    }

    WordTemplate(Path file, FieldMapping given) throws MergeException {
        this(file, given, List.of());
    }

    /**
     * @param file the main document
     * @param given a mapping chosen earlier, or null
     * @param pluginFields the fields plug-ins add ({@link org.segmenta.core.merge.MergeFieldProvider}), matched after
     *            Segmenta's own
     */
    WordTemplate(Path file, FieldMapping given, List<org.segmenta.core.merge.MergeFieldProvider.Field> pluginFields)
            throws MergeException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        WordFileKind kind;
        try {
            kind = WordFileKind.detect(file);
        } catch (NoSuchFileException e) {
            throw error(Messages.Template_noFile, null, e);
        } catch (AccessDeniedException e) {
            throw error(Messages.Template_accessDenied, null, e);
        } catch (IOException e) {
            throw error(Formats.bind(Messages.Template_cannotRead, e.getMessage()), null, e);
        }
        switch (kind) {
        case BINARY_DOC -> throw error(Messages.Template_binaryDoc, null, null);
        case ENCRYPTED -> throw error(Messages.Template_encrypted, null, null);
        case NOT_WORD -> throw error(Messages.Template_notWord, null, null);
        default -> {
            // mergeable
        }
        }
        WordPackage pkg;
        try {
            pkg = WordPackage.read(file);
        } catch (ZipException e) {
            throw error(Formats.bind(Messages.Template_fileDamaged, e.getMessage()), null, e);
        } catch (IOException e) {
            throw error(Formats.bind(Messages.Template_fileDamagedOrUnreadable, e.getMessage()), null, e);
        }
        List<String> xmlWarnings = new ArrayList<>();
        try {
            XmlParts.normalise(pkg, xmlWarnings);
        } catch (XmlParts.BadPartException e) {
            throw error(Formats.bind(Messages.Template_documentDamaged, e.getMessage()), null, e);
        } catch (XmlParser.TooDeepException e) {
            throw error(Formats.bind(Messages.Template_refused, e.getMessage()), null, e);
        }
        for (String w : xmlWarnings) {
            problems.add(new MergeProblem(fileName, "", w, Severity.WARNING));
        }
        try {
            Map<String, Boolean> names = new LinkedHashMap<>();
            List<String[]> odso = new ArrayList<>();
            List<Object[]> scanned = compileParts(pkg, names, odso);
            FieldMatcher matcher = new FieldMatcher(odso, pluginFields);
            mapping = matcher.mapping(names, given);
            Map<String, MergeKey> keys = new HashMap<>();
            Map<String, MergeKey> mappedKeys = new HashMap<>();
            Map<String, String> plugin = new HashMap<>();
            for (FieldMapping.Entry e : mapping.entries()) {
                if (e.key() != null) {
                    keys.put(e.fieldName().toLowerCase(Locale.ROOT), e.key());
                } else if (e.pluginField() != null) {
                    plugin.put(e.fieldName().toLowerCase(Locale.ROOT), e.pluginField());
                }
            }
            names.forEach((n, m) -> {
                if (m) {
                    MergeKey k = given != null && given.keyOf(n).isPresent() ? given.keyOf(n).get() : matcher.match(n, true).key();
                    if (k != null) {
                        mappedKeys.put(n.toLowerCase(Locale.ROOT), k);
                    }
                }
            });
            engine = new Engine(fileName, keys, mappedKeys, plugin, mergeProblems::add);
            fieldCount = uses.size();
            for (FieldMapping.Entry e : mapping.unmapped()) {
                if (names.containsKey(e.fieldName())) {
                    problems.add(new MergeProblem(fileName, "MERGEFIELD " + e.fieldName(),
                            Messages.Template_unmapped, Severity.WARNING));
                }
            }
            if (recordsPerLetter > 1) {
                problems.add(new MergeProblem(fileName, "NEXT", Formats.bind(recordsPerLetter == 2
                        ? Messages.Template_severalRecordsOne : Messages.Template_severalRecordsOther,
                        recordsPerLetter - 1, recordsPerLetter), Severity.WARNING));
            }
            if (uses.isEmpty()) {
                problems.add(new MergeProblem(fileName, "", Messages.Template_noFields, Severity.WARNING));
            }
            if (scanned.isEmpty()) {
                throw error(Messages.Template_noMainPart, null, null);
            }
        } catch (XmlParser.TooDeepException e) {
            throw error(Formats.bind(Messages.Template_refused, e.getMessage()), null, e);
        } catch (IllegalArgumentException e) {
            throw error(Formats.bind(Messages.Template_documentDamaged, e.getMessage()), null, e);
        } catch (RuntimeException | StackOverflowError e) {
            // a safety net: the user gets a refusal naming the file instead of a crash; tests count these as failures
            throw error(Formats.bind(Messages.Template_internal, INTERNAL, e), null, e);
        }
    }

    /** Marks a refusal that stems from an error in the merge itself rather than in the document. */
    static final String INTERNAL = Messages.Template_internalError;

    private MergeException error(String what, List<MergeProblem> details, Throwable cause) {
        List<MergeProblem> l = details != null ? details : List.of(new MergeProblem(fileName, "", what, Severity.ERROR));
        return new MergeException(fileName + ": " + what, l, cause);
    }

    private List<Object[]> compileParts(WordPackage pkg, Map<String, Boolean> names, List<String[]> odso) {
        String mainName = null;
        for (WordPackage.Rel r : pkg.rels("", null)) {
            if (r.typeName().equals("officeDocument") && !r.external()) {
                mainName = pkg.actualName(WordPackage.resolve("", r.target()));
            }
        }
        List<Object[]> scanned = new ArrayList<>();
        if (mainName == null) {
            return scanned;
        }
        Map<String, String> replaced = new HashMap<>(); // actual entry name -> new text
        Set<String> removed = new java.util.HashSet<>();
        Set<String> stories = new LinkedHashSet<>();
        String settingsName = null;
        String[] mainRelsSrc = new String[1];
        List<WordPackage.Rel> mainRels = pkg.rels(mainName, mainRelsSrc);
        List<String> dropMainRels = new ArrayList<>();
        Map<String, List<WordPackage.Rel>> storyRels = new LinkedHashMap<>();
        for (WordPackage.Rel r : mainRels) {
            if (r.external()) {
                continue;
            }
            String target = pkg.actualName(WordPackage.resolve(mainName, r.target()));
            if (STORY_RELS.contains(r.typeName()) && target != null) {
                stories.add(target);
                if (r.typeName().equals("header") || r.typeName().equals("footer")) {
                    storyRels.computeIfAbsent(target, t -> new ArrayList<>()).add(r);
                }
            } else if (r.typeName().equals("settings")) {
                settingsName = target;
            } else if (r.typeName().equals("vbaProject")) {
                dropMainRels.add(r.node().outer());
                if (target != null) {
                    removed.add(target);
                    removed.add(pkg.actualName(WordPackage.relsOf(target)));
                    for (WordPackage.Rel v : pkg.rels(target, null)) {
                        removed.add(pkg.actualName(WordPackage.resolve(target, v.target())));
                    }
                }
            }
        }
        mainRelsName = pkg.actualName(WordPackage.relsOf(mainName));
        mainRelsText = mainRelsSrc[0];
        if (!dropMainRels.isEmpty()) {
            String s = mainRelsSrc[0];
            for (String d : dropMainRels) {
                s = s.replace(d, "");
            }
            replaced.put(mainRelsName, s);
            mainRelsText = s;
        }
        // settings: read the ODSO field map, then drop w:mailMerge and the data-source relationships
        if (settingsName != null) {
            String xml = pkg.text(settingsName);
            XNode root = XmlParser.parse(xml, settingsName);
            XNode mm = root.firstW("mailMerge");
            if (mm != null) {
                XNode o = mm.firstW("odso");
                if (o != null) {
                    for (XNode fm : o.children) {
                        if (fm.isW("fieldMapData")) {
                            XNode n = fm.firstW("name");
                            XNode m = fm.firstW("mappedName");
                            if (n != null && m != null && n.wAttr("val") != null && m.wAttr("val") != null) {
                                odso.add(new String[] { n.wAttr("val"), m.wAttr("val") });
                            }
                        }
                    }
                }
                replaced.put(settingsName, xml.substring(0, mm.start) + xml.substring(mm.end));
            }
            String[] relsSrc = new String[1];
            List<WordPackage.Rel> rels = pkg.rels(settingsName, relsSrc);
            String relsXml = relsSrc[0];
            boolean changed = false;
            for (WordPackage.Rel r : rels) {
                if (DATA_SOURCE_RELS.contains(r.typeName())) {
                    relsXml = relsXml.replace(r.node().outer(), "");
                    changed = true;
                    if (!r.external()) {
                        String t = pkg.actualName(WordPackage.resolve(settingsName, r.target()));
                        if (t != null) {
                            removed.add(t);
                        }
                    }
                }
            }
            if (changed) {
                replaced.put(pkg.actualName(WordPackage.relsOf(settingsName)), relsXml);
            }
        }
        removed.remove(null);
        // content types: template/macro main → document main; overrides of removed parts gone
        ctName = pkg.actualName("[Content_Types].xml");
        if (ctName != null) {
            String ct = pkg.text(ctName);
            XNode root = XmlParser.parse(ct, "[Content_Types].xml");
            StringBuilder b = new StringBuilder(ct.substring(0, root.startEnd));
            for (XNode c : root.children) {
                String tag = ct.substring(c.start, c.startEnd);
                String pn = XmlParser.attr(tag, "PartName");
                if (c.local.equals("Override") && pn != null) {
                    String actual = pkg.actualName(pn);
                    String type = XmlParser.attr(tag, "ContentType");
                    if (actual != null && type != null) {
                        contentTypes.put(actual, type);
                    }
                    if (actual != null && removed.contains(actual)) {
                        continue;
                    }
                    if (actual != null && actual.equals(mainName)) {
                        b.append("<Override PartName=\"").append(pn.replace("&", "&amp;").replace("\"", "&quot;"))
                                .append("\" ContentType=\"").append(DOC_MAIN).append("\"/>");
                        continue;
                    }
                }
                b.append(c.outer());
            }
            b.append(ct.substring(root.endStart));
            replaced.put(ctName, b.toString());
            ctText = b.toString();
        }
        // the parts with fields
        List<String> order = new ArrayList<>();
        order.add(mainName);
        order.addAll(stories);
        Map<String, Dynamic> dynamics = new HashMap<>();
        for (String part : order) {
            String xml = replaced.containsKey(part) ? replaced.get(part) : pkg.text(part);
            XNode root = XmlParser.parse(xml, part);
            FieldScanner sc = new FieldScanner();
            try {
                sc.scan(root);
            } catch (XmlParser.TooDeepException e) {
                throw new XmlParser.TooDeepException("/" + part + ": " + e.getMessage());
            }
            scanned.add(new Object[] { part, sc });
            for (String issue : sc.issues) {
                problems.add(new MergeProblem(fileName, "", "/" + part + ": " + issue, Severity.WARNING));
            }
            for (Field f : sc.all) {
                register(f, part, names);
                if (part.equals(mainName)) {
                    String t = f.staticInstr().type;
                    if (t.equals("NEXT") || t.equals("NEXTIF")) {
                        recordsPerLetter++;
                    }
                }
            }
            ids.collect(xml);
            String wp = root.prefixOf(XNode.W);
            wp = wp == null || wp.isEmpty() ? "" : wp + ":";
            List<String> skipped = new ArrayList<>();
            if (part.equals(mainName)) {
                XNode body = root.firstW("body");
                if (body == null) {
                    throw new IllegalArgumentException(Formats.bind(Messages.Template_noBody, part));
                }
                XNode sect = body.children.isEmpty() ? null : body.children.get(body.children.size() - 1);
                int bodyEnd = sect != null && sect.isW("sectPr") ? sect.start : body.endStart;
                CompiledPart head = CompiledPart.compile(xml, wp, sc.top, 0, body.startEnd, skipped);
                CompiledPart mid = CompiledPart.compile(xml, wp, sc.top, body.startEnd, bodyEnd, skipped);
                CompiledPart tail = CompiledPart.compile(xml, wp, sc.top, bodyEnd, xml.length(), skipped);
                main = new Dynamic(part, head, mid, tail);
                dynamics.put(part, main);
                String sectXml = sect != null && sect.isW("sectPr") ? sect.outer() : "<" + wp + "sectPr/>";
                XNode sectNode = sect != null && sect.isW("sectPr") ? sect : null;
                if (sectNode != null) {
                    XNode type = sectNode.firstW("type");
                    if (type != null) {
                        sectXml = sectXml.replace(type.outer(), "");
                    }
                }
                sectionBreak = ("<" + wp + "p><" + wp + "pPr>" + sectXml + "</" + wp + "pPr></" + wp + "p>").getBytes(StandardCharsets.UTF_8);
            } else {
                CompiledPart all = CompiledPart.compile(xml, wp, sc.top, 0, xml.length(), skipped);
                if (all.slots > 0) {
                    dynamics.put(part, new Dynamic(part, all));
                    if (storyRels.containsKey(part)) {
                        headerFooterRels.put(part, storyRels.get(part));
                        headerFooters.put(part, all);
                    }
                }
                if (root.isW("footnotes") || root.isW("endnotes")) {
                    Notes notes = notes(part, xml, wp, root, sc);
                    if (root.isW("footnotes")) {
                        footnotes = notes;
                    } else {
                        endnotes = notes;
                    }
                }
            }
        }
        // every entry in zip order; [Content_Types].xml first
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        CRC32 crc = new CRC32();
        try {
            List<String> names2 = new ArrayList<>(pkg.entries.keySet());
            if (ctName != null) {
                names2.remove(ctName);
                names2.add(0, ctName);
            }
            for (String n : names2) {
                if (removed.contains(n)) {
                    continue;
                }
                lowerNames.add(n.toLowerCase(Locale.ROOT));
                Dynamic dyn = dynamics.get(n);
                if (dyn != null) {
                    entries.add(dyn);
                } else {
                    byte[] data = replaced.containsKey(n) ? replaced.get(n).getBytes(StandardCharsets.UTF_8) : pkg.entries.get(n);
                    Raw raw = Raw.of(n, data, d, crc);
                    entries.add(raw);
                    raws.put(n, raw);
                }
            }
        } finally {
            d.end();
        }
        return scanned;
    }

    /** Cuts a notes part into its head, the notes kept once (separators), the letter's notes and its tail. */
    private static Notes notes(String part, String xml, String wp, XNode root, FieldScanner sc) {
        List<String> skipped = new ArrayList<>();
        List<XNode> kids = root.children;
        int first = kids.isEmpty() ? root.endStart : kids.get(0).start;
        int last = kids.isEmpty() ? root.endStart : kids.get(kids.size() - 1).end;
        CompiledPart head = CompiledPart.compile(xml, wp, sc.top, 0, first, skipped);
        List<CompiledPart> once = new ArrayList<>();
        List<CompiledPart> each = new ArrayList<>();
        for (XNode c : kids) {
            CompiledPart piece = CompiledPart.compile(xml, wp, sc.top, c.start, c.end, skipped);
            String type = c.wAttr("type");
            boolean note = (c.isW("footnote") || c.isW("endnote")) && (type == null || type.equals("normal"));
            (note ? each : once).add(piece);
        }
        CompiledPart tail = CompiledPart.compile(xml, wp, sc.top, last, xml.length(), skipped);
        return new Notes(part, head, once, each, tail);
    }

    private void register(Field f, String part, Map<String, Boolean> names) {
        Instr in = f.staticInstr();
        String name = in.type.equals("MERGEFIELD") ? in.arg(0) : "";
        uses.add(new MainDocument.FieldUse(in.type, name, f.code(), "/" + part));
        String code = f.code();
        if (in.type.equals("MERGEFIELD")) {
            if (name.isEmpty()) {
                problems.add(new MergeProblem(fileName, code, Messages.Template_noName, Severity.WARNING));
            } else if (Engine.isRegionMarker(name)) {
                problems.add(new MergeProblem(fileName, code, Formats.bind(Messages.Template_regionMarker,
                        name.substring(0, name.indexOf(':'))), Severity.WARNING));
            } else {
                String key = name;
                boolean m = in.has('m');
                names.merge(key, m, (a, b) -> a || b);
            }
        } else if (in.type.isEmpty()) {
            problems.add(new MergeProblem(fileName, "{ }", Formats.bind(Messages.Template_emptyCode, part), Severity.WARNING));
        } else if (!Engine.MERGED.contains(in.type) && !Engine.LIVE.contains(in.type)) {
            problems.add(new MergeProblem(fileName, code, Formats.bind(Messages.Template_typeNotMerged, in.type,
                    f.cached.toString().replace(Rich.PARA, ' ').replace('\u000B', ' ').strip()), Severity.WARNING));
        }
    }

    // ------------------------------------------------------------------------------------------ merging

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<MergeProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public int recordsPerLetter() {
        return recordsPerLetter;
    }

    /** Per-thread scratch buffers of one merge run. */
    private static final class Scratch {
        final Bytes zip = new Bytes(1 << 16);
        final Bytes part = new Bytes(1 << 16);
        final StringBuilder sb = new StringBuilder(256);
        final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        final CRC32 crc = new CRC32();
        byte[] out = new byte[1 << 16];
    }

    private void render(CompiledPart p, Ctx ctx, Scratch s) {
        for (Object o : p.segments) {
            if (o instanceof byte[] b) {
                s.part.write(b, 0, b.length);
            } else {
                Slot slot = (Slot) o;
                s.sb.setLength(0);
                Engine.write(engine.eval(slot.field(), ctx), slot, s.sb);
                byte[] b = s.sb.toString().getBytes(StandardCharsets.UTF_8);
                s.part.write(b, 0, b.length);
            }
        }
    }

    /** A letter's zip, written into {@code s.zip}; closing it finishes the archive. */
    private static ZipArchiveOutputStream zip(Scratch s) {
        s.zip.reset();
        return new ZipArchiveOutputStream(s.zip);
    }

    private static void addRaw(ZipArchiveOutputStream z, Raw r) throws IOException {
        z.addRawArchiveEntry(r.entry(), new ByteArrayInputStream(r.deflated()));
    }

    /** Deflates {@code s.part} with the run's deflater and adds it as entry {@code name}. */
    private void addPart(ZipArchiveOutputStream z, String name, Scratch s) throws IOException {
        s.crc.reset();
        s.crc.update(s.part.bytes(), 0, s.part.size());
        s.deflater.reset();
        s.deflater.setInput(s.part.bytes(), 0, s.part.size());
        s.deflater.finish();
        int n = 0;
        while (!s.deflater.finished()) {
            if (n == s.out.length) {
                s.out = java.util.Arrays.copyOf(s.out, s.out.length * 2);
            }
            n += s.deflater.deflate(s.out, n, s.out.length - n);
        }
        z.addRawArchiveEntry(zipEntry(name, s.crc.getValue(), s.part.size(), n), new ByteArrayInputStream(s.out, 0, n));
    }

    /** @return the record as users know it: contact No. and name, else its position */
    static String who(List<MergeRecord> records, int i) {
        MergeRecord r = records.get(i);
        String no = r.text(MergeKey.CONTACT_NO);
        String name = r.text(MergeKey.NAME);
        String w = (no + " " + name).strip();
        return w.isEmpty() ? "record " + (i + 1) : w;
    }

    /** Notes the records a letter skipped or grouped, from its context after merging. */
    private static void note(List<MergeRecord> records, int start, Ctx ctx, int letter, List<RecordNote> notes) {
        int end = Math.min(ctx.pos, records.size() - 1);
        if (ctx.skip) {
            String field = ctx.skipField == null ? "SKIPIF" : ctx.skipField.code();
            for (int i = start; i <= end; i++) {
                notes.add(new RecordNote(i, who(records, i), NoteKind.SKIPPED, -1, "", field));
            }
        } else if (end > start) {
            String into = who(records, start);
            String field = ctx.nextField == null ? "NEXT" : ctx.nextField.code();
            for (int i = start + 1; i <= end; i++) {
                notes.add(new RecordNote(i, who(records, i), NoteKind.GROUPED, letter, into, field));
            }
        }
    }

    /**
     * Merges one letter starting at record {@code start} into {@code s.zip}.
     *
     * @return the context after the main part: {@code pos} is the letter's last record, {@code skip} whether
     *         SKIPIF dropped it (then nothing was written)
     */
    private Ctx letter(List<MergeRecord> records, int start, int letterNo, LocalDateTime now, Scratch s) throws IOException {
        Ctx mainCtx = new Ctx(records, start, now, letterNo);
        s.part.reset();
        for (CompiledPart p : main.pieces) {
            render(p, mainCtx, s);
        }
        if (mainCtx.skip) {
            return mainCtx;
        }
        byte[] mainBytes = s.part.toByteArray();
        try (ZipArchiveOutputStream z = zip(s)) {
            for (Object e : entries) {
                if (e instanceof Raw r) {
                    addRaw(z, r);
                } else {
                    Dynamic d = (Dynamic) e;
                    s.part.reset();
                    if (d == main) {
                        s.part.write(mainBytes, 0, mainBytes.length);
                    } else {
                        Ctx ctx = new Ctx(records, start, now, letterNo);
                        for (CompiledPart p : d.pieces) {
                            render(p, ctx, s);
                        }
                    }
                    addPart(z, d.name, s);
                }
            }
        }
        return mainCtx;
    }

    @Override
    public byte[] preview(MergeRecord record) throws MergeException {
        if (recordsPerLetter > 1) {
            throw new MergeException(fileName + ": " + Formats.bind(recordsPerLetter == 2
                    ? Messages.Template_previewSeveralRecordsOne : Messages.Template_previewSeveralRecordsOther,
                    recordsPerLetter - 1, recordsPerLetter),
                    List.of(new MergeProblem(fileName, "NEXT", Formats.bind(Messages.Template_recordsPerPage, recordsPerLetter),
                            Severity.ERROR)), null);
        }
        Scratch s = new Scratch();
        try {
            Ctx c = letter(List.of(record), 0, 0, LocalDateTime.now(), s);
            if (c.skip) {
                String field = c.skipField == null ? "SKIPIF" : c.skipField.code();
                throw new MergeSkippedException(fileName + ": " + Formats.bind(Messages.Template_skips, field, who(List.of(record), 0)),
                        List.of(new MergeProblem(fileName, field, Messages.Template_recordSkipped, Severity.WARNING)));
            }
            return s.zip.toByteArray();
        } catch (IOException e) {
            throw new MergeException(fileName + ": " + Formats.bind(Messages.Template_cannotBuild, e.getMessage()), List.of(), e);
        } finally {
            s.deflater.end();
        }
    }

    @Override
    public MergeResult merge(Iterable<MergeRecord> records, LetterSink sink) throws IOException {
        List<MergeRecord> list = new ArrayList<>();
        records.forEach(list::add);
        return run(list, sink, List.of());
    }

    private MergeResult run(List<MergeRecord> list, LetterSink sink, List<Path> files) throws IOException {
        Scratch s = new Scratch();
        LocalDateTime now = LocalDateTime.now();
        List<RecordNote> notes = new ArrayList<>();
        int pos = 0;
        int letters = 0;
        try {
            while (pos < list.size()) {
                Ctx c = letter(list, pos, letters, now, s);
                note(list, pos, c, letters, notes);
                if (!c.skip) {
                    sink.accept(letters, list.get(pos), s.zip.bytes(), s.zip.size());
                    letters++;
                }
                pos = Math.max(c.pos + 1, pos + 1);
            }
        } finally {
            s.deflater.end();
        }
        return new MergeResult(letters, list.size(), files, List.copyOf(mergeProblems), notes);
    }

    @Override
    public MergeResult mergeToFolder(List<MergeRecord> records, Path folder, IntFunction<String> naming) throws IOException {
        List<Path> written = new ArrayList<>();
        Path tmp = Files.createTempDirectory(folder, ".segmenta-merge-");
        try {
            MergeResult r = run(records, (index, record, docx, length) -> {
                Path f = tmp.resolve(naming.apply(index));
                try (var out = Files.newOutputStream(f)) {
                    out.write(docx, 0, length);
                }
                written.add(f);
            }, List.of());
            List<Path> files = moveAll(written, folder);
            return new MergeResult(r.letters(), r.records(), files, r.problems(), r.notes());
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * Moves finished files into their folder (atomically where the file system can), after the whole merge
     * succeeded, so that a failed merge leaves no letters behind.
     *
     * @return the files at their places, in order
     */
    static List<Path> moveAll(List<Path> written, Path folder) throws IOException {
        List<Path> files = new ArrayList<>(written.size());
        for (Path f : written) {
            Path target = folder.resolve(f.getFileName().toString());
            try {
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
            files.add(target);
        }
        return files;
    }

    /** Deletes a temporary folder and what is left in it; a failure to delete is harmless. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static void writeAtomically(Path target, byte[] data, int length) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".segmenta-", ".tmp");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                out.write(data, 0, length);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String text(Bytes b) {
        return new String(b.bytes(), 0, b.size(), StandardCharsets.UTF_8);
    }

    private static void put(Bytes b, String s) {
        byte[] x = s.getBytes(StandardCharsets.UTF_8);
        b.write(x, 0, x.length);
    }

    /** @return a new part name for letter {@code k}'s copy of a part, e.g. word/header1-letter2.xml */
    private String letterPart(String part, int k, Set<String> taken) {
        int slash = part.lastIndexOf('/');
        int dot = part.lastIndexOf('.');
        String base = dot > slash ? part.substring(0, dot) : part;
        String ext = dot > slash ? part.substring(dot) : "";
        String n = base + "-letter" + (k + 1) + ext;
        while (lowerNames.contains(n.toLowerCase(Locale.ROOT)) || !taken.add(n.toLowerCase(Locale.ROOT))) {
            n = base + "-letter" + (k + 1) + "x" + ext;
            base = base + "x";
        }
        return n;
    }

    /** @return the relationship target with its last segment replaced by the new part's file name */
    private static String retarget(String target, String newPart) {
        String file = newPart.substring(newPart.lastIndexOf('/') + 1);
        int slash = target.lastIndexOf('/');
        return (slash < 0 ? "" : target.substring(0, slash + 1)) + file;
    }

    private static String attrEscape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** @return the XML with the given elements inserted before the root's end tag */
    private static String insertBeforeEnd(String xml, CharSequence add) {
        int end = xml.lastIndexOf("</");
        return end < 0 ? xml : xml.substring(0, end) + add + xml.substring(end);
    }

    @Override
    public MergeResult mergeCombined(List<MergeRecord> records, Path target) throws IOException {
        Scratch s = new Scratch();
        LocalDateTime now = LocalDateTime.now();
        Ids run = ids.fresh();
        List<RecordNote> notes = new ArrayList<>();
        try {
            StringBuilder body = new StringBuilder(1 << 16);
            StringBuilder foot = new StringBuilder();
            StringBuilder end = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            StringBuilder overrides = new StringBuilder();
            List<Object[]> added = new ArrayList<>(); // name, String xml or Raw to copy under that name
            Set<String> taken = new java.util.HashSet<>();
            Map<String, String> firstCopies = new HashMap<>();
            String separator = new String(sectionBreak, StandardCharsets.UTF_8);
            Map<String, String> previous = Map.of();
            int pos = 0;
            int letters = 0;
            while (pos < records.size()) {
                int start = pos;
                Ctx ctx = new Ctx(records, pos, now, letters);
                s.part.reset();
                render(main.pieces[1], ctx, s);
                note(records, start, ctx, letters, notes);
                pos = Math.max(ctx.pos + 1, start + 1);
                if (ctx.skip) {
                    continue;
                }
                int k = letters;
                String letterBody = text(s.part);
                Map<String, String> relMap = new HashMap<>();
                for (Map.Entry<String, List<WordPackage.Rel>> e : headerFooterRels.entrySet()) {
                    String part = e.getKey();
                    s.part.reset();
                    render(headerFooters.get(part), new Ctx(records, start, now, k), s);
                    String xml = run.rewrite(text(s.part), k, null);
                    if (k == 0) {
                        firstCopies.put(part, xml);
                        continue;
                    }
                    String copy = letterPart(part, k, taken);
                    added.add(new Object[] { copy, xml });
                    Raw partRels = raws.get(WordPackage.relsOf(part));
                    if (partRels == null) {
                        for (Map.Entry<String, Raw> r : raws.entrySet()) {
                            if (r.getKey().equalsIgnoreCase(WordPackage.relsOf(part))) {
                                partRels = r.getValue();
                            }
                        }
                    }
                    if (partRels != null) {
                        added.add(new Object[] { WordPackage.relsOf(copy), partRels });
                    }
                    String type = contentTypes.get(part);
                    if (type != null) {
                        overrides.append("<Override PartName=\"/").append(attrEscape(copy)).append("\" ContentType=\"")
                                .append(attrEscape(type)).append("\"/>");
                    }
                    for (WordPackage.Rel r : e.getValue()) {
                        String id = "sgmL" + (k + 1) + "_" + r.id();
                        relMap.put(r.id(), id);
                        rels.append("<Relationship Id=\"").append(attrEscape(id)).append("\" Type=\"").append(attrEscape(r.type()))
                                .append("\" Target=\"").append(attrEscape(retarget(r.target(), copy))).append("\"/>");
                    }
                }
                if (k > 0) {
                    body.append(run.rewrite(separator, 0, previous));
                }
                body.append(run.rewrite(letterBody, k, relMap));
                for (Notes n : new Notes[] { footnotes, endnotes }) {
                    if (n == null) {
                        continue;
                    }
                    StringBuilder into = n == footnotes ? foot : end;
                    for (CompiledPart p : n.each()) {
                        s.part.reset();
                        render(p, new Ctx(records, start, now, k), s);
                        into.append(run.rewrite(text(s.part), k, null));
                    }
                }
                previous = relMap;
                letters++;
            }
            if (letters == 0) {
                return new MergeResult(0, records.size(), List.of(), List.copyOf(mergeProblems), notes);
            }
            Ctx first = new Ctx(records, 0, now, 0);
            try (ZipArchiveOutputStream z = zip(s)) {
                for (Object e : entries) {
                    String name = e instanceof Raw r ? r.entry().getName() : ((Dynamic) e).name;
                    s.part.reset();
                    if (e == main) {
                        // the last section's properties end the last letter: its headers and footers
                        render(main.pieces[2], first, s);
                        String tail = run.rewrite(text(s.part), 0, previous);
                        s.part.reset();
                        render(main.pieces[0], first, s);
                        put(s.part, body.toString());
                        put(s.part, tail);
                    } else if (name.equals(ctName) && ctText != null && !overrides.isEmpty()) {
                        put(s.part, insertBeforeEnd(ctText, overrides));
                    } else if (name.equals(mainRelsName) && mainRelsText != null && !rels.isEmpty()) {
                        put(s.part, insertBeforeEnd(mainRelsText, rels));
                    } else if ((footnotes != null && name.equals(footnotes.part())) || (endnotes != null && name.equals(endnotes.part()))) {
                        Notes n = name.equals(footnotes == null ? null : footnotes.part()) ? footnotes : endnotes;
                        render(n.head(), first, s);
                        for (CompiledPart p : n.once()) {
                            render(p, first, s);
                        }
                        put(s.part, (n == footnotes ? foot : end).toString());
                        render(n.tail(), first, s);
                    } else if (firstCopies.containsKey(name)) {
                        put(s.part, firstCopies.get(name));
                    } else if (e instanceof Raw r) {
                        addRaw(z, r);
                        continue;
                    } else {
                        for (CompiledPart p : ((Dynamic) e).pieces) {
                            render(p, new Ctx(records, 0, now, 0), s);
                        }
                    }
                    addPart(z, name, s);
                }
                for (Object[] a : added) {
                    String name = (String) a[0];
                    if (a[1] instanceof Raw r) {
                        ZipArchiveEntry en = zipEntry(name, r.entry().getCrc(), r.entry().getSize(), r.entry().getCompressedSize());
                        z.addRawArchiveEntry(en, new ByteArrayInputStream(r.deflated()));
                    } else {
                        s.part.reset();
                        put(s.part, (String) a[1]);
                        addPart(z, name, s);
                    }
                }
            }
            writeAtomically(target, s.zip.bytes(), s.zip.size());
            return new MergeResult(letters, records.size(), List.of(target), List.copyOf(mergeProblems), notes);
        } finally {
            s.deflater.end();
        }
    }

    Path file() {
        return file;
    }
}
