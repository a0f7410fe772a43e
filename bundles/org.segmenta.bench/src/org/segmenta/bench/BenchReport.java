package org.segmenta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run, as a table for people and as JSON for tools. Every figure has an id, a caption,
 * the measured values and the aim it is held against.
 *
 * @param contacts contacts generated
 * @param lines lines logged
 * @param letters letters merged
 * @param repetitions how many times each short figure was measured (the median is given)
 * @param figures the figures, in the order of the table
 */
public record BenchReport(int contacts, int lines, int letters, int repetitions, List<Figure> figures) {

    /** Copies the list. */
    public BenchReport {
        figures = List.copyOf(figures);
    }

    /** How a figure is held against its aim. */
    public enum Aim {
        /** no aim: information only */
        NONE,
        /** Segmenta's time / the plain time at most the aim */
        RATIO_AT_MOST,
        /** the value at most the aim */
        VALUE_AT_MOST,
        /** the value at least the aim */
        VALUE_AT_LEAST
    }

    /**
     * One figure.
     *
     * @param id the JSON key, for example {@code add}
     * @param caption what was measured, for the table
     * @param rows how many rows (contacts, lines, entries, letters) the figure is about, 0 when none
     * @param segmentaMs Segmenta's time in milliseconds (median of the repetitions where it is short)
     * @param plainMs the yardstick's time in milliseconds, or -1 for a figure without a comparison
     * @param value the figure's own value for figures that are not a comparison of times (ms, MB, letters/s),
     *            else the ratio
     * @param unit the unit of {@code value}: {@code ms}, {@code MB}, {@code letters/s} or {@code x} (ratio)
     * @param aimKind how the value is held against the aim
     * @param aim the aim, in the unit of {@code value}
     * @param extra further values for the JSON (name, value pairs), e.g. the peak heap or re-zips per second
     */
    public record Figure(String id, String caption, long rows, double segmentaMs, double plainMs, double value,
            String unit, Aim aimKind, double aim, List<Object[]> extra) {

        /** @return whether the figure meets its aim (true when it has none) */
        public boolean met() {
            return switch (aimKind) {
            case NONE -> true;
            case RATIO_AT_MOST, VALUE_AT_MOST -> value <= aim;
            case VALUE_AT_LEAST -> value >= aim;
            };
        }

        /** @return the ratio of the times, NaN for a figure without a comparison */
        public double ratio() {
            return plainMs < 0 ? Double.NaN : segmentaMs / plainMs;
        }

        String aimText() {
            return switch (aimKind) {
            case NONE -> "-";
            case RATIO_AT_MOST -> "<= " + fmt(aim, 1) + "x";
            case VALUE_AT_MOST -> "<= " + fmt(aim, 0) + " " + unit;
            case VALUE_AT_LEAST -> ">= " + fmt(aim, 0) + " " + unit;
            };
        }
    }

    /** @return the figures that miss their aims */
    public List<Figure> missed() {
        return figures.stream().filter(f -> !f.met()).toList();
    }

    /** @return the table: one line per figure with both times, the ratio, the aim and whether it is met */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "figure", "Segmenta", "plain SQL/JDBC", "ratio", "aim", "" });
        for (Figure f : figures) {
            String segmenta;
            String plain;
            String ratio;
            if (f.plainMs() >= 0) {
                segmenta = ms(f.segmentaMs());
                plain = ms(f.plainMs());
                ratio = fmt(f.ratio(), 2) + "x";
            } else {
                segmenta = fmt(f.value(), f.unit().equals("ms") && f.value() < 100 ? 1 : 0) + " " + f.unit();
                plain = "";
                ratio = "";
            }
            if (f.id().equals("merge")) {
                plain = fmt(extra(f, "rezipsPerSecond"), 0) + " re-zips/s";
                ratio = fmt(extra(f, "ratio"), 2) + "x";
            }
            rows.add(new String[] { f.caption(), segmenta, plain, ratio, f.aimText(),
                    f.aimKind() == Aim.NONE ? "" : f.met() ? "met" : "MISSED" });
        }
        int[] width = new int[6];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = i == 0 || i == 5 ? pad(r[i], width[i]) : padLeft(r[i], width[i]);
                line.append(cell).append(i < r.length - 1 ? "  " : "");
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                b.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
            }
        }
        return b.toString();
    }

    static double extra(Figure f, String name) {
        for (Object[] e : f.extra()) {
            if (e[0].equals(name)) {
                return ((Number) e[1]).doubleValue();
            }
        }
        return Double.NaN;
    }

    /** @return the figures as a JSON object (sizes, repetitions, and one object per figure under its id) */
    public String json() {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"contacts\": ").append(contacts).append(",\n");
        b.append("  \"lines\": ").append(lines).append(",\n");
        b.append("  \"letters\": ").append(letters).append(",\n");
        b.append("  \"repetitions\": ").append(repetitions).append(",\n");
        b.append("  \"figures\": {");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(string(f.id())).append(": {");
            List<Object[]> fields = new ArrayList<>();
            fields.add(new Object[] { "figure", f.caption() });
            if (f.rows() > 0) {
                fields.add(new Object[] { "rows", f.rows() });
            }
            if (f.plainMs() >= 0) {
                fields.add(new Object[] { "segmentaMs", f.segmentaMs() });
                fields.add(new Object[] { "plainMs", f.plainMs() });
                fields.add(new Object[] { "ratio", f.ratio() });
            } else {
                fields.add(new Object[] { unitKey(f.unit()), f.value() });
            }
            fields.addAll(f.extra());
            if (f.aimKind() != Aim.NONE) {
                fields.add(new Object[] { "aim", f.aimText() });
                fields.add(new Object[] { "met", f.met() });
            }
            for (int k = 0; k < fields.size(); k++) {
                Object[] e = fields.get(k);
                b.append(k == 0 ? "" : ", ").append(string((String) e[0])).append(": ").append(value(e[1]));
            }
            b.append("}");
        }
        return b.append("\n  }\n}\n").toString();
    }

    private static String unitKey(String unit) {
        return switch (unit) {
        case "ms" -> "ms";
        case "MB" -> "mb";
        case "letters/s" -> "lettersPerSecond";
        default -> "value";
        };
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Boolean bool) {
            return bool.toString();
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", d);
        }
        if (v instanceof double[] a) {
            return "[" + String.join(", ", java.util.Arrays.stream(a).mapToObj(x -> value(Double.valueOf(x))).toList()) + "]";
        }
        return String.valueOf(v);
    }

    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            default -> {
                if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }

    private static String ms(double ms) {
        return ms < 100 ? fmt(ms, 1) + " ms" : fmt(ms, 0) + " ms";
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return " ".repeat(w - s.length()) + s;
    }
}
