package org.segmenta.merge.word.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Word's picture switches: {@code \@} date-time pictures and {@code \#} numeric pictures, and the {@code \*}
 * text formats. Source: ECMA-376 Part 1 §17.16.4.1 (date and time formatting), §17.16.4.2 (numeric
 * formatting), §17.16.4.3 (general formatting).
 */
final class Pictures {

    private Pictures() {
    }

    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    /**
     * @param text a date as text (ISO {@code 2024-03-15}, or day-month-year with '.', '-' or '/'; month-day-year
     *             for US English)
     * @param lang the language, deciding the order of day and month when ambiguous
     * @return the date or time, or {@code null} when the text is not one
     */
    static LocalDateTime parseDate(String text, Locale lang) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            // try the dates
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10);
        }
        if ("US".equals(lang.getCountry())) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern("M/d/uuuu")).atStartOfDay();
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        for (DateTimeFormatter f : DATE_INPUTS) {
            try {
                return LocalDate.parse(t, f).atStartOfDay();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    /**
     * Formats a date-time with a Word date picture ({@code d dd ddd dddd M MM MMM MMMM yy yyyy h hh H HH m mm s ss
     * am/pm AM/PM}, text in single quotes literal).
     */
    static String formatDate(LocalDateTime dt, String picture, Locale lang) {
        Locale loc = lang == Locale.ROOT ? Locale.ENGLISH : lang;
        StringBuilder b = new StringBuilder();
        String p = picture;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            int run = 1;
            while (i + run < p.length() && p.charAt(i + run) == c) {
                run++;
            }
            switch (c) {
            case '\'' -> {
                int e = p.indexOf('\'', i + 1);
                if (e < 0) {
                    e = p.length();
                }
                b.append(p, i + 1, e);
                i = e + 1;
                continue;
            }
            case 'd', 'D' -> b.append(run == 1 ? String.valueOf(dt.getDayOfMonth())
                    : run == 2 ? two(dt.getDayOfMonth())
                    : dt.getDayOfWeek().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL, loc));
            case 'M' -> b.append(run == 1 ? String.valueOf(dt.getMonthValue())
                    : run == 2 ? two(dt.getMonthValue())
                    : dt.getMonth().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL_STANDALONE, loc));
            case 'y', 'Y' -> b.append(run <= 2 ? two(dt.getYear() % 100) : String.valueOf(dt.getYear()));
            case 'h' -> {
                int h = dt.getHour() % 12 == 0 ? 12 : dt.getHour() % 12;
                b.append(run == 1 ? String.valueOf(h) : two(h));
            }
            case 'H' -> b.append(run == 1 ? String.valueOf(dt.getHour()) : two(dt.getHour()));
            case 'm' -> b.append(run == 1 ? String.valueOf(dt.getMinute()) : two(dt.getMinute()));
            case 's', 'S' -> b.append(run == 1 ? String.valueOf(dt.getSecond()) : two(dt.getSecond()));
            case 'a', 'A' -> {
                if (p.regionMatches(true, i, "am/pm", 0, 5)) {
                    String ap = dt.getHour() < 12 ? "AM" : "PM";
                    b.append(c == 'a' ? ap.toLowerCase(Locale.ROOT) : ap);
                    i += 5;
                    continue;
                }
                b.append(p, i, i + run);
            }
            default -> b.append(p, i, i + run);
            }
            i += run;
        }
        return b.toString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    /**
     * @param text a number as text: plain, with grouping, with a decimal comma, with a currency sign or %
     * @return the number, or {@code null}
     */
    static BigDecimal parseNumber(String text) {
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
        t = t.replaceAll("^[^0-9+\\-.,(]+|[^0-9.,)]+$", "");
        boolean negative = t.startsWith("(") && t.endsWith(")");
        if (negative) {
            t = t.substring(1, t.length() - 1);
        }
        int dot = t.lastIndexOf('.');
        int comma = t.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            t = dot > comma ? t.replace(",", "") : t.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma && t.length() - comma - 1 != 3 ? t.replace(',', '.') : t.replace(",", "");
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Formats a number with a Word numeric picture: {@code 0} digit, {@code #} digit or nothing, {@code x}
     * truncating digit, {@code .} decimal point, {@code ,} grouping, {@code -}/{@code +} sign, {@code ;}
     * sections (positive;negative;zero), other text and {@code 'quoted'} text literal. Word's {@code %} is literal
     * (the value is not multiplied by 100).
     */
    static String formatNumber(BigDecimal value, String picture, Locale lang) {
        String[] sections = splitSections(picture);
        String pic = sections[0];
        boolean explicitNegative = false;
        if (value.signum() < 0 && sections.length > 1) {
            pic = sections[1];
            explicitNegative = true;
        } else if (value.signum() == 0 && sections.length > 2) {
            pic = sections[2];
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < pic.length(); i++) {
            char c = pic.charAt(i);
            if (c == '0' || c == '#' || c == 'x') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return literal(pic);
        }
        String prefix = literal(pic.substring(0, first));
        String core = pic.substring(first, last + 1);
        String suffix = literal(pic.substring(last + 1));
        int point = core.indexOf('.');
        String intPart = point < 0 ? core : core.substring(0, point);
        String fracPart = point < 0 ? "" : core.substring(point + 1);
        int minFrac = (int) fracPart.chars().filter(ch -> ch == '0').count();
        int maxFrac = (int) fracPart.chars().filter(ch -> ch == '0' || ch == '#' || ch == 'x').count();
        int minInt = (int) intPart.chars().filter(ch -> ch == '0').count();
        boolean grouping = intPart.indexOf(',') >= 0;
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(lang == Locale.ROOT ? Locale.ENGLISH : lang);
        BigDecimal abs = value.abs().setScale(maxFrac, RoundingMode.HALF_UP);
        String plain = abs.toPlainString();
        int dp = plain.indexOf('.');
        String ip = dp < 0 ? plain : plain.substring(0, dp);
        String fp = dp < 0 ? "" : plain.substring(dp + 1);
        while (fp.length() > minFrac && fp.endsWith("0")) {
            fp = fp.substring(0, fp.length() - 1);
        }
        if (ip.equals("0") && minInt == 0) {
            ip = "";
        }
        while (ip.length() < minInt) {
            ip = "0" + ip;
        }
        StringBuilder b = new StringBuilder();
        if (grouping) {
            for (int i = 0; i < ip.length(); i++) {
                if (i > 0 && (ip.length() - i) % 3 == 0) {
                    b.append(sym.getGroupingSeparator());
                }
                b.append(ip.charAt(i));
            }
        } else {
            b.append(ip);
        }
        if (!fp.isEmpty()) {
            b.append(sym.getDecimalSeparator()).append(fp);
        }
        String sign = "";
        if (value.signum() < 0 && !explicitNegative) {
            sign = "-";
        }
        if (prefix.contains("-") || prefix.contains("+")) {
            String s = value.signum() < 0 ? "-" : prefix.contains("+") ? "+" : "";
            prefix = prefix.replace("-", "").replace("+", "");
            sign = s;
        }
        return sign + prefix + b + suffix;
    }

    private static String[] splitSections(String pic) {
        java.util.List<String> l = new java.util.ArrayList<>();
        boolean q = false;
        int s = 0;
        for (int i = 0; i < pic.length(); i++) {
            if (pic.charAt(i) == '\'') {
                q = !q;
            } else if (pic.charAt(i) == ';' && !q) {
                l.add(pic.substring(s, i));
                s = i + 1;
            }
        }
        l.add(pic.substring(s));
        return l.toArray(String[]::new);
    }

    private static String literal(String s) {
        return s.replace("'", "");
    }

    /**
     * Applies a {@code \*} general format to text.
     *
     * @return the formatted text, or {@code null} when the format is not one Segmenta knows
     */
    static String generalFormat(String value, String format) {
        switch (format.toLowerCase(Locale.ROOT)) {
        case "upper":
            return value.toUpperCase(Locale.ROOT);
        case "lower":
            return value.toLowerCase(Locale.ROOT);
        case "firstcap": {
            int i = 0;
            while (i < value.length() && !Character.isLetter(value.charAt(i))) {
                i++;
            }
            return i < value.length() ? value.substring(0, i) + Character.toUpperCase(value.charAt(i)) + value.substring(i + 1) : value;
        }
        case "caps": {
            StringBuilder b = new StringBuilder(value.length());
            boolean start = true;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                b.append(start ? Character.toUpperCase(c) : c);
                start = Character.isWhitespace(c);
            }
            return b.toString();
        }
        case "mergeformat":
        case "charformat":
        case "arabic":
            return value;
        default:
            BigDecimal n = parseNumber(value);
            if (n != null && n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(4000)) < 0) {
                int v = n.intValueExact();
                if (format.equals("ROMAN") || format.equals("roman")) {
                    String r = roman(v);
                    return format.equals("roman") ? r.toLowerCase(Locale.ROOT) : r;
                }
                if (format.equalsIgnoreCase("ordinal")) {
                    int t = v % 100;
                    String suf = t >= 11 && t <= 13 ? "th" : switch (v % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                    };
                    return v + suf;
                }
            }
            return null;
        }
    }

    private static String roman(int v) {
        int[] n = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] s = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length; i++) {
            while (v >= n[i]) {
                b.append(s[i]);
                v -= n[i];
            }
        }
        return b.toString();
    }

    static LocalDateTime at(LocalDate d) {
        return d.atTime(LocalTime.MIDNIGHT);
    }
}
