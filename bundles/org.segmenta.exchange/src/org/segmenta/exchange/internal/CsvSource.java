package org.segmenta.exchange.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.segmenta.core.format.Formats;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.util.SegmentLineExport;

/**
 * Reads CSV text with Apache Commons CSV (RFC 4180: quoted fields over several lines, doubled quotes) into
 * {@link Draft}s one record at a time, so that files of any size stream through a bounded amount of memory. Outlook
 * (also localised: German, French, Spanish, Italian, Dutch, Danish, Swedish, Norwegian headers, see
 * {@link OutlookHeaders}), Google Contacts and Thunderbird layouts are recognised by their header row; other layouts
 * need a caller's {@link CsvMapping}. The delimiter (comma, semicolon or tab) is the one the header row uses most. An
 * empty trailing column (Thunderbird ends every line with a comma) is ignored.
 * <p>
 * Bad rows become drafts refused with a reason and the column at fault, never exceptions: a row with more values than
 * the header (a separator inside an unquoted value), the last row of a file that ends in the middle of it, and a
 * quoted value that is never closed (the rows from there on cannot be read; the message says so). Every non-empty
 * cell that no contact field takes is counted by its column name as not imported.
 */
public final class CsvSource implements Closeable {

    /** Google's separator of several values in one cell. */
    public static final String MULTI = " ::: ";

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private final Path file;
    private final LineCounter counter;
    private final Iterator<CSVRecord> records;
    private final Closeable closeable;
    private final List<String> headers;
    /** the header row in the names the layout readers know (localised Outlook names translated), lower case */
    private final List<String> keys;
    private final char delimiter;
    private final ImportFormat format;
    private final CsvMapping mapping;
    private final String outlookLanguage;
    private final int headerLine;

    private CSVRecord lookahead;
    private Draft failure;
    private boolean done;
    private int lastLine;

    private CsvSource(Path file, LineCounter counter, Iterator<CSVRecord> records, Closeable closeable,
            List<String> headers, List<String> keys, char delimiter, ImportFormat format, CsvMapping mapping,
            String outlookLanguage, int headerLine) {
        this.file = file;
        this.counter = counter;
        this.records = records;
        this.closeable = closeable;
        this.headers = headers;
        this.keys = keys;
        this.delimiter = delimiter;
        this.format = format;
        this.mapping = mapping;
        this.outlookLanguage = outlookLanguage;
        this.headerLine = headerLine;
        this.lastLine = headerLine;
    }

    /**
     * Opens CSV text and reads its header row.
     *
     * @param file the file (for messages)
     * @param text the decoded text, without byte order mark; closed by {@link #close()}
     * @param mapping the column mapping, or {@code null} to recognise the layout by the header row
     * @param requireLayout refuse a header row of an unknown layout when there is no mapping (for imports);
     *            {@code false} to open any CSV (for listing its headers)
     * @return the source, positioned before the first record after the header
     * @throws ContactImportException when the text is not CSV with a header row of at least two columns, the layout
     *             is unknown and there is no mapping, or the mapping names columns the header does not have
     */
    public static CsvSource open(Path file, Reader text, CsvMapping mapping, boolean requireLayout)
            throws ContactImportException {
        LineCounter counter = new LineCounter(text);
        BufferedReader in = new BufferedReader(counter, 1 << 16);
        char delimiter;
        try {
            delimiter = delimiter(in);
        } catch (IOException e) {
            throw new ContactImportException(file, 0, Formats.bind(Messages.CsvSource_theFileCannotBe,
                    e.getMessage()), e);
        }
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        Iterator<CSVRecord> it;
        org.apache.commons.csv.CSVParser parser;
        CSVRecord head;
        try {
            parser = csv.parse(in);
            it = parser.iterator();
            head = it.hasNext() ? it.next() : null;
        } catch (IOException | UncheckedIOException e) {
            throw new ContactImportException(file, 1, Formats.bind(Messages.CsvSource_theHeaderRowCannot,
                    problem(e)), null);
        }
        if (head == null) {
            throw new ContactImportException(file, 1, Formats.bind(Messages.CsvSource_theFileIsEmpty), null);
        }
        int headerLine = counter.lineAt(head.getCharacterPosition());
        List<String> headers = Arrays.stream(head.values()).map(String::strip).toList();
        if (headers.size() < 2) {
            throw new ContactImportException(file, headerLine, Formats.bind(Messages.CsvSource_theFirstLineHas,
                    Formats.count(headers.size())), null);
        }
        ImportFormat format;
        List<String> keys = headers;
        String language = null;
        if (mapping != null) {
            format = ImportFormat.GENERIC_CSV;
            for (String header : mapping.columns().keySet()) {
                if (!headers.contains(header)) {
                    throw new ContactImportException(file, headerLine, Formats.bind(Messages.CsvSource_theColumnMappingNames,
                            
                            header, headers), null);
                }
            }
            if (!mapping.identifiesContacts()) {
                throw new ContactImportException(file, headerLine, Formats.bind(Messages.CsvSource_theColumnMappingMaps), null);
            }
        } else {
            format = recognise(headers);
            if (format == null) {
                OutlookHeaders.Translation t = OutlookHeaders.translate(headers);
                if (t != null && recognise(t.headers()) == ImportFormat.OUTLOOK_CSV) {
                    format = ImportFormat.OUTLOOK_CSV;
                    keys = t.headers();
                    language = t.language();
                }
            }
            if (format == null && requireLayout) {
                CsvMapping proposal = CsvMapping.propose(headers);
                throw new ContactImportException(file, headerLine, proposal.columns().isEmpty()
                        ? Formats.bind(Messages.CsvSource_notAKnownExportNoColumn)
                        : Formats.bind(Messages.CsvSource_notAKnownExportProposed, proposal),
                        null);
            }
            if (format == null) {
                format = ImportFormat.GENERIC_CSV;
            }
        }
        return new CsvSource(file, counter, it, parser, headers, keys.stream()
                .map(k -> k.strip().toLowerCase(Locale.ROOT)).toList(), delimiter, format, mapping, language,
                headerLine);
    }

