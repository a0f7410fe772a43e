package org.segmenta.merge.word.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.segmenta.core.format.Formats;
import org.segmenta.core.merge.Greetings;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeRecord;

/**
 * Evaluates fields against a record the way Word's mail merge does, and writes results as runs. One engine per
 * prepared document; thread-safe (all state is in {@link Ctx}).
 */
final class Engine {

    /** Field types whose result the merge computes. */
    static final Set<String> MERGED = Set.of("MERGEFIELD", "IF", "NEXT", "NEXTIF", "SKIPIF", "ADDRESSBLOCK",
            "GREETINGLINE", "DATE", "TIME", "MERGEREC", "MERGESEQ");
    /** Field types left in the letter as live fields (page numbers, references, tables of contents...). */
    static final Set<String> LIVE = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF", "TOC", "TOA",
            "INDEX", "NOTEREF", "HYPERLINK", "STYLEREF", "TC", "XE", "RD", "TA", "BIBLIOGRAPHY", "CITATION",
            "SYMBOL", "EQ", "INCLUDEPICTURE", "EMBED", "SHAPE", "ADVANCE", "LISTNUM", "AUTONUM", "AUTONUMLGL",
            "AUTONUMOUT", "GOTOBUTTON", "MACROBUTTON", "FORMTEXT", "FORMCHECKBOX", "FORMDROPDOWN", "PRINT");

    private static final Rich EMPTY = new Rich();

    private final String file;
    private final Map<String, MergeKey> keys; // lower-case field name -> key (absent: unmapped)
    private final Map<String, MergeKey> mappedKeys; // lower-case \m name -> key
    private final Map<String, String> pluginFields; // lower-case field name -> plug-in field name
    private final Consumer<MergeProblem> problems;

    Engine(String file, Map<String, MergeKey> keys, Map<String, MergeKey> mappedKeys, Consumer<MergeProblem> problems) {
        this(file, keys, mappedKeys, Map.of(), problems);
    }

    Engine(String file, Map<String, MergeKey> keys, Map<String, MergeKey> mappedKeys, Map<String, String> pluginFields,
            Consumer<MergeProblem> problems) {
        this.file = file;
        this.keys = keys;
        this.mappedKeys = mappedKeys;
        this.pluginFields = pluginFields;
        this.problems = problems;
    }

    static boolean isRegionMarker(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("tablestart:") || n.startsWith("tableend:") || n.startsWith("rangestart:")
                || n.startsWith("rangeend:");
    }

    private void warn(Field f, String message) {
        problems.accept(new MergeProblem(file, f.code(), message, MergeProblem.Severity.WARNING));
    }

    // ------------------------------------------------------------------------------------------ evaluation

    Rich eval(Field f, Ctx ctx) {
        Instr in;
        if (!f.hasNested) {
            in = f.staticInstr();
        } else {
            Rich r = new Rich();
            for (Object o : f.instr) {
                if (o instanceof Rich x) {
                    r.append(x);
                } else {
                    Rich v = eval((Field) o, ctx);
                    // an empty nested result still counts as an argument
                    r.append(v.isEmpty() ? new Rich(String.valueOf(Instr.EMPTY_ARG), "") : v);
                }
            }
            in = Instr.parse(r);
        }
        switch (in.type) {
        case "MERGEFIELD":
            return mergeField(f, in, ctx);
        case "IF": {
            Boolean b = condition(f, in, ctx);
            if (b == null) {
                return f.cached;
            }
            Rich r = b ? (in.args.size() > 3 ? in.args.get(3) : EMPTY) : (in.args.size() > 4 ? in.args.get(4) : EMPTY);
            return general(f, in, r);
        }
        case "NEXT":
            ctx.next(f);
            return EMPTY;
        case "NEXTIF":
            if (Boolean.TRUE.equals(condition(f, in, ctx))) {
                ctx.next(f);
            }
            return EMPTY;
        case "SKIPIF":
            if (Boolean.TRUE.equals(condition(f, in, ctx))) {
                ctx.skip = true;
                ctx.skipField = f;
            }
            return EMPTY;
        case "ADDRESSBLOCK":
            return new Rich(addressBlock(in, ctx.rec()), style(f, in));
        case "GREETINGLINE":
            return new Rich(greetingLine(in, ctx.rec()), style(f, in));
        case "DATE":
        case "TIME": {
            Instr.Switch pic = in.sw('@');
            Locale lang = lang(ctx.rec());
            String s = pic != null ? Pictures.formatDate(ctx.now, pic.argText(), lang)
                    : in.type.equals("DATE") ? ctx.now.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang))
                    : Pictures.formatDate(ctx.now, "HH:mm", lang);
            return general(f, in, new Rich(s, style(f, in)));
        }
        case "MERGEREC":
        case "MERGESEQ":
            return new Rich(String.valueOf(in.type.equals("MERGEREC") ? ctx.pos + 1 : ctx.letterNo + 1), style(f, in));
        default:
            return f.cached;
        }
    }

    private static Locale lang(MergeRecord r) {
        return r.language() == Locale.ROOT ? Locale.ENGLISH : r.language();
    }

    /** The run properties of a computed result: the cached result's with MERGEFORMAT, else the field code's. */
    static String style(Field f, Instr in) {
        boolean mergeFormat = false;
        for (Instr.Switch s : in.switches) {
            if (s.letter() == '*' && s.argText().equalsIgnoreCase("MERGEFORMAT")) {
                mergeFormat = true;
            }
        }
        String r = mergeFormat && f.resultRPr != null ? f.resultRPr : f.instrRPr != null ? f.instrRPr : f.resultRPr;
        return r == null ? "" : r;
    }

    private Rich general(Field f, Instr in, Rich r) {
        Rich out = r;
        for (Instr.Switch s : in.switches) {
            if (s.letter() == '*') {
                String g = Pictures.generalFormat(out.toString(), s.argText());
                if (g == null) {
                    warn(f, Formats.bind(Messages.Engine_formatUnsupported, s.argText()));
                } else if (!g.equals(out.toString()) && g.length() == out.length()) {
                    Rich x = new Rich();
                    for (int i = 0; i < g.length(); i++) {
                        x.append(String.valueOf(g.charAt(i)), out.style.get(i));
                    }
                    out = x;
                } else if (!g.equals(out.toString())) {
                    out = new Rich(g, out.firstStyle(""));
                }
            }
        }
        return out;
    }

    private Rich mergeField(Field f, Instr in, Ctx ctx) {
        String name = in.arg(0);
        if (name.isEmpty() || isRegionMarker(name)) {
            return EMPTY;
        }
        MergeRecord rec = ctx.rec();
        MergeKey key = in.has('m') ? mappedKeys.getOrDefault(name.toLowerCase(Locale.ROOT), keys.get(name.toLowerCase(Locale.ROOT)))
                : keys.get(name.toLowerCase(Locale.ROOT));
        String plugin = key == null ? pluginFields.get(name.toLowerCase(Locale.ROOT)) : null;
        String text = key != null ? rec.text(key) : plugin != null ? rec.field(plugin) : "";
        if (f.afterWords && (key == MergeKey.FORMAL_SALUTATION || key == MergeKey.INFORMAL_SALUTATION)) {
            // the letter writes its own greeting ("Dear «Salutation»"): the salutation gives the addressee only
            text = Greetings.addressee(text);
        }
        if (text.isEmpty() && key == MergeKey.ADDRESS_BLOCK) {
            text = String.join("\n", addressLines(rec));
        }
        if (text.isEmpty()) {
            return EMPTY;
        }
        String style = style(f, in);
        String value = text;
        Instr.Switch date = in.sw('@');
        Instr.Switch num = in.sw('#');
        Locale lang = lang(rec);
        if (date != null) {
            LocalDate d = rec.dates().get(key);
            LocalDateTime dt = d != null ? Pictures.at(d) : Pictures.parseDate(text, rec.language());
            if (dt == null) {
                warn(f, Formats.bind(Messages.Engine_notADate, text, date.argText()));
            } else {
                value = Pictures.formatDate(dt, date.argText(), lang);
            }
        } else if (num != null) {
            BigDecimal n = rec.numbers().get(key);
            if (n == null) {
                n = Pictures.parseNumber(text);
            }
            if (n == null) {
                warn(f, Formats.bind(Messages.Engine_notANumber, text, num.argText()));
            } else {
                value = Pictures.formatNumber(n, num.argText(), rec.language());
            }
        }
        Rich r = general(f, in, new Rich(value, style));
        Instr.Switch before = in.sw('b');
        Instr.Switch after = in.sw('f');
        if (before == null && after == null) {
            return r;
        }
        Rich out = new Rich();
        if (before != null && before.arg() != null) {
            out.append(before.arg());
        }
        out.append(r);
        if (after != null && after.arg() != null) {
            out.append(after.arg());
        }
        return out;
    }

    private Boolean condition(Field f, Instr in, Ctx ctx) {
        if (in.args.size() < 3) {
            if (in.args.size() >= 1 && in.type.equals("IF")) {
                // IF with a single expression: true when it is a non-zero number or non-empty text
                String v = in.arg(0).strip();
                return !(v.isEmpty() || v.equals("0"));
            }
            warn(f, Messages.Engine_conditionForm);
            return null;
        }
        return compare(in.arg(0), in.arg(1), in.arg(2), f);
    }

    /** Word's comparison: numbers when both sides are numbers, else text; = and &lt;&gt; take * and ? wildcards. */
    Boolean compare(String left, String op, String right, Field f) {
        BigDecimal l = number(left);
        BigDecimal r = number(right);
        int c;
        if (l != null && r != null) {
            c = l.compareTo(r);
        } else {
            if ((op.equals("=") || op.equals("<>")) && (right.indexOf('*') >= 0 || right.indexOf('?') >= 0)) {
                boolean m = wildcard(right).matcher(left).matches();
                return op.equals("=") == m;
            }
            c = left.compareTo(right);
        }
        switch (op) {
        case "=":
            return c == 0;
        case "<>":
            return c != 0;
        case "<":
            return c < 0;
        case "<=":
            return c <= 0;
        case ">":
            return c > 0;
        case ">=":
            return c >= 0;
        default:
            warn(f, Formats.bind(Messages.Engine_unknownOperator, op));
            return null;
        }
    }

    private static BigDecimal number(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Pattern wildcard(String w) {
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) {
            if (c == '*') {
                b.append(".*");
            } else if (c == '?') {
                b.append('.');
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString(), Pattern.DOTALL);
    }

    // ------------------------------------------------------------------------------- address and greeting

    private static final String DEFAULT_ADDRESS = "<<_TITLE0_ >><<_FIRST0_>><< _LAST0_>><< _SUFFIX0_>>\u000B"
            + "<<_COMPANY_\u000B>><<_STREET1_\u000B>><<_STREET2_\u000B>><<_CITY_>><<, _STATE_>><< _POSTAL_>>\u000B<<_COUNTRY_>>";
    private static final String DEFAULT_GREETING = "<<_BEFORE_ Dear >><<_FIRST0_>><<_AFTER_ ,>>";

    private static String code(MergeRecord r, String code) {
        return switch (code) {
        case "TITLE0" -> r.text(MergeKey.TITLE);
        case "FIRST0", "NICK0" -> r.text(MergeKey.FIRST_NAME);
        case "MIDDLE0" -> r.text(MergeKey.MIDDLE_NAME);
        case "LAST0" -> r.text(MergeKey.SURNAME);
        case "COMPANY" -> r.text(MergeKey.COMPANY_NAME);
        case "STREET1" -> r.text(MergeKey.ADDRESS);
        case "STREET2" -> r.text(MergeKey.ADDRESS_2);
        case "CITY" -> r.text(MergeKey.CITY);
        case "STATE" -> r.text(MergeKey.COUNTY);
        case "POSTAL" -> r.text(MergeKey.POST_CODE);
        case "COUNTRY" -> r.text(MergeKey.COUNTRY);
        default -> "";
        };
    }

    /**
     * Expands an ADDRESSBLOCK/GREETINGLINE format: {@code <<text_CODE_text>>} groups print only when the code's
     * value is not empty ({@code _BEFORE_}/{@code _AFTER_} always print their text).
     *
     * @return the text, and whether any name or address value was printed
     */
    private static String[] expand(String format, MergeRecord r) {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        int i = 0;
        String f = format.replace("\r", "").replace("\n", "");
        while (i < f.length()) {
            int open = f.indexOf("<<", i);
            if (open < 0) {
                b.append(f, i, f.length());
                break;
            }
            b.append(f, i, open);
            int close = f.indexOf(">>", open);
            if (close < 0) {
                break;
            }
            String group = f.substring(open + 2, close);
            int c1 = group.indexOf('_');
            int c2 = c1 < 0 ? -1 : group.indexOf('_', c1 + 1);
            if (c2 > c1 + 1) {
                String code = group.substring(c1 + 1, c2);
                String pre = group.substring(0, c1);
                String post = group.substring(c2 + 1);
                if (code.equals("BEFORE") || code.equals("AFTER")) {
                    // the space after the code only separates it from the text
                    b.append(pre).append(post.startsWith(" ") ? post.substring(1) : post);
                } else {
                    String v = code(r, code);
                    if (!v.isEmpty()) {
                        b.append(pre).append(v).append(post);
                        any = true;
                    }
                }
            }
            i = close + 2;
        }
        return new String[] { b.toString(), any ? "y" : "" };
    }

    static List<String> addressLines(MergeRecord r) {
        String[] e = expand(DEFAULT_ADDRESS, r);
        return lines(e[0]);
    }

    private static List<String> lines(String s) {
        List<String> l = new ArrayList<>();
        for (String line : s.split("[\u000B\n]")) {
            if (!line.isBlank()) {
                l.add(line.strip());
            }
        }
        return l;
    }

    /** ADDRESSBLOCK: \f format, \c 0/1/2 country (2: all but the \e country), lines joined by paragraph marks. */
    String addressBlock(Instr in, MergeRecord r) {
        Instr.Switch fmt = in.sw('f');
        String format = fmt == null || fmt.arg() == null ? DEFAULT_ADDRESS : fmt.argText();
        Instr.Switch c = in.sw('c');
        String countryMode = c == null ? "2" : c.argText().strip();
        Instr.Switch ex = in.sw('e');
        String country = r.text(MergeKey.COUNTRY);
        boolean dropCountry = countryMode.equals("0")
                || (!countryMode.equals("1") && ex != null && country.strip().equalsIgnoreCase(ex.argText().strip()));
        if (dropCountry && !country.isEmpty()) {
            r = withoutCountry(r);
        }
        String given = r.text(MergeKey.ADDRESS_BLOCK);
        if (!given.isEmpty()) {
            return given.replace('\n', Rich.PARA);
        }
        return String.join(String.valueOf(Rich.PARA), lines(expand(format, r)[0]));
    }

    private static MergeRecord withoutCountry(MergeRecord r) {
        Map<MergeKey, String> v = new java.util.EnumMap<>(MergeKey.class);
        v.putAll(r.values());
        v.remove(MergeKey.COUNTRY);
        return new MergeRecord(v, r.dates(), r.numbers(), r.language());
    }

    /** GREETINGLINE: \f format with _BEFORE_/_AFTER_, \e text when the name is missing. */
    String greetingLine(Instr in, MergeRecord r) {
        Instr.Switch fmt = in.sw('f');
        String format = fmt == null || fmt.arg() == null ? DEFAULT_GREETING : fmt.argText();
        String[] e = expand(format, r);
        if (e[1].isEmpty()) {
            Instr.Switch fallback = in.sw('e');
            return fallback == null ? "" : fallback.argText();
        }
        return e[0].replace('\u000B', ' ').replaceAll(" {2,}", " ").strip();
    }

    // ------------------------------------------------------------------------------------------- writing

    /** Writes a result as runs at a run-container position. */
    static void write(Rich r, Slot s, StringBuilder out) {
        String wp = s.wp();
        CharSequence t = r.text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == Rich.PARA) {
                if (s.closePara() != null) {
                    out.append(s.closePara()).append(s.openPara());
                } else {
                    out.append('<').append(wp).append("r><").append(wp).append("br/></").append(wp).append("r>");
                }
                i++;
                continue;
            }
            String st = r.style.get(i);
            out.append('<').append(wp).append("r>");
            if (st != null) {
                out.append(st);
            }
            while (i < n && t.charAt(i) != Rich.PARA && java.util.Objects.equals(r.style.get(i), st)) {
                char ch = t.charAt(i);
                if (ch == '\t') {
                    out.append('<').append(wp).append("tab/>");
                    i++;
                } else if (ch == '\n' || ch == FieldScanner.LINE) {
                    out.append('<').append(wp).append("br/>");
                    i++;
                } else if (ch == '\r') {
                    i++;
                } else {
                    int j = i;
                    while (j < n && java.util.Objects.equals(r.style.get(j), st)) {
                        char x = t.charAt(j);
                        if (x == '\t' || x == '\n' || x == '\r' || x == FieldScanner.LINE || x == Rich.PARA) {
                            break;
                        }
                        j++;
                    }
                    out.append('<').append(wp).append("t xml:space=\"preserve\">");
                    XmlParser.escape(t, i, j, out);
                    out.append("</").append(wp).append("t>");
                    i = j;
                }
            }
            out.append("</").append(wp).append("r>");
        }
    }
}
