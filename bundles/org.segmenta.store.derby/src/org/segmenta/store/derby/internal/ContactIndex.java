package org.segmenta.store.derby.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.segmenta.core.criteria.ContactLink;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.Filter;
import org.segmenta.core.criteria.ResolvedFilter;

/**
 * An in-memory index of the contact fields that criteria filter on, for the live count of an Add step: the contacts
 * numbered densely in contact No. order, each filtered column held once as a dictionary of its distinct values and a
 * code per contact (or per row of a child table such as the mailing groups), the excluded mark as a bit set, and the
 * contacts of a segment's shown lines as a bit set. A count then evaluates each filter once per distinct value and
 * combines bit sets, instead of evaluating the filters in SQL for every candidate contact (seconds at a million
 * contacts).
 * <p>
 * Built lazily, a column when a filter first needs it (one scan of its table), and kept only while it is current:
 * the store counts a generation up after every committed unit of work that wrote to the contact tables (and, for the
 * segment lines, to the segment lines), as the unit's write statements marked it: each says what it writes when it is
 * prepared ({@link DerbySession#prepareWrite}: the rows of a table, the lines, or anything for a plug-in's own SQL); a
 * unit that used the raw connection, or prepared a write without saying what it writes, counts both up. An index of an older generation is dropped and built again. Only the
 * embedded store has one: there every write goes through this program's store; in team mode (network server) other
 * users write too, and counts stay in SQL.
 * <p>
 * The filters are evaluated as {@link CriteriaSql} writes them for Derby: SQL's comparison of text padded with
 * spaces, {@code UPPER} on both sides for case-insensitive filters, {@code NULL} never equal, an empty or
 * space-only text empty, LIKE patterns matched whole. Sources it does not hold (tables of plug-ins, the interaction
 * log, campaigns) and the company options of a step make it answer null: the caller counts in SQL.
 * <p>
 * Memory (measured by the bench's heap figure): per contact its No. (about 2 bytes a character) and two ints, per
 * filtered column an int per contact (or row) and the distinct values, per cached segment one bit per contact.
 */
final class ContactIndex {

