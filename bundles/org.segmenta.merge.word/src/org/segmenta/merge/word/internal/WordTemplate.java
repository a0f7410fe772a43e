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
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.LetterSink;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeProblem.Severity;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
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
        this.file = file;
        this.fileName = file.getFileName().toString();
        WordFileKind kind;
        try {
            kind = WordFileKind.detect(file);
        } catch (NoSuchFileException e) {
            throw error("the file does not exist; check the path", null, e);
        } catch (AccessDeniedException e) {
            throw error("the file cannot be read (access denied); check its permissions", null, e);
        } catch (IOException e) {
            throw error("the file cannot be read: " + e.getMessage(), null, e);
        }
        switch (kind) {
        case BINARY_DOC -> throw error("this is a Word 97-2003 document (.doc); open it in Word and save it as a Word Document (.docx)", null, null);
        case ENCRYPTED -> throw error("the document is protected with a password; open it in Word, remove the password (File › Info › Protect Document) and save it again", null, null);
        case NOT_WORD -> throw error("this is not a Word document (.docx, .dotx); choose a file saved by Word", null, null);
        default -> {
            // mergeable
        }
        }
        WordPackage pkg;
        try {
            pkg = WordPackage.read(file);
        } catch (ZipException e) {
            throw error("the file is damaged: " + e.getMessage() + "; open it in Word and save it again", null, e);
        } catch (IOException e) {
            throw error("the file cannot be read: " + e.getMessage(), null, e);
        }
        try {
            Map<String, Boolean> names = new LinkedHashMap<>();
            List<String[]> odso = new ArrayList<>();
            List<Object[]> scanned = compileParts(pkg, names, odso);
            FieldMatcher matcher = new FieldMatcher(odso);
            mapping = matcher.mapping(names, given);
            Map<String, MergeKey> keys = new HashMap<>();
            Map<String, MergeKey> mappedKeys = new HashMap<>();
            for (FieldMapping.Entry e : mapping.entries()) {
                if (e.key() != null) {
                    keys.put(e.fieldName().toLowerCase(Locale.ROOT), e.key());
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
            engine = new Engine(fileName, keys, mappedKeys, mergeProblems::add);
            fieldCount = uses.size();
            for (FieldMapping.Entry e : mapping.unmapped()) {
                if (names.containsKey(e.fieldName())) {
                    problems.add(new MergeProblem(fileName, "MERGEFIELD " + e.fieldName(),
                            "the merge field maps to no Segmenta data and merges empty; map it or accept the blank", Severity.WARNING));
                }
            }
            if (uses.isEmpty()) {
                problems.add(new MergeProblem(fileName, "", "the document has no fields, so every letter will be the same; insert merge fields with Word's Mailings › Insert Merge Field", Severity.WARNING));
            }
            if (scanned.isEmpty()) {
                throw error("the document has no main part", null, null);
            }
        } catch (IllegalArgumentException e) {
            throw error("the document is damaged: " + e.getMessage() + "; open it in Word and save it again", null, e);
        }
    }

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
        for (WordPackage.Rel r : mainRels) {
            if (r.external()) {
                continue;
            }
            String target = pkg.actualName(WordPackage.resolve(mainName, r.target()));
            if (STORY_RELS.contains(r.typeName()) && target != null) {
                stories.add(target);
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
        if (!dropMainRels.isEmpty()) {
            String s = mainRelsSrc[0];
            for (String d : dropMainRels) {
                s = s.replace(d, "");
            }
            replaced.put(pkg.actualName(WordPackage.relsOf(mainName)), s);
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
        String ctName = pkg.actualName("[Content_Types].xml");
        if (ctName != null) {
            String ct = pkg.text(ctName);
            XNode root = XmlParser.parse(ct, "[Content_Types].xml");
            StringBuilder b = new StringBuilder(ct.substring(0, root.startEnd));
            for (XNode c : root.children) {
                String tag = ct.substring(c.start, c.startEnd);
                String pn = XmlParser.attr(tag, "PartName");
                if (c.local.equals("Override") && pn != null) {
                    String actual = pkg.actualName(pn);
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
            sc.scan(root);
            scanned.add(new Object[] { part, sc });
            for (String issue : sc.issues) {
                problems.add(new MergeProblem(fileName, "", "/" + part + ": " + issue, Severity.WARNING));
            }
            for (Field f : sc.all) {
                register(f, part, names);
            }
            String wp = root.prefixOf(XNode.W);
            wp = wp == null || wp.isEmpty() ? "" : wp + ":";
            List<String> skipped = new ArrayList<>();
            if (part.equals(mainName)) {
                XNode body = root.firstW("body");
                if (body == null) {
                    throw new IllegalArgumentException(part + ": the main part has no w:body");
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
                Dynamic dyn = dynamics.get(n);
                if (dyn != null) {
                    entries.add(dyn);
                } else {
                    byte[] data = replaced.containsKey(n) ? replaced.get(n).getBytes(StandardCharsets.UTF_8) : pkg.entries.get(n);
                    entries.add(Raw.of(n, data, d, crc));
                }
            }
        } finally {
            d.end();
        }
        return scanned;
    }

    private void register(Field f, String part, Map<String, Boolean> names) {
        Instr in = f.staticInstr();
        String name = in.type.equals("MERGEFIELD") ? in.arg(0) : "";
        uses.add(new MainDocument.FieldUse(in.type, name, f.code(), "/" + part));
        String code = f.code();
        if (in.type.equals("MERGEFIELD")) {
            if (name.isEmpty()) {
                problems.add(new MergeProblem(fileName, code, "the merge field has no name; it merges empty", Severity.WARNING));
            } else if (Engine.isRegionMarker(name)) {
                problems.add(new MergeProblem(fileName, code, "a region marker of another merge tool (Aspose " + name.substring(0, name.indexOf(':'))
                        + "), not a Word merge field: it is removed from the letters, and the region is merged once, as ordinary text", Severity.WARNING));
            } else {
                String key = name;
                boolean m = in.has('m');
                names.merge(key, m, (a, b) -> a || b);
            }
        } else if (in.type.isEmpty()) {
            problems.add(new MergeProblem(fileName, "{ }", "a field with an empty field code in /" + part + " is not merged; the letters keep what Word last showed for it", Severity.WARNING));
        } else if (!Engine.MERGED.contains(in.type) && !Engine.LIVE.contains(in.type)) {
            problems.add(new MergeProblem(fileName, code, "the field type " + in.type + " is not merged; the letters keep what Word last showed for it (\""
                    + f.cached.toString().replace(Rich.PARA, ' ').replace('\u000B', ' ').strip() + "\")", Severity.WARNING));
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

    /**
     * Merges one letter starting at record {@code start} into {@code s.zip}.
     *
     * @return the index of the next letter's first record, negated minus one when SKIPIF dropped this letter
     */
    private int letter(List<MergeRecord> records, int start, int letterNo, LocalDateTime now, Scratch s) throws IOException {
        Ctx mainCtx = new Ctx(records, start, now, letterNo);
        s.part.reset();
        for (CompiledPart p : main.pieces) {
            render(p, mainCtx, s);
        }
        if (mainCtx.skip) {
            return -(mainCtx.pos + 1) - 1;
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
        return mainCtx.pos + 1;
    }

    @Override
    public byte[] preview(MergeRecord record) throws MergeException {
        Scratch s = new Scratch();
        try {
            int next = letter(List.of(record), 0, 0, LocalDateTime.now(), s);
            if (next < 0) {
                throw new MergeException(fileName + ": a SKIPIF field skips this record, so it gets no letter",
                        List.of(new MergeProblem(fileName, "SKIPIF", "the record is skipped", Severity.WARNING)), null);
            }
            return s.zip.toByteArray();
        } catch (IOException e) {
            throw new MergeException(fileName + ": the letter cannot be built: " + e.getMessage(), List.of(), e);
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
        int pos = 0;
        int letters = 0;
        try {
            while (pos < list.size()) {
                int next = letter(list, pos, letters, now, s);
                if (next < 0) {
                    pos = -next - 1;
                    continue;
                }
                sink.accept(letters, list.get(pos), s.zip.bytes(), s.zip.size());
                letters++;
                pos = next;
            }
        } finally {
            s.deflater.end();
        }
        return new MergeResult(letters, list.size(), files, List.copyOf(mergeProblems));
    }

    @Override
    public MergeResult mergeToFolder(List<MergeRecord> records, Path folder, IntFunction<String> naming) throws IOException {
        List<Path> files = new ArrayList<>();
        MergeResult r = run(records, (index, record, docx, length) -> {
            Path target = folder.resolve(naming.apply(index));
            writeAtomically(target, docx, length);
            files.add(target);
        }, files);
        return new MergeResult(r.letters(), r.records(), files, r.problems());
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

    @Override
    public MergeResult mergeCombined(List<MergeRecord> records, Path target) throws IOException {
        Scratch s = new Scratch();
        LocalDateTime now = LocalDateTime.now();
        try {
            Bytes body = new Bytes(1 << 16);
            int pos = 0;
            int letters = 0;
            while (pos < records.size()) {
                Ctx ctx = new Ctx(records, pos, now, letters);
                s.part.reset();
                render(main.pieces[1], ctx, s);
                if (ctx.skip) {
                    pos = ctx.pos + 1;
                    continue;
                }
                if (letters > 0) {
                    body.write(sectionBreak, 0, sectionBreak.length);
                }
                body.write(s.part.bytes(), 0, s.part.size());
                letters++;
                pos = ctx.pos + 1;
            }
            Ctx first = new Ctx(records, 0, now, 0);
            try (ZipArchiveOutputStream z = zip(s)) {
                for (Object e : entries) {
                    if (e instanceof Raw r) {
                        addRaw(z, r);
                    } else {
                        Dynamic d = (Dynamic) e;
                        s.part.reset();
                        if (d == main) {
                            render(main.pieces[0], first, s);
                            s.part.write(body.bytes(), 0, body.size());
                            render(main.pieces[2], first, s);
                        } else {
                            for (CompiledPart p : d.pieces) {
                                render(p, new Ctx(records, 0, now, 0), s);
                            }
                        }
                        addPart(z, d.name, s);
                    }
                }
            }
            writeAtomically(target, s.zip.bytes(), s.zip.size());
            return new MergeResult(letters, records.size(), List.of(target), List.copyOf(mergeProblems));
        } finally {
            s.deflater.end();
        }
    }

    Path file() {
        return file;
    }
}
