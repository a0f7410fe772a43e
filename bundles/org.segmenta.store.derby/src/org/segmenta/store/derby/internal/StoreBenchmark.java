package org.segmenta.store.derby.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentaFactory;

/**
 * Measures the store against plain JDBC: N contacts inserted through {@code ContactRepository.insertAll} in one
 * write unit (validation, mapping, batches of {@value ContactRepo#BATCH}), and the same rows inserted with a
 * hand-written JDBC batch into an identical fresh schema, in one transaction as well. For the {@code bench}
 * command; not a test.
 */
public final class StoreBenchmark {

    /**
     * The figures of one run.
     *
     * @param contacts how many contacts each side inserted
     * @param storeMillis wall time through the store, in milliseconds
     * @param jdbcMillis wall time of plain JDBC, in milliseconds
     * @param storePeakHeapBytes the peak of the used heap (all heap pools) while the store inserted
     * @param jdbcPeakHeapBytes the same while plain JDBC inserted
     */
    public record ContactFigures(int contacts, long storeMillis, long jdbcMillis, long storePeakHeapBytes,
            long jdbcPeakHeapBytes) {

        /** @return store time / JDBC time */
        public double ratio() {
            return jdbcMillis == 0 ? Double.NaN : (double) storeMillis / jdbcMillis;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%,d contacts: store %,d ms, plain JDBC %,d ms, ratio %.2f; peak heap used: store %,d MB, JDBC %,d MB",
                    contacts, storeMillis, jdbcMillis, ratio(), storePeakHeapBytes >> 20, jdbcPeakHeapBytes >> 20);
        }
    }

    private StoreBenchmark() {
    }

    /**
     * Runs the comparison in two new databases under {@code folder} (a small warm-up of both sides first).
     *
     * @param contacts how many contacts, for example 1,000,000 (companies and, four for each, their persons)
     * @param folder an empty folder with room for two databases (about 1 GB each for 1,000,000 contacts)
     * @return the figures
     */
    public static ContactFigures contacts(int contacts, Path folder) throws SQLException {
        int warmUp = Math.min(20_000, contacts);
        viaStore(warmUp, folder.resolve("warm-store"));
        viaJdbc(warmUp, folder.resolve("warm-jdbc"));
        long[] jdbc = viaJdbc(contacts, folder.resolve("jdbc"));
        long[] store = viaStore(contacts, folder.resolve("store"));
        return new ContactFigures(contacts, store[0], jdbc[0], store[1], jdbc[1]);
    }

    /**
     * Makes a copy of the store's schema, empty, in another schema of the same database: every migration's
     * statements run there, so its tables and indexes are the store's own. For the {@code bench} command, which
     * inserts the same contacts with plain JDBC into the copy and through the store into the real tables.
     *
     * @param c a connection of the database (its current schema is set back to the store's afterwards)
     * @param schema the new schema's name, for example {@code BENCH}
     */
    public static void createSchemaCopy(Connection c, String schema) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET SCHEMA " + schema);
            for (Migrations.Migration m : Migrations.ALL) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
            }
        } finally {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET SCHEMA " + Tables.SCHEMA);
            }
        }
    }

    /**
     * The secondary indexes the migrations leave on some tables, as their {@code CREATE INDEX} statements: for a bulk
     * load that drops them, inserts and creates them again (the {@code bench} command's seeding of a million contacts).
     *
     * @param tables table names in lower case, for example {@code contact}
     * @return index name → its {@code CREATE INDEX} statement, in the order the migrations made them
     */
    public static Map<String, String> indexesOn(Set<String> tables) {
        Pattern create = Pattern.compile("(?is)\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(\\w+)\\s+ON\\s+(\\w+)\\b.*");
        Pattern drop = Pattern.compile("(?is)\\s*DROP\\s+INDEX\\s+(\\w+)\\s*");
        Map<String, String> indexes = new LinkedHashMap<>();
        for (Migrations.Migration m : Migrations.ALL) {
            for (String sql : m.statements()) {
                Matcher c = create.matcher(sql);
                Matcher d = drop.matcher(sql);
                if (c.matches() && tables.contains(c.group(2).toLowerCase(Locale.ROOT))) {
                    indexes.put(c.group(1).toLowerCase(Locale.ROOT), sql.strip());
                } else if (d.matches()) {
                    indexes.remove(d.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    /** @return {millis, peak heap bytes} */
    private static long[] viaStore(int n, Path db) {
        try (DerbyStore store = DerbyStore.embedded(db)) {
            resetPeak();
            long start = System.nanoTime();
            long inserted = store.write(s -> s.contacts().insertAll(generate(n)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (inserted != n) {
                throw new IllegalStateException("inserted " + inserted + " of " + n);
            }
            return new long[] { millis, peak() };
        }
    }

    /** @return {millis, peak heap bytes} */
    private static long[] viaJdbc(int n, Path db) throws SQLException {
        DerbyStore.embedded(db).close(); // the same schema, made by the store
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            c.setAutoCommit(false);
            resetPeak();
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (contact_no, contact_type, company_no,"
                    + " name, first_name, surname, company_name, search_name, address, post_code, city,"
                    + " country_region_code, phone_no, email, language_code, correspondence_type, salesperson_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Iterator<Contact> it = generate(n);
                int pending = 0;
                while (it.hasNext()) {
                    Contact x = it.next();
                    ps.setString(1, x.getNo());
                    ps.setShort(2, (short) x.getType().getValue());
                    ps.setString(3, x.getCompanyNo());
                    ps.setString(4, x.getName());
                    set(ps, 5, x.getFirstName());
                    set(ps, 6, x.getSurname());
                    ps.setString(7, x.getCompanyName());
                    ps.setString(8, x.getSearchName());
                    ps.setString(9, x.getAddress());
                    ps.setString(10, x.getPostCode());
                    ps.setString(11, x.getCity());
                    ps.setString(12, x.getCountryRegionCode());
                    ps.setString(13, x.getPhoneNo());
                    ps.setString(14, x.getEmail());
                    ps.setString(15, x.getLanguageCode());
                    ps.setShort(16, (short) x.getCorrespondenceType().getValue());
                    ps.setString(17, x.getSalespersonCode());
                    ps.addBatch();
                    if (++pending == ContactRepo.BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new long[] { millis, peak() };
        }
    }

    private static void set(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static final String[] CITIES = { "5000", "Odense C", "8000", "Aarhus C", "1050", "København K", "9000",
            "Aalborg", "6700", "Esbjerg" };
    private static final String[] FIRST = { "Karen", "Jens", "Mette", "Lars", "Sofie", "Mikkel", "Anne", "Peter" };
    private static final String[] LAST = { "Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen" };

    /** Contacts CT0000001..: every fifth a company, the four after it its persons; made as they are read. */
    static Iterator<Contact> generate(int n) {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Contact next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                int k = i++;
                int company = k - k % 5;
                Contact c = f.createContact();
                c.setNo(String.format("CT%07d", k + 1));
                String companyName = "Firma " + (company / 5 + 1) + " ApS";
                c.setCompanyNo(String.format("CT%07d", company + 1));
                c.setCompanyName(companyName);
                if (k == company) {
                    c.setType(ContactType.COMPANY);
                    c.setName(companyName);
                } else {
                    c.setType(ContactType.PERSON);
                    c.setFirstName(FIRST[k % FIRST.length]);
                    c.setSurname(LAST[k % LAST.length]);
                    c.setName(c.getFirstName() + " " + c.getSurname());
                }
                c.setSearchName(org.segmenta.core.contact.ContactRules.searchName(c.getName()));
                int city = (company / 5) % 5;
                c.setAddress("Vestergade " + (k % 200 + 1));
                c.setPostCode(CITIES[city * 2]);
                c.setCity(CITIES[city * 2 + 1]);
                c.setCountryRegionCode("DK");
                c.setPhoneNo("+45 70 " + (10_00_00 + k % 90_00_00));
                c.setEmail("kontakt" + (k + 1) + "@firma" + (company / 5 + 1) + ".dk");
                c.setLanguageCode("DAN");
                c.setCorrespondenceType(k % 3 == 0 ? CorrespondenceType.EMAIL : CorrespondenceType.HARD_COPY);
                c.setSalespersonCode(k % 2 == 0 ? "JO" : "OF");
                return c;
            }
        };
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
