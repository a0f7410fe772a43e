package org.segmenta.merge.word.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One field found in a part: simple ({@code w:fldSimple}) or complex ({@code w:fldChar} begin, instruction,
 * separate, cached result, end). The instruction is kept as styled text pieces and nested fields, to be
 * joined after the nested fields are evaluated.
 */
final class Field {
    final boolean simple;
    final Field parent;
    /** {@link Rich} pieces and nested {@link Field}s, in order */
    final List<Object> instr = new ArrayList<>();
    /** Word's cached result, as text */
    final Rich cached = new Rich();
    boolean inResult;
    boolean hasNested;
    /** a top-level field after words of its own paragraph ("Dear «Salutation»"): a salutation merges its addressee */
    boolean afterWords;
    /** run properties of the first instruction run / first result run; {@code null} when none */
    String instrRPr;
    String resultRPr;

    XNode simpleEl;
    XNode beginRun;
    XNode beginEl;
    XNode endRun;
    XNode endEl;

    /** parsed once when the instruction has no nested field */
    Instr parsed;

    Field(boolean simple, Field parent) {
        this.simple = simple;
        this.parent = parent;
    }

    void addInstr(String text, String rPr) {
        if (instrRPr == null && !text.isBlank()) {
            instrRPr = rPr;
        }
        if (!instr.isEmpty() && instr.get(instr.size() - 1) instanceof Rich r) {
            r.append(text, rPr);
        } else {
            instr.add(new Rich(text, rPr));
        }
    }

    void addNested(Field f) {
        instr.add(f);
        hasNested = true;
    }

    void addResult(String text, String rPr) {
        if (resultRPr == null && !text.isBlank()) {
            resultRPr = rPr;
        }
        cached.append(text, rPr);
    }

    /** @return the instruction with nested fields shown as their code in braces, for listing and messages */
    String code() {
        StringBuilder b = new StringBuilder();
        for (Object o : instr) {
            if (o instanceof Field f) {
                b.append("{ ").append(f.code()).append(" }");
            } else {
                b.append(o.toString().replace(Rich.PARA, '\n').replace('\u000B', '\n'));
            }
        }
        return b.toString().strip();
    }

    /** @return the static instruction, parsed (for fields without nested fields) or parsed from the code */
    Instr staticInstr() {
        if (parsed != null) {
            return parsed;
        }
        Rich r = new Rich();
        for (Object o : instr) {
            if (o instanceof Rich x) {
                r.append(x);
            } else {
                r.append(((Field) o).cached);
            }
        }
        Instr i = Instr.parse(r);
        if (!hasNested) {
            parsed = i;
        }
        return i;
    }
}
