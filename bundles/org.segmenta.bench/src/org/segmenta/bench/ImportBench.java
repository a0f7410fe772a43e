package org.segmenta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.segmenta.bench.BenchReport.Aim;
import org.segmenta.bench.BenchReport.Figure;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The {@code importCsv} figure (issue 15): importing a CSV of N rows in Google Contacts' layout (a person with an
 * organisation, e-mail, phone, address and labels per row, as {@code gen-contacts} writes them) through the import
 * service, against the store's own batch insert of the same contacts (each row's company and person, with their
 * mailing groups, numbered from the same series) into a database of its own. Both start from an empty database.
 */
final class ImportBench {

    /** Aim: the import at most this many times the store's batch insert. */
    static final double AIM = 1.5;

    private static final String[] FIRST = { "Karin", "Jens", "Sabine", "Pieter", "Emma", "Michael", "Sarah", "Stefan",
            "Mette", "Ingrid", "Lars", "Anna", "Jürgen", "Änne", "François", "Sofia", "Lei", "Olga", "Piotr", "Zoë" };
    private static final String[] LAST = { "Müller", "Hansen", "Jensen", "de Vries", "Nielsen", "Clark", "Larsen",
            "Schmidt", "Visser", "Haugen", "Öztürk", "Lefèvre", "Lindqvist", "Novak", "Kowalski", "García", "Rossi",
            "Brown" };
    private static final String[][] PLACES = { { "Aarhus", "8000", "Denmark", "DK" }, { "Odense", "5000", "Denmark", "DK" },
            { "Berlin", "10115", "Germany", "DE" }, { "Amsterdam", "1011", "Netherlands", "NL" },
            { "Oslo", "0154", "Norway", "NO" }, { "Paris", "75001", "France", "FR" } };
    private static final String[] SUFFIX = { "Trading", "Supplies", "Møbler", "GmbH", "AS", "BV" };
    private static final String[] TITLES = { "Sales Manager", "CFO", "Buyer", "Partner", "" };

    private ImportBench() {
    }

