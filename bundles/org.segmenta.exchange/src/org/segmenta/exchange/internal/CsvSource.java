package org.segmenta.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.ImportFormat;

/**
 * Reads CSV text with Apache Commons CSV (RFC 4180: quoted fields over several lines, doubled quotes) into
 * {@link Draft}s, recognising the Outlook, Google Contacts and Thunderbird layouts by their header row, or through
 * a caller's {@link CsvMapping}. The delimiter (comma, semicolon or tab) is the one the header row uses most. An
 * empty trailing column (Thunderbird ends every line with a comma) is ignored.
 */
public final class CsvSource {

    /** Google's separator of several values in one cell. */
    public static final String MULTI = " ::: ";

    /** The parsed file: header row and records with the line each begins on. */
    public record Table(List<String> headers, List<Row> rows, char delimiter) {
    }

    /** One record: 1-based line where it begins, and its values. */
    public record Row(int line, List<String> values) {
    }

    private CsvSource() {
    }

    /**
     * @param file the file (for messages)
     * @param text the decoded text (without byte order mark)
     * @return the header row and records
     * @throws ContactImportException when the text is not CSV with a header row of at least two columns, or a
     *             quoted field is never closed
     */
    public static Table parse(Path file, String text) throws ContactImportException {
        int[] lineStarts = lineStarts(text);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord r : parser) {
                int line = lineOf(lineStarts, (int) r.getCharacterPosition());
                List<String> values = new ArrayList<>(Arrays.asList(r.values()));
                if (headers == null) {
                    headers = values.stream().map(String::strip).toList();
                    if (headers.size() < 2) {
                        throw new ContactImportException(file, line, "the first line has " + headers.size()
                                + " column; a contact CSV starts with a header row of column names separated by"
                                + " commas, semicolons or tabs. Is this a contact export?", null);
                    }
                } else {
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ContactImportException(file, 0, "the CSV cannot be parsed: " + msg
                    + ". A quoted field is probably not closed; check the quotes around that line.", e);
        }
        if (headers == null) {
            throw new ContactImportException(file, 1, "the file is empty; there is nothing to import.", null);
        }
        return new Table(headers, rows, delimiter);
    }

