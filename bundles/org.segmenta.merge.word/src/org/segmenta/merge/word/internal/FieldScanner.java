package org.segmenta.merge.word.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.segmenta.core.format.Formats;

/**
 * Finds the fields of a part in document order: simple and complex, nested in instructions or results,
 * across runs, paragraphs, tables, text boxes (descending into drawings and alternate content inside runs).
 * Paragraph marks inside a field become {@link Rich#PARA}; {@code w:br}/{@code w:cr} become U+000B (Word's
 * manual line break), {@code w:tab} a tab.
 */
final class FieldScanner {
    static final char LINE = '\u000B';
    /**
     * How deep fields may nest (a field in a field's instruction or result). Word's own documents use a few levels
     * (an IF around a MERGEFIELD); a deeper nesting is refused at once.
     */
    static final int MAX_FIELD_DEPTH = 64;

    final List<Field> top = new ArrayList<>();
    final List<Field> all = new ArrayList<>();
    final List<String> issues = new ArrayList<>();
    private final Deque<Field> stack = new ArrayDeque<>();

    void scan(XNode root) {
        walk(root);
        if (!stack.isEmpty()) {
            issues.add(Formats.bind(Messages.Scanner_fieldNeverEnds, stack.peekLast().code()));
            stack.clear();
        }
    }

    static String rPr(XNode run) {
        XNode r = run.leadingW("rPr");
        return r == null ? "" : r.outer();
    }

    /** the literal text of the current paragraph so far, outside fields: what a top-level field stands after */
    private final StringBuilder paraText = new StringBuilder();

    private void walk(XNode e) {
        for (XNode c : e.children) {
            if (c.isW("r")) {
                run(c);
            } else if (c.isW("fldSimple")) {
                simple(c);
            } else {
                if (c.isW("p")) {
                    paraText.setLength(0);
                }
                walk(c);
                if (c.isW("p")) {
                    text(String.valueOf(Rich.PARA), "");
                    paraText.setLength(0);
                }
            }
        }
    }

    /** @return whether the paragraph has words of its own before the field that starts now */
    private boolean wordsBefore() {
        for (int i = 0; i < paraText.length(); i++) {
            if (Character.isLetter(paraText.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void run(XNode r) {
        String rPr = null;
        for (XNode c : r.children) {
            if (c.isW("rPr")) {
                continue;
            }
            if (rPr == null) {
                rPr = rPr(r);
            }
            if (c.isW("fldChar")) {
                String t = c.wAttr("fldCharType");
                if ("begin".equals(t)) {
                    if (stack.size() >= MAX_FIELD_DEPTH) {
                        throw new XmlParser.TooDeepException(
                                Formats.bind(Messages.Scanner_fieldsNestTooDeep, MAX_FIELD_DEPTH, c.start));
                    }
                    Field f = new Field(false, stack.peek());
                    f.afterWords = stack.isEmpty() && wordsBefore();
                    f.beginRun = r;
                    f.beginEl = c;
                    stack.push(f);
                    all.add(f);
                } else if ("separate".equals(t)) {
                    if (!stack.isEmpty()) {
                        stack.peek().inResult = true;
                    }
                } else if ("end".equals(t)) {
                    Field f = stack.poll();
                    if (f == null) {
                        issues.add(Messages.Scanner_endWithoutStart);
                        continue;
                    }
                    f.endRun = r;
                    f.endEl = c;
                    attach(f);
                }
            } else if (c.isW("instrText")) {
                Field f = stack.peek();
                if (f != null) {
                    if (f.inResult) {
                        f.addResult(c.text(), rPr);
                    } else {
                        f.addInstr(c.text(), rPr);
                    }
                }
            } else if (c.isW("t")) {
                if (stack.isEmpty() && paraText.length() < 256) {
                    paraText.append(c.text());
                }
                text(c.text(), rPr);
            } else if (c.isW("tab") || c.isW("ptab")) {
                text("\t", rPr);
            } else if (c.isW("br") || c.isW("cr")) {
                text(String.valueOf(LINE), rPr);
            } else if (c.isW("noBreakHyphen")) {
                text("-", rPr);
            } else if (!c.isW("delText") && !c.isW("delInstrText")) {
                walk(c);
            }
        }
    }

    private void text(String s, String rPr) {
        Field f = stack.peek();
        if (f == null) {
            return;
        }
        if (f.inResult) {
            f.addResult(s, rPr);
        } else {
            f.addInstr(s, rPr);
        }
    }

    private void simple(XNode el) {
        if (stack.size() >= MAX_FIELD_DEPTH) {
            throw new XmlParser.TooDeepException(
                    Formats.bind(Messages.Scanner_fieldsNestTooDeepAt, MAX_FIELD_DEPTH, el.start));
        }
        Field f = new Field(true, stack.peek());
        f.afterWords = stack.isEmpty() && wordsBefore();
        f.simpleEl = el;
        String instr = el.wAttr("instr");
        f.addInstr(instr == null ? "" : instr, "");
        f.inResult = true;
        collectSimpleResult(el, f);
        f.instrRPr = f.resultRPr;
        all.add(f);
        attach(f);
    }

    private static void collectSimpleResult(XNode e, Field f) {
        for (XNode c : e.children) {
            if (c.isW("r")) {
                String rPr = rPr(c);
                if (f.resultRPr == null) {
                    f.resultRPr = rPr;
                }
                for (XNode x : c.children) {
                    if (x.isW("t") || x.isW("instrText")) {
                        f.cached.append(x.text(), rPr);
                    } else if (x.isW("tab")) {
                        f.cached.append("\t", rPr);
                    } else if (x.isW("br") || x.isW("cr")) {
                        f.cached.append(String.valueOf(LINE), rPr);
                    }
                }
            } else if (!c.isW("rPr")) {
                collectSimpleResult(c, f);
            }
        }
    }

    private void attach(Field f) {
        Field parent = stack.peek();
        if (parent == null) {
            top.add(f);
        } else if (parent.inResult) {
            parent.cached.append(f.cached);
        } else {
            parent.addNested(f);
        }
    }
}