    /** The values of row k. */
    private record Row(String first, String last, String company, String title, String email, String phone,
            String street, String[] place, boolean vip) {
        static Row of(int k) {
            long r = mix(k);
            String first = FIRST[(int) Long.remainderUnsigned(r, FIRST.length)];
            String last = LAST[(int) Long.remainderUnsigned(r >>> 8, LAST.length)];
            String company = LAST[(int) Long.remainderUnsigned(r >>> 16, LAST.length)] + " "
                    + SUFFIX[(int) Long.remainderUnsigned(r >>> 24, SUFFIX.length)] + " " + k;
            return new Row(first, last, company, TITLES[(int) Long.remainderUnsigned(r >>> 32, TITLES.length)],
                    first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT).replace(" ", "") + "." + k
                            + "@example.com",
                    "+45 " + (10_000_000 + k), (1 + Long.remainderUnsigned(r >>> 40, 120)) + " Havnegade",
                    PLACES[(int) Long.remainderUnsigned(r >>> 48, PLACES.length)], (r >>> 56) % 3 == 0);
        }
    }

    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Writes the CSV of {@code rows} rows. */
    static void writeCsv(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Type,E-mail 1 - Value,"
                    + "Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,"
                    + "Address 1 - Postal Code,Address 1 - Country,Labels\r\n");
            for (int k = 0; k < rows; k++) {
                Row r = Row.of(k);
                w.write(String.join(",", r.first, r.last, r.company, r.title, "* Work", r.email, "Work", r.phone,
                        "Work", r.street, r.place[0], r.place[1], r.place[2],
                        r.vip ? "* myContacts ::: VIP" : "* myContacts ::: Newsletter"));
                w.write("\r\n");
            }
        }
    }

    /** The contacts the import makes of the rows: each row's company, then its person. */
    static Iterator<Contact> contacts(int rows) {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        return new Iterator<>() {
            int k;
            Contact person;

            @Override
            public boolean hasNext() {
                return person != null || k < rows;
            }

            @Override
            public Contact next() {
                if (person != null) {
                    Contact p = person;
                    person = null;
                    return p;
                }
                if (k >= rows) {
                    throw new NoSuchElementException();
                }
                Row r = Row.of(k);
                String companyNo = String.format("CT%07d", 2 * k + 1);
                Contact company = f.createContact();
                company.setNo(companyNo);
                company.setType(ContactType.COMPANY);
                company.setCompanyNo(companyNo);
                company.setName(r.company);
                company.setCompanyName(r.company);
                company.setSearchName(r.company.toUpperCase(Locale.ROOT));
                Contact p = f.createContact();
                p.setNo(String.format("CT%07d", 2 * k + 2));
                p.setType(ContactType.PERSON);
                p.setCompanyNo(companyNo);
                p.setCompanyName(r.company);
                p.setFirstName(r.first);
                p.setSurname(r.last);
                p.setName(r.first + " " + r.last);
                p.setSearchName(p.getName().toUpperCase(Locale.ROOT));
                p.setJobTitle(r.title.isEmpty() ? null : r.title);
                p.setEmail(r.email);
                p.setPhoneNo(r.phone);
                p.setAddress(r.street);
                p.setCity(r.place[0]);
                p.setPostCode(r.place[1]);
                p.setCountryRegionCode(r.place[3]);
                for (String g : r.vip ? List.of("MYCONTACTS", "VIP") : List.of("MYCONTACTS", "NEWSLETTER")) {
                    ContactMailingGroup m = f.createContactMailingGroup();
                    m.setMailingGroupCode(g);
                    p.getMailingGroups().add(m);
                }
                person = p;
                k++;
                return company;
            }
        };
    }

    /**
     * Measures the figure.
     *
     * @param rows the rows of the CSV
     * @param folder an empty folder for the file and the two databases
     * @param progress where to say what is going on
     * @return the figure
     */
    static Figure run(int rows, Path folder, PrintStream progress) throws IOException {
        Files.createDirectories(folder);
        Path csv = folder.resolve("contacts.csv");
        writeCsv(csv, rows);
        double insert;
        long inserted;
        progress.printf("bench: storing the %,d contacts of %,d CSV rows with the store's batch insert...%n", 2L * rows,
                rows);
        try (LocalStore store = DerbyStores.embedded(folder.resolve("insert-db"))) {
            long t0 = System.nanoTime();
            inserted = store.write(s -> {
                NumberSeries series = SegmentaFactory.eINSTANCE.createNumberSeries();
                series.setCode("CONTACT");
                series.setDescription("Contacts");
                series.setStartingNo("CT0000001");
                s.numberSeries().insert(series);
                s.numberSeries().next("CONTACT", 2 * rows);
                for (String code : List.of("MYCONTACTS", "VIP", "NEWSLETTER")) {
                    MailingGroup g = SegmentaFactory.eINSTANCE.createMailingGroup();
                    g.setCode(code);
                    g.setDescription(code);
                    s.mailingGroups().insert(g);
                }
                return s.contacts().insertAll(contacts(rows));
            });
            insert = (System.nanoTime() - t0) / 1e6;
        }
        progress.printf("bench:   %s ms%n", BenchReport.fmt(insert, 0));
        progress.printf("bench: importing the CSV of %,d rows (%,d KB) through the import service...%n", rows,
                Files.size(csv) >> 10);
        double imported;
        ImportReport report;
        try (LocalStore store = DerbyStores.embedded(folder.resolve("import-db"))) {
            long t0 = System.nanoTime();
            try {
                report = ContactImports.service(store).importFile(csv, ImportOptions.defaults());
            } catch (ContactImportException e) {
                throw new IllegalStateException("the bench's own CSV was refused: " + e.getMessage(), e);
            }
            imported = (System.nanoTime() - t0) / 1e6;
        }
        progress.printf("bench:   %s ms; %s%n", BenchReport.fmt(imported, 0), report.summary());
        if (report.createdCount() != inserted) {
            throw new IllegalStateException("importCsv: the import created " + report.createdCount()
                    + " contacts and the batch insert " + inserted + "; the comparison would not be fair");
        }
        return new Figure("importCsv", String.format("import a CSV of %,d rows (%,d contacts)", rows, inserted), rows,
                imported, insert, imported / insert, "x", Aim.RATIO_AT_MOST, AIM,
                List.<Object[]>of(new Object[] { "contacts", inserted },
                        new Object[] { "csvBytes", Files.size(csv) }));
    }
}