    /**
     * @param headers the header row
     * @return the export layout those headers are, or {@code null} when they are none of the known ones
     */
    public static ImportFormat recognise(List<String> headers) {
        Set<String> h = Set.copyOf(headers.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        if (h.contains("e-mail 1 - value") && (h.contains("given name") || h.contains("first name"))) {
            return ImportFormat.GOOGLE_CSV;
        }
        if (h.contains("primary email") && h.contains("display name")) {
            return ImportFormat.THUNDERBIRD_CSV;
        }
        if (h.contains("e-mail address") && h.contains("first name") && h.contains("last name")
                && (h.contains("business street") || h.contains("company"))) {
            return ImportFormat.OUTLOOK_CSV;
        }
        return null;
    }

    /**
     * @param table the parsed file
     * @param format the layout, or {@link ImportFormat#GENERIC_CSV} with a mapping
     * @param mapping the mapping for {@link ImportFormat#GENERIC_CSV}, else ignored
     * @return one draft per record
     */
    public static List<Draft> drafts(Table table, ImportFormat format, CsvMapping mapping) {
        List<Draft> drafts = new ArrayList<>();
        for (Row row : table.rows()) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < table.headers().size(); i++) {
                String h = table.headers().get(i);
                String v = i < row.values().size() ? row.values().get(i) : null;
                if (!h.isEmpty()) {
                    cells.putIfAbsent(h.toLowerCase(Locale.ROOT), v);
                }
            }
            Draft d = new Draft(row.line());
            if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                d.skipReason = "the row is empty.";
                drafts.add(d);
                continue;
            }
            Cells c = new Cells(cells);
            switch (format) {
                case OUTLOOK_CSV -> outlook(c, d);
                case GOOGLE_CSV -> google(c, d);
                case THUNDERBIRD_CSV -> thunderbird(c, d);
                default -> generic(table, row, mapping, d);
            }
            drafts.add(d);
        }
        return drafts;
    }

    /** Header (lower case) → cell. */
    private record Cells(Map<String, String> map) {
        String get(String header) {
            return Draft.clean(map.get(header.toLowerCase(Locale.ROOT)));
        }

        String first(String... headers) {
            for (String h : headers) {
                String v = get(h);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        boolean has(String header) {
            return map.containsKey(header.toLowerCase(Locale.ROOT));
        }
    }

    private static void outlook(Cells c, Draft d) {
        d.firstName = c.get("First Name");
        d.middleName = c.get("Middle Name");
        d.surname = c.get("Last Name");
        d.initials = c.get("Initials");
        d.companyName = c.get("Company");
        d.jobTitle = c.get("Job Title");
        String prefix = "Business";
        if (Draft.join("", c.get("Business Street"), c.get("Business City"), c.get("Business Postal Code")) == null) {
            prefix = Draft.join("", c.get("Home Street"), c.get("Home City"), c.get("Home Postal Code")) != null
                    ? "Home" : "Other";
        }
        d.setAddressLines(List.of(nz(c.get(prefix + " Street")), nz(c.get(prefix + " Street 2")),
                nz(c.get(prefix + " Street 3"))));
        d.city = c.get(prefix + " City");
        d.county = c.get(prefix + " State");
        d.postCode = c.get(prefix + " Postal Code");
        d.country = c.get(prefix + " Country/Region");
        if (d.country == null) {
            d.country = c.get(prefix + " Country");
        }
        d.phone = c.first("Business Phone", "Company Main Phone", "Primary Phone", "Home Phone", "Other Phone",
                "Business Phone 2", "Home Phone 2");
        d.mobile = c.get("Mobile Phone");
        d.fax = c.first("Business Fax", "Home Fax", "Other Fax");
        for (String n : new String[] { "", " 2", " 3" }) {
            String mail = c.get("E-mail" + n + " Address");
            if (mail != null && mail.contains("@")) {
                d.email = mail;
                break;
            }
        }
        d.homePage = c.get("Web Page");
        d.language = c.get("Language");
        String categories = c.get("Categories");
        if (categories != null) {
            d.categories.addAll(Arrays.asList(categories.split("[;,]")));
        }
    }

    private static void google(Cells c, Draft d) {
        d.name = first(c.get("Name"));
        d.firstName = first(c.first("Given Name", "First Name"));
        d.middleName = first(c.first("Additional Name", "Middle Name"));
        d.surname = first(c.first("Family Name", "Last Name"));
        d.initials = first(c.get("Initials"));
        d.companyName = first(c.first("Organization 1 - Name", "Organization Name"));
        d.jobTitle = first(c.first("Organization 1 - Title", "Organization Title"));
        String groups = c.first("Group Membership", "Labels");
        if (groups != null) {
            for (String g : groups.split(" ::: ")) {
                // Google marks its system groups with "* " ("* My Contacts", "* Starred")
                d.categories.add(g.startsWith("* ") ? g.substring(2) : g);
            }
        }
        // e-mails: the starred (primary) one, else Work, else the first
        String email = null;
        int emailScore = -1;
        for (int i = 1; c.has("E-mail " + i + " - Value"); i++) {
            String v = first(c.get("E-mail " + i + " - Value"));
            int s = googleScore(c.first("E-mail " + i + " - Type", "E-mail " + i + " - Label"));
            if (v != null && s > emailScore) {
                email = v;
                emailScore = s;
            }
        }
        d.email = email;
        String[] phone = new String[3];
        int[] phoneScore = { -1, -1, -1 };
        for (int i = 1; c.has("Phone " + i + " - Value"); i++) {
            String v = first(c.get("Phone " + i + " - Value"));
            String type = c.first("Phone " + i + " - Type", "Phone " + i + " - Label");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            int kind = t.contains("fax") ? 2 : t.contains("mobile") || t.contains("cell") ? 1 : t.contains("pager") ? -1 : 0;
            int s = googleScore(type);
            if (v != null && kind >= 0 && s > phoneScore[kind]) {
                phone[kind] = v;
                phoneScore[kind] = s;
            }
        }
        d.phone = phone[0];
        d.mobile = phone[1];
        d.fax = phone[2];
        int best = -1;
        int bestScore = -1;
        for (int i = 1; c.has("Address " + i + " - Street") || c.has("Address " + i + " - Formatted"); i++) {
            String p = "Address " + i + " - ";
            if (Draft.join("", c.get(p + "Street"), c.get(p + "City"), c.get(p + "Postal Code"),
                    c.get(p + "Formatted")) == null) {
                continue;
            }
            int s = googleScore(c.first(p + "Type", p + "Label"));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best > 0) {
            String p = "Address " + best + " - ";
            if (c.get(p + "Street") == null && c.get(p + "City") == null) {
                d.setAddressLines(List.of(nz(c.get(p + "Formatted"))));
            } else {
                d.setAddressLines(List.of(nz(c.get(p + "Street")), nz(c.get(p + "Extended Address"))));
                d.city = first(c.get(p + "City"));
                d.county = first(c.get(p + "Region"));
                d.postCode = first(c.get(p + "Postal Code"));
                d.country = first(c.get(p + "Country"));
            }
        }
        String site = null;
        int siteScore = -1;
        for (int i = 1; c.has("Website " + i + " - Value"); i++) {
            String v = first(c.get("Website " + i + " - Value"));
            String type = c.first("Website " + i + " - Type", "Website " + i + " - Label");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            int s = t.contains("work") ? 3 : t.contains("home page") || t.contains("homepage") ? 2 : 0;
            if (v != null && s > siteScore) {
                site = v;
                siteScore = s;
            }
        }
        d.homePage = site;
    }

    /** Google: a type starting "* " is the primary value (2), Work scores 1. */
    private static int googleScore(String type) {
        if (type == null) {
            return 0;
        }
        int s = type.startsWith("*") ? 2 : 0;
        return type.toLowerCase(Locale.ROOT).contains("work") ? s + 1 : s;
    }

    /** The first of Google's " ::: "-separated values. */
    private static String first(String v) {
        if (v == null) {
            return null;
        }
        int i = v.indexOf(MULTI);
        return Draft.clean(i < 0 ? v : v.substring(0, i));
    }

    private static void thunderbird(Cells c, Draft d) {
        d.name = c.get("Display Name");
        d.firstName = c.get("First Name");
        d.surname = c.get("Last Name");
        d.companyName = c.get("Organization");
        d.jobTitle = c.get("Job Title");
        d.email = c.first("Primary Email", "Secondary Email");
        d.phone = c.first("Work Phone", "Home Phone");
        d.mobile = c.get("Mobile Number");
        d.fax = c.get("Fax Number");
        String p = Draft.join("", c.get("Work Address"), c.get("Work City"), c.get("Work ZipCode")) != null ? "Work"
                : "Home";
        d.setAddressLines(List.of(nz(c.get(p + " Address")), nz(c.get(p + " Address 2"))));
        d.city = c.get(p + " City");
        d.county = c.get(p + " State");
        d.postCode = c.get(p + " ZipCode");
        d.country = c.get(p + " Country");
        d.homePage = c.first("Web Page 1", "Web Page 2");
    }

    private static void generic(Table table, Row row, CsvMapping mapping, Draft d) {
        Map<ContactField, String> values = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            ContactField f = mapping.columns().get(table.headers().get(i));
            String v = i < row.values().size() ? Draft.clean(row.values().get(i)) : null;
            if (f == null || v == null) {
                continue;
            }
            if (f == ContactField.CATEGORIES) {
                d.categories.addAll(Arrays.asList(v.split(" ::: |[;,]")));
            } else {
                values.putIfAbsent(f, v);
            }
        }
        d.name = values.get(ContactField.NAME);
        d.firstName = values.get(ContactField.FIRST_NAME);
        d.middleName = values.get(ContactField.MIDDLE_NAME);
        d.surname = values.get(ContactField.SURNAME);
        d.initials = values.get(ContactField.INITIALS);
        d.jobTitle = values.get(ContactField.JOB_TITLE);
        d.companyName = values.get(ContactField.COMPANY_NAME);
        d.address = values.get(ContactField.ADDRESS);
        d.address2 = values.get(ContactField.ADDRESS_2);
        d.postCode = values.get(ContactField.POST_CODE);
        d.city = values.get(ContactField.CITY);
        d.county = values.get(ContactField.COUNTY);
        d.country = values.get(ContactField.COUNTRY);
        d.phone = values.get(ContactField.PHONE);
        d.mobile = values.get(ContactField.MOBILE_PHONE);
        d.fax = values.get(ContactField.FAX);
        d.email = values.get(ContactField.EMAIL);
        d.homePage = values.get(ContactField.HOME_PAGE);
        d.language = values.get(ContactField.LANGUAGE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The delimiter the first line uses most, outside quotes: comma, semicolon or tab. */
    private static char delimiter(String text) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == '\n' || ch == '\r') {
                    break;
                }
                comma += ch == ',' ? 1 : 0;
                semi += ch == ';' ? 1 : 0;
                tab += ch == '\t' ? 1 : 0;
            }
        }
        return semi > comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int position) {
        int i = Arrays.binarySearch(starts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