    /** How many segments' member sets are kept (the Add dialog counts against one segment at a time). */
    private static final int SEGMENTS_KEPT = 4;

    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong built = new AtomicLong();
    private final AtomicLong contactGeneration = new AtomicLong();
    private final AtomicLong lineGeneration = new AtomicLong();
    private Snapshot snapshot;
    private final Map<String, Members> members = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Members> eldest) {
            return size() > SEGMENTS_KEPT;
        }
    };

    /**
     * Called after a unit of work committed.
     *
     * @param contacts whether it wrote to the contact tables
     * @param lines whether it wrote to the segment lines
     */
    void committed(boolean contacts, boolean lines) {
        if (contacts) {
            contactGeneration.incrementAndGet();
        }
        if (lines) {
            lineGeneration.incrementAndGet();
        }
    }

    /** Guards {@link #countedGeneration} and {@link #counted} (not the index's monitor: a build holds that for long). */
    private final Object countLock = new Object();
    private long countedGeneration = -1;
    private long counted;

    /**
     * The number of contacts in the database, for an Add's line-number step (an upper bound of the lines one insert
     * can add): counted through the narrowest index once per generation of the contact tables and remembered until a
     * committed unit of work writes to them again, so that an Add after an Add does not read a million index entries
     * again. A unit that wrote contacts itself (not committed yet, so not counted by any generation) counts afresh.
     * Should another unit commit contacts between reading the generation and reading a remembered count (a moment),
     * the count is short: the Add's insert then overflows INTEGER and is rolled back to its savepoint, counted and run
     * again ({@code DerbySelection.insertLines}), as in team mode.
     *
     * @param session the caller's unit of work
     * @return the contacts stored, as the unit sees them
     */
    long contactCount(DerbySession session) throws SQLException {
        if (session.wroteContacts) {
            return org.segmenta.store.derby.internal.Rows.queryLong(session, COUNT_CONTACTS);
        }
        long generation = contactGeneration.get();
        synchronized (countLock) {
            if (countedGeneration == generation) {
                return counted;
            }
        }
        long n = org.segmenta.store.derby.internal.Rows.queryLong(session, COUNT_CONTACTS);
        synchronized (countLock) {
            if (contactGeneration.get() == generation) {
                countedGeneration = generation;
                counted = n;
            }
        }
        return n;
    }

    /** All contacts, counted through the narrowest index (no filter evaluated). */
    static final String COUNT_CONTACTS = "SELECT COUNT(*) FROM contact";

    /**
     * The counts of an Add's candidates: all of them, the excluded among them, those with a shown line in the
     * segment, the excluded among those.
     *
     * @param session the caller's unit of work (read committed data; null is returned when it wrote uncommitted data
     *            that the index cannot see)
     * @return {all, excluded, members, excluded members}, or null when the index cannot answer
     */
    synchronized long[] countAdd(DerbySession session, String segmentNo, List<ResolvedFilter> filters) throws SQLException {
        if (session.wroteContacts || session.wroteLines) {
            return null;
        }
        long contactGen = contactGeneration.get();
        long lineGen = lineGeneration.get();
        if (snapshot == null || snapshot.generation != contactGen) {
            snapshot = null;
            members.clear();
            Map<Table, Set<Column>> needed = Snapshot.needs(session.tables, filters);
            if (needed == null) {
                return null;
            }
            snapshot = Snapshot.load(session, contactGen, needed.getOrDefault(session.tables.contact, Set.of()));
            built.incrementAndGet();
        }
        Snapshot s = snapshot;
        BitSet candidates = s.matches(session, filters);
        if (candidates == null) {
            return null;
        }
        if (contactGeneration.get() != contactGen) {
            return null; // a write committed while a column was read: the caller counts in SQL
        }
        Members m = members.get(segmentNo);
        if (m == null || m.lineGeneration != lineGen || m.contactGeneration != contactGen) {
            m = new Members(contactGen, lineGen, s.members(session, segmentNo));
            members.put(segmentNo, m);
        }
        BitSet blocked = (BitSet) candidates.clone();
        blocked.and(s.blocked);
        BitSet in = (BitSet) candidates.clone();
        in.and(m.contacts);
        BitSet blockedIn = (BitSet) in.clone();
        blockedIn.and(s.blocked);
        answered.incrementAndGet();
        return new long[] { candidates.cardinality(), blocked.cardinality(), in.cardinality(), blockedIn.cardinality() };
    }

    /**
     * @return counts answered from memory, contact snapshots built, the bytes held now, and the write statements of
     *         this program that did not say what they write (each dropped the index; none expected)
     */
    synchronized Map<String, Long> statistics() {
        return Map.of("answered", answered.get(), "built", built.get(), "bytes", bytes(), "undeclaredWrites",
                DerbySession.UNDECLARED_WRITES.get());
    }

    /** @return an estimate of the bytes the index holds (for tests and the bench) */
    synchronized long bytes() {
        long b = snapshot == null ? 0 : snapshot.bytes();
        for (Members m : members.values()) {
            b += m.contacts.size() / 8;
        }
        return b;
    }

    private record Members(long contactGeneration, long lineGeneration, BitSet contacts) {
    }

    /** A column's values: a code per contact (or row), each code an index into the distinct values. */
    private static final class Codes {
        final int[] codes;
        final Object[] values;

        Codes(int[] codes, Object[] values) {
            this.codes = codes;
            this.values = values;
        }

        long bytes() {
            long b = codes.length * 4L + values.length * 16L;
            for (Object v : values) {
                b += v instanceof String s ? 40 + s.length() * 2L : 16;
            }
            return b;
        }
    }

    /** Distinct values in order of first appearance. */
    private static final class Dictionary {
        final Map<Object, Integer> codes = new HashMap<>();
        final List<Object> values = new ArrayList<>();

        int code(Object v) {
            Integer c = codes.get(v == null ? NULL : v);
            if (c == null) {
                c = values.size();
                codes.put(v == null ? NULL : v, c);
                values.add(v);
            }
            return c;
        }

        Object[] values() {
            return values.toArray();
        }
    }

    private static final Object NULL = new Object();

    /** The rows of a child table (mailing groups, industry groups, ...): each row's contact and its columns. */
    private static final class Rows {
        final int[] owners;
        final Map<String, Codes> columns;

        Rows(int[] owners, Map<String, Codes> columns) {
            this.owners = owners;
            this.columns = columns;
        }
    }

    /** The contact side at one generation. */
    private static final class Snapshot {
        final long generation;
        final int size;
        /** the contact Nos. in order, one after the other; contact id i is chars[starts[i] .. starts[i + 1]) */
        final char[] chars;
        final int[] starts;
        /** the position of each contact in a scan of the contact table (its physical order) → its id */
        final int[] scanToId;
        final BitSet blocked;
        final Map<String, Codes> columns = new HashMap<>();
        final Map<String, Rows> children = new HashMap<>();
        final Tables tables;

        private Snapshot(long generation, Tables tables, List<String> scanned, BitSet blockedInScan) {
            this.generation = generation;
            this.tables = tables;
            this.size = scanned.size();
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> scanned.get(a).compareTo(scanned.get(b)));
            scanToId = new int[size];
            int total = 0;
            for (String s : scanned) {
                total += s.length();
            }
            chars = new char[total];
            starts = new int[size + 1];
            blocked = new BitSet(size);
            int at = 0;
            for (int id = 0; id < size; id++) {
                int pos = order[id];
                scanToId[pos] = id;
                String no = scanned.get(pos);
                starts[id] = at;
                no.getChars(0, no.length(), chars, at);
                at += no.length();
                if (blockedInScan.get(pos)) {
                    blocked.set(id);
                }
            }
            starts[size] = at;
        }

        /**
         * Reads the contacts' Nos. and excluded marks, and the columns {@code first} in the same scan (the columns of
         * the count that builds the snapshot).
         */
        static Snapshot load(DerbySession session, long generation, Set<Column> first) throws SQLException {
            List<String> nos = new ArrayList<>();
            BitSet blocked = new BitSet();
            List<Column> columns = new ArrayList<>(first);
            StringBuilder sql = new StringBuilder("SELECT contact_no, segment_blocked");
            columns.forEach(c -> sql.append(", ").append(c.name));
            Dictionary[] dictionaries = new Dictionary[columns.size()];
            List<int[]> codes = new ArrayList<>();
            for (int i = 0; i < dictionaries.length; i++) {
                dictionaries[i] = new Dictionary();
                codes.add(new int[1024]);
            }
            PreparedStatement ps = session.prepare(sql.append(" FROM contact").toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int pos = nos.size();
                    if (rs.getInt(2) != 0) {
                        blocked.set(pos);
                    }
                    nos.add(rs.getString(1));
                    for (int i = 0; i < dictionaries.length; i++) {
                        int[] c = codes.get(i);
                        if (pos == c.length) {
                            codes.set(i, c = Arrays.copyOf(c, pos * 2));
                        }
                        c[pos] = dictionaries[i].code(value(rs, i + 3, columns.get(i)));
                    }
                }
            }
            QueryPlans.executed(session, sql.toString());
            Snapshot s = new Snapshot(generation, session.tables, nos, blocked);
            for (int i = 0; i < dictionaries.length; i++) {
                int[] byScan = codes.get(i);
                int[] byId = new int[s.size];
                for (int pos = 0; pos < s.size; pos++) {
                    byId[s.scanToId[pos]] = byScan[pos];
                }
                s.columns.put(columns.get(i).name, new Codes(byId, dictionaries[i].values()));
            }
            return s;
        }

        /**
         * @return the columns the filters need, by table (the contact table or a child of it), or null when a filter
         *         is not one the index holds
         */
        static Map<Table, Set<Column>> needs(Tables tables, List<ResolvedFilter> filters) {
            Map<Table, Set<Column>> needed = new LinkedHashMap<>();
            for (ResolvedFilter f : filters) {
                Table table = tableOf(tables, f.source());
                Column c = table == null ? null : columnOf(table, f);
                if (c == null) {
                    return null;
                }
                needed.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(c);
                if (f.source().link() == ContactLink.COMPANY) {
                    needed.computeIfAbsent(tables.contact, k -> new LinkedHashSet<>()).add(tables.contact.column("companyNo"));
                }
            }
            return needed;
        }

        long bytes() {
            long b = chars.length * 2L + starts.length * 4L + scanToId.length * 4L + blocked.size() / 8;
            for (Codes c : columns.values()) {
                b += c.bytes();
            }
            for (Rows r : children.values()) {
                b += r.owners.length * 4L;
                for (Codes c : r.columns.values()) {
                    b += c.bytes();
                }
            }
            return b;
        }

        /** @return the id of contact {@code no}, or -1 */
        int id(String no) {
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compareAt(mid, no);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** String.compareTo of contact {@code id}'s No. with {@code no}. */
        private int compareAt(int id, String no) {
            int from = starts[id];
            int len = starts[id + 1] - from;
            int n = Math.min(len, no.length());
            for (int k = 0; k < n; k++) {
                char a = chars[from + k];
                char b = no.charAt(k);
                if (a != b) {
                    return a - b;
                }
            }
            return len - no.length();
        }

        /**
         * @return the contacts with a shown line in the segment: the shown lines by the shown-lines index, each line's
         *         contact from the line (the membership index has no removal mark since migration 17)
         */
        BitSet members(DerbySession session, String segmentNo) throws SQLException {
            BitSet in = new BitSet(size);
            PreparedStatement ps = session.prepare("SELECT contact_no FROM segment_line"
                    + CriteriaSql.indexHint("segment_line_shown") + " WHERE segment_no = ? AND " + Tables.SHOWN_LINE);
            ps.setString(1, segmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String no = rs.getString(1);
                    int id = no == null ? -1 : id(no);
                    if (id >= 0) {
                        in.set(id);
                    }
                }
            }
            QueryPlans.executed(session, "contact index: the contacts of segment " + segmentNo);
            return in;
        }

        /** @return the contacts matching every filter, or null when a filter is not one the index holds */
        BitSet matches(DerbySession session, List<ResolvedFilter> filters) throws SQLException {
            Map<String, List<ResolvedFilter>> bySource = new LinkedHashMap<>();
            for (ResolvedFilter f : filters) {
                bySource.computeIfAbsent(f.source().id(), k -> new ArrayList<>()).add(f);
            }
            Map<Table, Set<Column>> needed = needs(tables, filters);
            if (needed == null) {
                return null;
            }
            for (Map.Entry<Table, Set<Column>> e : needed.entrySet()) {
                if (!load(session, e.getKey(), e.getValue())) {
                    return null;
                }
            }
            BitSet result = new BitSet(size);
            result.set(0, size);
            for (List<ResolvedFilter> group : bySource.values()) {
                CriteriaSource source = group.get(0).source();
                Table table = tableOf(tables, source);
                BitSet owners;
                if (table == tables.contact) {
                    owners = new BitSet(size);
                    owners.set(0, size);
                    for (ResolvedFilter f : group) {
                        Codes codes = columns.get(columnOf(table, f).name);
                        owners.and(select(codes.codes, truth(f.filter(), columnOf(table, f), codes.values), null));
                    }
                } else {
                    Rows rows = children.get(table.name);
                    boolean[][] ok = new boolean[group.size()][];
                    int[][] codes = new int[group.size()][];
                    for (int i = 0; i < group.size(); i++) {
                        ResolvedFilter f = group.get(i);
                        Codes c = rows.columns.get(columnOf(table, f).name);
                        codes[i] = c.codes;
                        ok[i] = truth(f.filter(), columnOf(table, f), c.values);
                    }
                    owners = new BitSet(size);
                    rows: for (int r = 0; r < rows.owners.length; r++) {
                        if (rows.owners[r] < 0) {
                            continue;
                        }
                        for (int i = 0; i < ok.length; i++) {
                            if (!ok[i][codes[i][r]]) {
                                continue rows;
                            }
                        }
                        owners.set(rows.owners[r]);
                    }
                }
                if (source.link() == ContactLink.COMPANY) {
                    // the contact matches when its company's record does
                    Codes company = columns.get(tables.contact.column("companyNo").name);
                    boolean[] companyMatches = new boolean[company.values.length];
                    for (int v = 0; v < company.values.length; v++) {
                        int id = company.values[v] == null ? -1 : id((String) company.values[v]);
                        companyMatches[v] = id >= 0 && owners.get(id);
                    }
                    owners = select(company.codes, companyMatches, null);
                }
                result.and(owners);
            }
            return result;
        }

        private static BitSet select(int[] codes, boolean[] ok, BitSet into) {
            BitSet b = into != null ? into : new BitSet(codes.length);
            for (int i = 0; i < codes.length; i++) {
                if (ok[codes[i]]) {
                    b.set(i);
                }
            }
            return b;
        }

        /** @return the contact table or a child table of it that the source's records are in, or null */
        private static Table tableOf(Tables tables, CriteriaSource source) {
            if (source.table().isPresent() || source.recordClass() == null) {
                return null;
            }
            for (Table t : tables.contact.tree()) {
                if (t.eClass == source.recordClass()) {
                    if (t == tables.contact) {
                        return t;
                    }
                    // a direct child, linked by its contact No.
                    return t.parentKeyColumns.size() == 1 && source.link() != ContactLink.SELF ? t : null;
                }
            }
            return null;
        }

        private static Column columnOf(Table table, ResolvedFilter f) {
            if (f.field().attribute() == null) {
                return null;
            }
            for (Column c : table.columns) {
                if (c.attribute == f.field().attribute() || c.attribute.getName().equals(f.field().attribute().getName())) {
                    return switch (c.kind) {
                    case TIME, INSTANT -> null;
                    default -> c;
                    };
                }
            }
            return null;
        }

        /** Reads the columns of {@code table} that are not held yet; false when the table changed meanwhile. */
        private boolean load(DerbySession session, Table table, Set<Column> wanted) throws SQLException {
            if (table == tables.contact) {
                List<Column> missing = wanted.stream().filter(c -> !columns.containsKey(c.name)).toList();
                if (missing.isEmpty()) {
                    return true;
                }
                StringBuilder sql = new StringBuilder("SELECT contact_no");
                missing.forEach(c -> sql.append(", ").append(c.name));
                Dictionary[] dictionaries = new Dictionary[missing.size()];
                int[][] codes = new int[missing.size()][size];
                for (int i = 0; i < dictionaries.length; i++) {
                    dictionaries[i] = new Dictionary();
                }
                PreparedStatement ps = session.prepare(sql.append(" FROM contact").toString());
                int pos = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String no = rs.getString(1);
                        // the table's physical order is the snapshot's while nothing was written; checked row by row
                        int id = pos < size && compareAt(scanToId[pos], no) == 0 ? scanToId[pos] : id(no);
                        pos++;
                        if (id < 0) {
                            return false;
                        }
                        for (int i = 0; i < dictionaries.length; i++) {
                            codes[i][id] = dictionaries[i].code(value(rs, i + 2, missing.get(i)));
                        }
                    }
                }
                QueryPlans.executed(session, sql.toString());
                if (pos != size) {
                    return false;
                }
                for (int i = 0; i < dictionaries.length; i++) {
                    columns.put(missing.get(i).name, new Codes(codes[i], dictionaries[i].values()));
                }
                return true;
            }
            Rows held = children.get(table.name);
            Set<Column> all = new LinkedHashSet<>(wanted);
            if (held != null) {
                if (wanted.stream().allMatch(c -> held.columns.containsKey(c.name))) {
                    return true;
                }
                for (Column c : table.columns) {
                    if (held.columns.containsKey(c.name)) {
                        all.add(c);
                    }
                }
            }
            List<Column> list = new ArrayList<>(all);
            StringBuilder sql = new StringBuilder("SELECT ").append(table.parentKeyColumns.get(0));
            list.forEach(c -> sql.append(", ").append(c.name));
            Dictionary[] dictionaries = new Dictionary[list.size()];
            List<int[]> codes = new ArrayList<>();
            for (int i = 0; i < dictionaries.length; i++) {
                dictionaries[i] = new Dictionary();
                codes.add(new int[1024]);
            }
            int[] owners = new int[1024];
            int n = 0;
            PreparedStatement ps = session.prepare(sql.append(" FROM ").append(table.name).toString());
            try (ResultSet rs = ps.executeQuery()) {
                String lastNo = null;
                int lastId = -1;
                while (rs.next()) {
                    if (n == owners.length) {
                        owners = Arrays.copyOf(owners, n * 2);
                        for (int i = 0; i < codes.size(); i++) {
                            codes.set(i, Arrays.copyOf(codes.get(i), n * 2));
                        }
                    }
                    String no = rs.getString(1);
                    if (!no.equals(lastNo)) {
                        lastNo = no;
                        lastId = id(no);
                    }
                    owners[n] = lastId;
                    for (int i = 0; i < dictionaries.length; i++) {
                        codes.get(i)[n] = dictionaries[i].code(value(rs, i + 2, list.get(i)));
                    }
                    n++;
                }
            }
            QueryPlans.executed(session, sql.toString());
            Map<String, Codes> cols = new HashMap<>();
            for (int i = 0; i < dictionaries.length; i++) {
                cols.put(list.get(i).name, new Codes(Arrays.copyOf(codes.get(i), n), dictionaries[i].values()));
            }
            children.put(table.name, new Rows(Arrays.copyOf(owners, n), cols));
            return true;
        }

        /** A column value as the index holds it: enums as their SMALLINT value, the rest as JDBC gives them. */
        private static Object value(ResultSet rs, int index, Column c) throws SQLException {
            if (c.kind == Column.Kind.ENUM) {
                int v = rs.getShort(index);
                return rs.wasNull() ? null : v;
            }
            return c.readValue(rs, index);
        }
    }

    // ---- evaluating a filter as Derby evaluates CriteriaSql's condition -------------------------------------------

    /** @return for each distinct value, whether the filter holds for it */
    static boolean[] truth(Filter filter, Column column, Object[] values) {
        boolean[] ok = new boolean[values.length];
        Evaluator e = new Evaluator(filter, column);
        for (int i = 0; i < values.length; i++) {
            ok[i] = e.test(values[i]);
        }
        return ok;
    }

    /** One filter compiled for one column: values converted once, patterns compiled once. */
    private static final class Evaluator {
        private final Filter filter;
        private final Column column;
        private final Map<Filter, Object> converted = new HashMap<>();
        private final Map<Filter, Pattern> patterns = new HashMap<>();

        Evaluator(Filter filter, Column column) {
            this.filter = filter;
            this.column = column;
        }

        boolean test(Object v) {
            return test(filter, v);
        }

        private boolean text() {
            return column.kind == Column.Kind.STRING;
        }

        private boolean test(Filter f, Object v) {
            switch (f) {
            case Filter.Or or -> {
                for (Filter t : or.terms()) {
                    if (test(t, v)) {
                        return true;
                    }
                }
                return false;
            }
            case Filter.And and -> {
                for (Filter t : and.terms()) {
                    if (!test(t, v)) {
                        return false;
                    }
                }
                return true;
            }
            case Filter.Compare c -> {
                if (v == null) {
                    return c.op() == Filter.Op.NE; // (col IS NULL OR col <> ?)
                }
                boolean upper = c.ignoreCase() && text();
                Object x = converted.computeIfAbsent(f, k -> convert(c.ignoreCase() && c.value() instanceof String s
                        ? s.toUpperCase(Locale.ROOT) : c.value()));
                int cmp = compare(upper ? upper(v) : v, x);
                return switch (c.op()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                };
            }
            case Filter.Range r -> {
                if (v == null) {
                    return false;
                }
                boolean upper = r.ignoreCase() && text();
                Object w = upper ? upper(v) : v;
                if (r.from() != null) {
                    Object from = converted.computeIfAbsent(new Filter.Compare(Filter.Op.GE, r.from(), r.ignoreCase()),
                            k -> convert(r.ignoreCase() && r.from() instanceof String s ? s.toUpperCase(Locale.ROOT) : r.from()));
                    if (compare(w, from) < 0) {
                        return false;
                    }
                }
                if (r.to() != null) {
                    Object to = converted.computeIfAbsent(new Filter.Compare(Filter.Op.LE, r.to(), r.ignoreCase()),
                            k -> convert(r.ignoreCase() && r.to() instanceof String s ? s.toUpperCase(Locale.ROOT) : r.to()));
                    if (compare(w, to) > 0) {
                        return false;
                    }
                }
                return true;
            }
            case Filter.Like l -> {
                String pattern = l.ignoreCase() ? l.pattern().toUpperCase(Locale.ROOT) : l.pattern();
                boolean matchesEmpty = pattern.chars().allMatch(ch -> ch == '*');
                Object s = v;
                if (s == null) {
                    if (!(matchesEmpty || l.negated())) {
                        return false; // NULL LIKE ... is not true
                    }
                    s = "";
                }
                String text = s.toString();
                if (l.ignoreCase()) {
                    text = text.toUpperCase(Locale.ROOT);
                }
                Pattern p = patterns.computeIfAbsent(f, k -> like(pattern));
                return p.matcher(text).matches() != l.negated();
            }
            case Filter.Empty e -> {
                boolean empty = v == null || text() && v.toString().chars().allMatch(ch -> ch == ' ');
                return empty != e.negated();
            }
            }
        }

        private static String upper(Object v) {
            return v.toString().toUpperCase(Locale.ROOT);
        }

        /** The filter value in the column's type, as {@link CriteriaSql} binds it. */
        private Object convert(Object v) {
            Object c = CriteriaSql.converted(column, v);
            if (c instanceof Enumerator e) {
                return e.getValue();
            }
            if (column.kind == Column.Kind.STRING) {
                return c.toString();
            }
            return c;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private int compare(Object v, Object x) {
            if (v instanceof String a) {
                return padCompare(a, x.toString());
            }
            if (v instanceof Number a && x instanceof Number b) {
                if (a instanceof BigDecimal || b instanceof BigDecimal) {
                    return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
                }
                return Long.compare(a.longValue(), b.longValue());
            }
            if (v instanceof LocalDate a && x instanceof LocalDate b) {
                return a.compareTo(b);
            }
            return ((Comparable) v).compareTo(x);
        }
    }

    /** SQL's comparison of two texts: the shorter is padded with spaces, then characters compare by value. */
    static int padCompare(String a, String b) {
        int n = Math.max(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = i < a.length() ? a.charAt(i) : ' ';
            char y = i < b.length() ? b.charAt(i) : ' ';
            if (x != y) {
                return x - y;
            }
        }
        return 0;
    }

    /** A LIKE pattern of criteria ({@code *} any text, {@code ?} one character) as a regular expression. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*' || ch == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