    /** @return the header row as written, in file order */
    public List<String> headers() {
        return headers;
    }

    /** @return the delimiter the header row uses */
    public char delimiter() {
        return delimiter;
    }

    /** @return the layout recognised, or {@link ImportFormat#GENERIC_CSV} with a mapping */
    public ImportFormat format() {
        return format;
    }

    /** @return the language of a localised Outlook header row ("German"), or {@code null} */
    public String outlookLanguage() {
        return outlookLanguage;
    }

    @Override
    public void close() throws IOException {
        closeable.close();
    }

    /**
     * @return the next row as a draft (possibly refused with its reason), or {@code null} after the last
     */
    public Draft next() {
        if (done) {
            return null;
        }
        CSVRecord r = lookahead != null ? lookahead : read();
        lookahead = null;
        if (r == null) {
            done = true;
            Draft f = failure;
            failure = null;
            return f;
        }
        lookahead = read();
        boolean last = lookahead == null && failure == null;
        return toDraft(r, last);
    }

    private CSVRecord read() {
        if (failure != null || done) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = lastLine + 1;
            Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                line = Math.max(line, Integer.parseInt(m.group(1)));
            }
            Draft d = new Draft(line);
            String msg = String.valueOf(e.getMessage());
            String what = msg.contains("EOF") ? Formats.bind(Messages.CsvSource_quoteNeverClosed)
                    : Formats.bind(Messages.CsvSource_quoteFollowedByCharacters, delimiter);
            d.refuse(Reason.CUT_OFF, null, Formats.bind(Messages.CsvSource_theRowsFromLine,
                    what, line, Math.max(line, counter.lines() - (counter.endsWithLineBreak() ? 1 : 0))));
            failure = d;
            return null;
        }
    }

    private Draft toDraft(CSVRecord r, boolean last) {
        int line = counter.lineAt(r.getCharacterPosition());
        lastLine = line;
        // a cell a spreadsheet-safe export guarded with an apostrophe ('=..., '+...) is read without the guard
        List<String> values = Arrays.stream(r.values()).map(SegmentLineExport::unguard).toList();
        Draft d = new Draft(line);
        if (values.stream().allMatch(v -> v == null || v.isBlank())) {
            d.refuse(Reason.EMPTY, null, Formats.bind(Messages.CsvSource_theRowIsEmpty));
            return d;
        }
        if (values.size() > headers.size()) {
            List<String> extra = values.subList(headers.size(), values.size());
            if (extra.stream().anyMatch(v -> v != null && !v.isBlank())) {
                d.refuse(Reason.EXTRA_COLUMNS, null, Formats.bind(delimiter == '\t'
                        ? Messages.CsvSource_extraValuesTab : Messages.CsvSource_extraValues,
                        Formats.plural(values.size(), Messages.CsvSource_valueOne, Messages.CsvSource_valueOther),
                        Formats.plural(headers.size(), Messages.CsvSource_columnOne, Messages.CsvSource_columnOther),
                        delimiter));
                return d;
            }
        }
        if (last && values.size() < headers.size() && !counter.endsWithLineBreak()) {
            d.refuse(Reason.CUT_OFF, null, Formats.bind(Messages.CsvSource_theFileEndsIn,
                    Formats.count(values.size()),
                    Formats.plural(headers.size(), Messages.CsvSource_columnOne, Messages.CsvSource_columnOther)));
            return d;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isEmpty()) {
                index.putIfAbsent(keys.get(i), i);
            }
        }
        Cells c = new Cells(index, values, headers, d);
        switch (format) {
        case OUTLOOK_CSV -> outlook(c, d);
        case GOOGLE_CSV -> google(c, d);
        case THUNDERBIRD_CSV -> thunderbird(c, d);
        default -> generic(c, d);
        }
        c.countLeftOver();
        return d;
    }

    /** A row's cells by header (lower case), remembering which ones a field took. */
    private static final class Cells {
        private final Map<String, Integer> index;
        private final List<String> values;
        private final List<String> headers;
        private final Draft draft;
        private final Set<Integer> used = new HashSet<>();

        Cells(Map<String, Integer> index, List<String> values, List<String> headers, Draft draft) {
            this.index = index;
            this.values = values;
            this.headers = headers;
            this.draft = draft;
        }

        String get(String header) {
            Integer i = index.get(header.toLowerCase(Locale.ROOT));
            if (i == null || i >= values.size()) {
                return null;
            }
            String v = Draft.clean(values.get(i));
            if (v != null) {
                used.add(i);
                draft.from(headers.get(i), v);
            }
            return v;
        }

        /** Marks a cell as read without taking its value (types and labels that only qualify another cell). */
        String peek(String header) {
            return get(header);
        }

        String first(String... names) {
            for (String h : names) {
                String v = get(h);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        boolean has(String header) {
            return index.containsKey(header.toLowerCase(Locale.ROOT));
        }

        /** Un-marks a cell whose value was read but not used (a second e-mail address when the first won). */
        void unuse(String header) {
            Integer i = index.get(header.toLowerCase(Locale.ROOT));
            if (i != null) {
                used.remove(i);
            }
        }

        void countLeftOver() {
            for (int i = 0; i < values.size() && i < headers.size(); i++) {
                if (!used.contains(i) && Draft.clean(values.get(i)) != null && !headers.get(i).isEmpty()) {
                    draft.leftOver(headers.get(i));
                }
            }
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
        d.email = c.first("E-mail Address", "E-mail 2 Address", "E-mail 3 Address");
        d.homePage = c.get("Web Page");
        d.language = c.get("Language");
        d.contactNotes = c.get("Notes");
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
        int emailAt = 0;
        for (int i = 1; c.has("E-mail " + i + " - Value"); i++) {
            String v = first(c.get("E-mail " + i + " - Value"));
            int s = googleScore(c.first("E-mail " + i + " - Type", "E-mail " + i + " - Label"));
            if (v != null && s > emailScore) {
                email = v;
                emailScore = s;
                emailAt = i;
            }
        }
        for (int i = 1; c.has("E-mail " + i + " - Value"); i++) {
            if (i != emailAt) {
                c.unuse("E-mail " + i + " - Value");
            }
        }
        d.email = email;
        String[] phone = new String[3];
        int[] phoneScore = { -1, -1, -1 };
        int[] phoneAt = new int[3];
        for (int i = 1; c.has("Phone " + i + " - Value"); i++) {
            String v = first(c.get("Phone " + i + " - Value"));
            String type = c.first("Phone " + i + " - Type", "Phone " + i + " - Label");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            int kind = t.contains("fax") ? 2 : t.contains("mobile") || t.contains("cell") ? 1 : t.contains("pager") ? -1 : 0;
            int s = googleScore(type);
            if (v != null && kind >= 0 && s > phoneScore[kind]) {
                phone[kind] = v;
                phoneScore[kind] = s;
                phoneAt[kind] = i;
            }
        }
        for (int i = 1; c.has("Phone " + i + " - Value"); i++) {
            if (i != phoneAt[0] && i != phoneAt[1] && i != phoneAt[2]) {
                c.unuse("Phone " + i + " - Value");
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
        for (int i = 1; c.has("Address " + i + " - Street") || c.has("Address " + i + " - Formatted"); i++) {
            if (i != best) {
                for (String part : new String[] { "Street", "City", "Postal Code", "Formatted" }) {
                    c.unuse("Address " + i + " - " + part);
                }
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
        int siteAt = 0;
        for (int i = 1; c.has("Website " + i + " - Value"); i++) {
            String v = first(c.get("Website " + i + " - Value"));
            String type = c.first("Website " + i + " - Type", "Website " + i + " - Label");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            int s = t.contains("work") ? 3 : t.contains("home page") || t.contains("homepage") ? 2 : 0;
            if (v != null && s > siteScore) {
                site = v;
                siteScore = s;
                siteAt = i;
            }
        }
        for (int i = 1; c.has("Website " + i + " - Value"); i++) {
            if (i != siteAt) {
                c.unuse("Website " + i + " - Value");
            }
        }
        d.homePage = site;
        d.contactNotes = c.get("Notes");
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
        d.contactNotes = c.get("Notes");
    }

    private void generic(Cells c, Draft d) {
        Map<ContactField, String> values = new HashMap<>();
        for (String header : headers) {
            ContactField f = mapping == null ? null : mapping.columns().get(header);
            if (f == null) {
                continue;
            }
            String v = c.get(header);
            if (v == null) {
                continue;
            }
            if (f == ContactField.CATEGORIES) {
                d.categories.addAll(Arrays.asList(v.split(" ::: |[;,]")));
            } else if (values.putIfAbsent(f, v) != null) {
                c.unuse(header);
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
        d.contactNotes = values.get(ContactField.NOTES);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param headers the header row
     * @return the export layout those headers are, or {@code null} when they are none of the known ones
     */
    public static ImportFormat recognise(List<String> headers) {
        Set<String> h = Set.copyOf(headers.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
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

    /** The delimiter the first line uses most, outside quotes: comma, semicolon or tab. Leaves the reader where it was. */
    private static char delimiter(BufferedReader in) throws IOException {
        int limit = 1 << 20;
        in.mark(limit + 1);
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < limit; i++) {
            int ch = in.read();
            if (ch < 0) {
                break;
            }
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
        in.reset();
        return semi > comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    /** What Commons CSV's exception means, in words (never the exception's class or text). */
    private static String problem(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF")) {
            return "a quoted column name is not closed before the file ends (the file is cut off, or a quote is not "
                    + "doubled).";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted column name is followed by other characters before the next separator (a quote inside "
                    + "a name must be doubled).";
        }
        return "it is not valid CSV.";
    }

    /**
     * Counts the lines of the text as it is read and tells the line of a character position. Keeps only the line
     * starts the reader has read ahead of the parser, so memory does not grow with the file.
     */
    static final class LineCounter extends FilterReader {
        private final ArrayDeque<Long> starts = new ArrayDeque<>();
        private long position;
        private int line = 1;
        private int lines = 1;
        private int lastChar = -1;
        private boolean crPending;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int ch = super.read();
            if (ch >= 0) {
                see((char) ch);
            }
            return ch;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) {
                see(buf[off + i]);
            }
            return n;
        }

        private void see(char ch) {
            position++;
            if (ch == '\n') {
                starts.add(position);
                lines++;
                crPending = false;
            } else {
                if (crPending) {
                    // a lone CR ended the line before this character
                    starts.add(position - 1);
                    lines++;
                }
                crPending = ch == '\r';
            }
            lastChar = ch;
        }

        /** @return the 1-based line of the character at {@code pos} (positions asked in increasing order) */
        int lineAt(long pos) {
            while (!starts.isEmpty() && starts.peekFirst() <= pos) {
                starts.pollFirst();
                line++;
            }
            return line;
        }

        /** @return the lines read so far */
        int lines() {
            return lines;
        }

        /** @return whether the text read so far ends with a line break */
        boolean endsWithLineBreak() {
            return lastChar == '\n' || lastChar == '\r';
        }
    }
}
