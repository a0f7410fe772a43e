package org.segmenta.merge.word.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A part with fields, compiled once: literal XML bytes between {@link Slot}s. Producing a letter's part is then
 * copying the literals and writing each slot's result. A field is cut out at run boundaries; when it spans
 * paragraphs the paragraphs are joined (the paragraph marks were part of the field code), otherwise the
 * structure between its start and end is kept.
 */
final class CompiledPart {

    private static final Set<String> JOINABLE = Set.of("p", "hyperlink", "smartTag", "customXml", "ins", "sdtContent", "sdt");

    /** byte[] literals and {@link Slot}s */
    final List<Object> segments = new ArrayList<>();
    int slots;

    private final String src;
    private final String wp;
    private final StringBuilder lit = new StringBuilder();

    private CompiledPart(String src, String wp) {
        this.src = src;
        this.wp = wp;
    }

    /**
     * @param src    the part's XML
     * @param wp     the W prefix with colon
     * @param fields the top-level fields of the part, in order
     * @param from   the offset to start at
     * @param to     the offset to end at
     * @param skipped receives a message for each field left as it is
     */
    static CompiledPart compile(String src, String wp, List<Field> fields, int from, int to, List<String> skipped) {
        CompiledPart c = new CompiledPart(src, wp);
        int pos = from;
        for (Field f : fields) {
            int start;
            int end;
            if (f.simple) {
                start = f.simpleEl.start;
                end = f.simpleEl.end;
            } else {
                start = firstContent(f.beginRun) == f.beginEl ? f.beginRun.start : f.beginEl.start;
                end = lastChild(f.endRun) == f.endEl ? f.endRun.end : f.endEl.end;
            }
            if (start < pos || end > to || start < from) {
                continue;
            }
            String type = f.staticInstr().type;
            if (Engine.LIVE.contains(type)) {
                continue;
            }
            c.lit.append(src, pos, start);
            List<XNode> closes = new ArrayList<>();
            List<XNode> opens = new ArrayList<>();
            XNode chainBase;
            if (f.simple) {
                chainBase = f.simpleEl.parent;
            } else {
                chainBase = f.beginRun.parent;
                boolean midStart = start != f.beginRun.start;
                for (XNode x = midStart ? f.beginRun : f.beginRun.parent; x != null; x = x.parent) {
                    if (x.start < start && x.end <= end) {
                        closes.add(x);
                    } else {
                        break;
                    }
                }
                boolean midEnd = end != f.endRun.end;
                for (XNode x = midEnd ? f.endRun : f.endRun.parent; x != null; x = x.parent) {
                    if (x.start >= start && x.end > end) {
                        opens.add(0, x);
                    } else {
                        break;
                    }
                }
            }
            boolean reopenRun = false;
            if (!closes.isEmpty() && closes.get(0).isW("r")) {
                c.lit.append(closes.remove(0).endTag());
            }
            if (!opens.isEmpty() && opens.get(opens.size() - 1).isW("r")) {
                opens.remove(opens.size() - 1);
                reopenRun = true;
            }
            c.slot(f, chainBase);
            boolean join = closes.size() == opens.size();
            for (int i = 0; join && i < closes.size(); i++) {
                XNode cl = closes.get(i);
                XNode op = opens.get(opens.size() - 1 - i);
                join = cl.qname.equals(op.qname) && JOINABLE.contains(cl.local);
            }
            if (!join) {
                for (XNode x : closes) {
                    c.lit.append(x.endTag());
                }
                for (XNode x : opens) {
                    c.lit.append(x.startTag());
                    XNode props = x.isW("p") ? x.leadingW("pPr") : null;
                    if (props != null && props.start >= start) {
                        c.lit.append(props.outer());
                    }
                }
            }
            if (reopenRun) {
                c.lit.append(f.endRun.startTag()).append(FieldScanner.rPr(f.endRun));
            }
            pos = end;
        }
        c.lit.append(src, pos, to);
        c.flush();
        return c;
    }

    private static XNode firstContent(XNode run) {
        for (XNode c : run.children) {
            if (!c.isW("rPr")) {
                return c;
            }
        }
        return null;
    }

    private static XNode lastChild(XNode run) {
        return run.children.isEmpty() ? null : run.children.get(run.children.size() - 1);
    }

    private void slot(Field f, XNode base) {
        StringBuilder close = new StringBuilder();
        List<String> open = new ArrayList<>();
        XNode p = null;
        for (XNode x = base; x != null; x = x.parent) {
            close.append(x.endTag());
            if (x.isW("p")) {
                p = x;
                StringBuilder o = new StringBuilder(x.startTag().replaceAll("\\s+w14:(paraId|textId)=\"[^\"]*\"", ""));
                XNode pPr = x.leadingW("pPr");
                if (pPr != null) {
                    String s = pPr.outer();
                    XNode sect = pPr.firstW("sectPr");
                    if (sect != null) {
                        s = s.replace(sect.outer(), "");
                    }
                    o.append(s);
                }
                open.add(0, o.toString());
                break;
            }
            open.add(0, x.startTag());
        }
        flush();
        segments.add(p == null ? new Slot(f, null, null, wp) : new Slot(f, close.toString(), String.join("", open), wp));
        slots++;
    }

    private void flush() {
        if (!lit.isEmpty()) {
            segments.add(lit.toString().getBytes(StandardCharsets.UTF_8));
            lit.setLength(0);
        }
    }
}
