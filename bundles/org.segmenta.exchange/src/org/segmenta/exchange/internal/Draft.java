package org.segmenta.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.core.format.Formats;
import org.segmenta.exchange.ImportReport.Reason;

/**
 * One contact as read from a file, before duplicates, companies and numbers are decided: plain strings,
 * {@code null} where the file has nothing. Readers fill it; {@link PlanBuilder} turns it into model contacts.
 */
public final class Draft {

    /** 1-based line of the file where the card or row begins. */
    public final int line;

    /** Set when the row cannot become a contact; the reason goes to the report. */
    public String skipReason;
    /** The kind of {@link #skipReason}; {@link Reason#NO_IDENTITY} when not set. */
    public Reason skipKind;
    /** The column or property {@link #skipReason} concerns, or {@code null}. */
    public String skipField;

    /** The contact's notes (vCard NOTE, CSV Notes), several lines. */
    public String contactNotes;
    /** What the card or row holds that has no place on a contact: kind ("birthday", a column name) → count. */
    public final Map<String, Integer> leftOver = new LinkedHashMap<>();
    /** Where a value came from: value → column or property name, for the report of a value that is refused. */
    public final Map<String, String> origin = new HashMap<>();

    /** The card or row describes an organisation, not a person. */
    public boolean company;

    public String name;
    public String name2;
    public String firstName;
    public String middleName;
    public String surname;
    public String initials;
    public String jobTitle;
    public String companyName;
    public String address;
    public String address2;
    public String postCode;
    public String city;
    public String county;
    /** The country as written in the file (a name or a code); mapped to an ISO code later. */
    public String country;
    public String phone;
    public String mobile;
    public String fax;
    public String email;
    public String homePage;
    /** A language tag (en-us) or name (English) as written in the file; mapped to a language code later. */
    public String language;
    public final List<String> categories = new ArrayList<>();
    /** Informational notes about this row (what was guessed, dropped or repaired). */
    public final List<String> notes = new ArrayList<>();

    /** @param line 1-based line where the card or row begins */
    public Draft(int line) {
        this.line = line;
    }

    /** @return the text with surrounding white space removed, or {@code null} when it is null or blank */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** @return the non-blank values joined by {@code sep}, or {@code null} when there are none */
    public static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            String c = clean(p);
            if (c != null) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * Puts address lines into the two address fields: the first line is Address, the second Address 2, and any
     * further lines are appended to Address 2 separated by ", " (with a note).
     *
     * @param lines the lines in order (street lines first, then extended address lines); blanks are ignored
     */
    public void setAddressLines(List<String> lines) {
        List<String> clean = new ArrayList<>();
        for (String l : lines) {
            if (l == null) {
                continue;
            }
            for (String part : l.split("\\R")) {
                String c = clean(part);
                if (c != null) {
                    clean.add(c);
                }
            }
        }
        address = clean.isEmpty() ? null : clean.get(0);
        address2 = clean.size() < 2 ? null : String.join(", ", clean.subList(1, clean.size()));
        if (clean.size() > 2) {
            notes.add(Formats.bind(Messages.Draft_theAddressHas, clean.size(), clean.size()));
        }
    }

    /**
     * Refuses the row as a bad row.
     *
     * @param kind the kind of problem
     * @param field the column or property, or {@code null}
     * @param reason what is wrong and what to do
     */
    public void refuse(Reason kind, String field, String reason) {
        if (skipReason == null) {
            skipKind = kind;
            skipField = field;
            skipReason = reason;
        }
    }

    /** Counts one value that is not imported, under {@code kind}. */
    public void leftOver(String kind) {
        leftOver.merge(kind, 1, Integer::sum);
    }

    /** Remembers that {@code value} came from {@code field}; returns the value. */
    public String from(String field, String value) {
        if (value != null) {
            origin.putIfAbsent(value, field);
        }
        return value;
    }

    /** @return the column or property {@code value} came from, or {@code fallback} */
    public String originOf(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String o = origin.get(value);
        if (o == null) {
            for (Map.Entry<String, String> e : origin.entrySet()) {
                if (e.getKey().contains(value) || value.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return o == null ? fallback : o;
    }

    /** @return a short label for reports: the name, else the company, else the e-mail */
    public String label() {
        String l = name != null ? name : companyName != null ? companyName : email != null ? email : phone;
        return l == null ? "(no name)" : l;
    }
}
