package org.segmenta.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentaFactory;

/**
 * The bench's contacts, made as they are read (a million never sit in memory): every fifth contact a company
 * and the four after it its persons, spread over ten cities by company, with mailing groups (NEWS about 30 %,
 * XMAS 20 %, VIP 5 %), a few marked Exclude from Segment (2 %) or Privacy Blocked (1 %). The same size gives the
 * same contacts every time, so the store and plain JDBC insert exactly the same rows.
 */
final class Contacts {

    static final String[] CITIES = { "Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding",
            "Horsens", "Vejle", "Roskilde" };
    private static final String[] POST_CODES = { "1050", "8000", "5000", "9000", "6700", "8900", "6000", "8700",
            "7100", "4000" };
    private static final String[] FIRST = { "Karen", "Jens", "Mette", "Lars", "Sofie", "Mikkel", "Anne", "Peter",
            "Ida", "Niels" };
    private static final String[] LAST = { "Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen",
            "Christensen", "Rasmussen" };
    private static final String[] STREETS = { "Vestergade", "Søndergade", "Algade", "Nørregade", "Strandvejen" };
    static final String[] SALESPEOPLE = { "JO", "OF", "MH" };
    private static final String[] LANGUAGES = { "DAN", "DAN", "DAN", "DAN", "DAN", "DAN", "DAN", "ENU", "ENU", "DEU" };

    /** The most contacts the numbering holds (CT0000001 to CT9999999). */
    static final int MAX = 9_999_999;

    private Contacts() {
    }

    /** @return the No. of the k-th contact, 0-based */
    static String no(int k) {
        return String.format("CT%07d", k + 1);
    }

    /** A well-mixed 64-bit value of {@code x} (SplitMix64's finaliser): the same x gives the same bits. */
    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int bits(long r, int shift) {
        return (int) ((r >>> shift) & 0xFF);
    }

    /** @return contacts 0..n-1, made one at a time */
    static Iterator<Contact> generate(int n) {
        return generate(0, n);
    }

    /** @return contacts from..to-1, made one at a time */
    static Iterator<Contact> generate(int from, int n) {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        return new Iterator<>() {
            int k = from;

            @Override
            public boolean hasNext() {
                return k < n;
            }

            @Override
            public Contact next() {
                if (k >= n) {
                    throw new NoSuchElementException();
                }
                return contact(f, k++);
            }
        };
    }

    static Contact contact(SegmentaFactory f, int k) {
        int company = k - k % 5;
        long rc = mix(company);
        long r = mix(0x5EED0000L + k);
        int city = (int) Long.remainderUnsigned(rc, CITIES.length);
        Contact c = f.createContact();
        c.setNo(no(k));
        String companyName = "Firma " + (company / 5 + 1) + " ApS";
        c.setCompanyNo(no(company));
        c.setCompanyName(companyName);
        if (k == company) {
            c.setType(ContactType.COMPANY);
            c.setName(companyName);
        } else {
            c.setType(ContactType.PERSON);
            c.setFirstName(FIRST[bits(r, 56) % FIRST.length]);
            c.setSurname(LAST[bits(r, 48) % LAST.length]);
            c.setName(c.getFirstName() + " " + c.getSurname());
        }
        c.setSearchName(org.segmenta.core.contact.ContactRules.searchName(c.getName()));
        c.setAddress(STREETS[(int) Long.remainderUnsigned(rc >>> 8, STREETS.length)] + " " + (company / 5 % 180 + 1));
        c.setPostCode(POST_CODES[city]);
        c.setCity(CITIES[city]);
        c.setCountryRegionCode("DK");
        c.setPhoneNo("+45 70 " + (10_00_00 + k % 90_00_00));
        boolean email = bits(r, 40) >= 20;
        if (email) {
            c.setEmail("kontakt" + (k + 1) + "@firma" + (company / 5 + 1) + ".dk");
        }
        c.setLanguageCode(LANGUAGES[bits(r, 32) % LANGUAGES.length]);
        c.setCorrespondenceType(email && bits(r, 24) % 3 == 0 ? CorrespondenceType.EMAIL : CorrespondenceType.HARD_COPY);
        c.setSalespersonCode(SALESPEOPLE[bits(r, 16) % SALESPEOPLE.length]);
        c.setExcludeFromSegment(bits(r, 8) < 5);
        c.setPrivacyBlocked(bits(r, 0) < 3);
        long g = mix(0x6A0000000L + k);
        if (bits(g, 0) < 77) {
            group(f, c, "NEWS");
        }
        if (bits(g, 8) < 51) {
            group(f, c, "XMAS");
        }
        if (bits(g, 16) < 13) {
            group(f, c, "VIP");
        }
        return c;
    }

    private static void group(SegmentaFactory f, Contact c, String code) {
        ContactMailingGroup g = f.createContactMailingGroup();
        g.setMailingGroupCode(code);
        c.getMailingGroups().add(g);
    }

    private static final int BATCH = 1000;

    /**
     * Inserts contacts 0..n-1 with hand-written JDBC batches (contact rows and their mailing group rows) into the
     * tables of {@code schema}, on the caller's connection and transaction.
     *
     * @return how many contacts were inserted
     */
    static long insertWithJdbc(Connection c, String schema, int n) throws SQLException {
        return insertWithJdbc(c, schema, 0, n);
    }

    /**
     * Inserts contacts {@code from..to-1} as {@link #insertWithJdbc(Connection, String, int)} does.
     *
     * @return how many contacts were inserted
     */
    static long insertWithJdbc(Connection c, String schema, int from, int to) throws SQLException {
        long count = 0;
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO " + schema + ".contact (contact_no, "
                + "contact_type, company_no, name, first_name, surname, company_name, search_name, address, post_code, "
                + "city, country_region_code, phone_no, email, language_code, correspondence_type, salesperson_code, "
                + "exclude_from_segment, privacy_blocked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement group = c.prepareStatement("INSERT INTO " + schema
                        + ".contact_mailing_group (contact_no, seq, mailing_group_code) VALUES (?, ?, ?)")) {
            SegmentaFactory f = SegmentaFactory.eINSTANCE;
            int pending = 0;
            for (int k = from; k < to; k++) {
                Contact x = contact(f, k);
                contact.setString(1, x.getNo());
                contact.setShort(2, (short) x.getType().getValue());
                contact.setString(3, x.getCompanyNo());
                contact.setString(4, x.getName());
                text(contact, 5, x.getFirstName());
                text(contact, 6, x.getSurname());
                contact.setString(7, x.getCompanyName());
                contact.setString(8, x.getSearchName());
                contact.setString(9, x.getAddress());
                contact.setString(10, x.getPostCode());
                contact.setString(11, x.getCity());
                contact.setString(12, x.getCountryRegionCode());
                contact.setString(13, x.getPhoneNo());
                text(contact, 14, x.getEmail());
                contact.setString(15, x.getLanguageCode());
                contact.setShort(16, (short) x.getCorrespondenceType().getValue());
                contact.setString(17, x.getSalespersonCode());
                contact.setBoolean(18, x.isExcludeFromSegment());
                contact.setBoolean(19, x.isPrivacyBlocked());
                contact.addBatch();
                int seq = 0;
                for (ContactMailingGroup g : x.getMailingGroups()) {
                    group.setString(1, x.getNo());
                    group.setInt(2, ++seq);
                    group.setString(3, g.getMailingGroupCode());
                    group.addBatch();
                }
                count++;
                if (++pending == BATCH) {
                    contact.executeBatch();
                    group.executeBatch();
                    pending = 0;
                }
            }
            contact.executeBatch();
            group.executeBatch();
        }
        return count;
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
