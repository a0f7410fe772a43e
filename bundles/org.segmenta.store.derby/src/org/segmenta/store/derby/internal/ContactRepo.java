package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.ContactRepository;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;

/** Contacts: the generic aggregate repository plus queries, the company rule and batch import. */
final class ContactRepo extends AggregateRepository<String, Contact> implements ContactRepository {

    /** Rows per JDBC batch in {@link #insertAll(Iterator)}. */
    static final int BATCH = 1000;
    /** How many company contacts {@link #insertAll(Iterator)} remembers for the company rule. */
    private static final int COMPANY_CACHE = 10_000;

    ContactRepo(DerbySession session) {
        super(session, session.tables.contact, "Contact", Contact.class);
    }

    /**
     * The lines a step removed from a segment (kept for undo, {@link Tables#SHOWN_LINE}) go with their contact: an
     * undo then no longer brings back a line of a contact that is gone. A shown line refuses the delete in the service.
     */
    @Override
    void beforeDelete(String key) {
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.LINES, "DELETE FROM segment_line WHERE contact_no = ? AND NOT " + Tables.SHOWN_LINE);
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_deletingTheRemovedSegment, key));
        }
    }

    @Override
    void validate(Contact contact) {
        Validation.check(contact, table, this::lookup);
    }

    /** @return a stub (No. and type) of the stored contact, or null: all the company rule needs */
    private Contact lookup(String no) {
        try {
            PreparedStatement ps = session.prepare("SELECT contact_type FROM contact WHERE contact_no = ?");
            ps.setString(1, no);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return stub(no, ContactType.get(rs.getShort(1)));
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_lookingUpContact, no));
        }
    }

    private static Contact stub(String no, ContactType type) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo(no);
        c.setType(type == null ? ContactType.COMPANY : type);
        return c;
    }

    @Override
    public java.util.Map<String, Contact> getAll(java.util.Collection<String> nos) {
        java.util.Map<String, Contact> found = new java.util.HashMap<>();
        List<String> all = nos.stream().filter(java.util.Objects::nonNull).distinct().toList();
        try {
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                for (org.eclipse.emf.ecore.EObject o : Rows.load(session, table, "t.contact_no IN (" + in + ")", null,
                        chunk.toArray())) {
                    Contact c = (Contact) o;
                    found.put(c.getNo(), c);
                }
            }
            return found;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_reading,
                    Formats.plural(all.size(), Messages.ContactRepo_contactOne, Messages.ContactRepo_contactOther)));
        }
    }

    @Override
    public List<Contact> pageAfter(String afterNo, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page of contacts needs limit >= 1, not " + limit + ".");
        }
        try {
            List<EObject> found = afterNo == null
                    ? Rows.load(session, table, null, "t.contact_no FETCH FIRST ? ROWS ONLY", limit)
                    : Rows.load(session, table, "t.contact_no > ?", "t.contact_no FETCH FIRST ? ROWS ONLY", afterNo, limit);
            return found.stream().map(Contact.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_readingContactsAfterNo, afterNo));
        }
    }

    @Override
    public List<Contact> find(ContactQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        String column = switch (q.sort()) {
        case NO -> null;
        case SEARCH_NAME -> "t.search_name";
        case COMPANY -> "t.company_no";
        case POST_CODE -> "t.post_code";
        case CITY -> "t.city";
        };
        String dir = q.descending() ? " DESC" : "";
        StringBuilder order = new StringBuilder();
        if (column != null) {
            order.append(column).append(dir).append(", ");
        }
        if (q.sort() == ContactQuery.ContactSort.COMPANY) {
            order.append("t.contact_type").append(dir).append(", ");
        }
        order.append("t.contact_no").append(dir);
        order.append(" OFFSET ? ROWS");
        params.add(q.offset());
        if (q.limit() != Integer.MAX_VALUE) {
            order.append(" FETCH NEXT ? ROWS ONLY");
            params.add(q.limit());
        }
        try {
            List<EObject> found = Rows.load(session, table, where, order.toString(), params.toArray());
            return found.stream().map(Contact.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_searchingContacts));
        }
    }

    @Override
    public long count(ContactQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        try {
            return Rows.queryLong(session, "SELECT COUNT(*) FROM contact t" + (where == null ? "" : " WHERE " + where),
                    params.toArray());
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_countingContacts));
        }
    }

    private static String where(ContactQuery q, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (q.type() != null) {
            terms.add("t.contact_type = ?");
            params.add((short) q.type().getValue());
        }
        if (q.companyNo() != null) {
            terms.add("t.company_no = ?");
            params.add(q.companyNo());
        }
        if (q.searchName() != null) {
            terms.add("t.search_name LIKE ? ESCAPE '\\'");
            params.add(q.searchName().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (q.postCode() != null) {
            terms.add("t.post_code = ?");
            params.add(q.postCode());
        }
        if (q.city() != null) {
            terms.add("t.city = ?");
            params.add(q.city());
        }
        if (q.countryRegionCode() != null) {
            terms.add("t.country_region_code = ?");
            params.add(q.countryRegionCode());
        }
        if (q.salespersonCode() != null) {
            terms.add("t.salesperson_code = ?");
            params.add(q.salespersonCode());
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }

    @Override
    public long insertAll(Iterator<? extends Contact> contacts) {
        session.requireWritable("import contacts");
        Map<String, Contact> pending = new HashMap<>();
        Map<String, Contact> companies = new LinkedHashMap<>(COMPANY_CACHE * 4 / 3, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Contact> eldest) {
                return size() > COMPANY_CACHE;
            }
        };
        Function<String, Contact> resolver = no -> {
            Contact c = pending.get(no);
            if (c == null) {
                c = companies.get(no);
            }
            return c != null ? c : lookup(no);
        };
        long count = 0;
        String first = null;
        try {
            Map<Table, PreparedStatement> statements = Rows.insertStatements(session, table);
            while (contacts.hasNext()) {
                Contact c = contacts.next();
                Validation.check(c, table, resolver);
                if (pending.put(c.getNo(), c) != null) {
                    throw new DuplicateKeyException(Formats.bind(Messages.ContactRepo_contact, c.getNo()), null);
                }
                if (first == null) {
                    first = c.getNo();
                }
                Rows.addToBatch(table, c, statements);
                count++;
                if (pending.size() == BATCH) {
                    Rows.flush(statements);
                    remember(pending, companies);
                    first = null;
                }
            }
            Rows.flush(statements);
            remember(pending, companies);
            return count;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_insertingContactsTheBatch, first));
        }
    }

    @Override
    public List<Contact> findByEmail(String email, int limit) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return findWhere("t.email_key = UPPER(?)", email.strip(), limit, "Searching contacts by e-mail " + email);
    }

    @Override
    public List<Contact> findBySearchName(String searchName, int limit) {
        if (searchName == null || searchName.isBlank()) {
            return List.of();
        }
        return findWhere("t.search_name = ?", searchName, limit, "Searching contacts by search name " + searchName);
    }

    private List<Contact> findWhere(String condition, String value, int limit, String what) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
        }
        try {
            List<EObject> found = Rows.load(session, table, condition,
                    "t.contact_no FETCH FIRST " + limit + " ROWS ONLY", value);
            return found.stream().map(Contact.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, what);
        }
    }

    @Override
    public String highestNo(String prefix, int length) {
        try {
            PreparedStatement ps = session.prepare(
                    "SELECT MAX(contact_no) FROM contact WHERE contact_no LIKE ? ESCAPE '\\' AND LENGTH(contact_no) = ?");
            ps.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            ps.setInt(2, length);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_findingTheHighestContact, prefix));
        }
    }

    @Override
    public int copyCompanyName(String companyNo, String companyName) {
        session.requireWritable("copy a company's name to its persons");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.CONTACTS, "UPDATE contact SET company_name = ?, row_version = row_version + 1"
                    + " WHERE company_no = ? AND contact_type = ? AND contact_no <> company_no"
                    + " AND (company_name IS NULL OR company_name <> ?)");
            ps.setString(1, companyName);
            ps.setString(2, companyNo);
            ps.setShort(3, (short) ContactType.PERSON.getValue());
            ps.setString(4, companyName == null ? "" : companyName);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_copyingTheNameOf, companyNo));
        }
    }

    private static void remember(Map<String, Contact> pending, Map<String, Contact> companies) {
        for (Contact c : pending.values()) {
            if (c.getType() == ContactType.COMPANY) {
                companies.put(c.getNo(), stub(c.getNo(), ContactType.COMPANY));
            }
        }
        pending.clear();
    }

    /** Keys per statement of {@link #findMatching}; shorter lists are padded so that one statement serves all. */
    private static final int MATCH_CHUNK = 100;

    @Override
    public List<Contact> findMatching(Collection<String> emails, Collection<NameKey> names) {
        Map<String, Contact> found = new LinkedHashMap<>();
        int max = table.column("email").maxLength;
        Set<String> emailKeys = new LinkedHashSet<>();
        for (String v : emails) {
            if (v != null && !v.isBlank() && (max <= 0 || v.strip().length() <= max)) {
                emailKeys.add(v.strip().toUpperCase(Locale.ROOT));
            }
        }
        Set<String> nameKeys = new LinkedHashSet<>();
        for (NameKey k : names) {
            if (k.name() != null && !k.name().isBlank()) {
                nameKeys.add(nameKey(k.name(), k.companyName()));
            }
        }
        try {
            match("email_key", "contact_by_email_key", emailKeys, found);
            match("name_key", "contact_by_name_key", nameKeys, found);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ContactRepo_lookingForContactsWith));
        }
        return new ArrayList<>(found.values());
    }

    /** The name key as migration 5's generated column holds it: UPPER(name) || '|' || UPPER(company name or ''). */
    private static String nameKey(String name, String companyName) {
        return name.toUpperCase(Locale.ROOT) + "|" + (companyName == null ? "" : companyName.toUpperCase(Locale.ROOT));
    }

    /**
     * Finds the contacts whose {@code column} is one of the keys: first their Nos. through the column's index (named
     * for Derby's optimizer, which otherwise may prefer reading the whole table in key order), then the contacts by
     * No. Lists are padded to {@link #MATCH_CHUNK} so that one prepared statement serves every batch.
     */
    private void match(String column, String index, Set<String> keys, Map<String, Contact> found)
            throws SQLException {
        List<String> all = new ArrayList<>(keys);
        String in = String.join(", ", java.util.Collections.nCopies(MATCH_CHUNK, "?"));
        Set<String> seen = new LinkedHashSet<>();
        PreparedStatement ps = session.prepare("SELECT contact_no FROM contact" + CriteriaSql.indexHint(index)
                + " WHERE " + column + " IN (" + in + ")");
        for (int from = 0; from < all.size(); from += MATCH_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MATCH_CHUNK));
            for (int i = 0; i < MATCH_CHUNK; i++) {
                ps.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String no = rs.getString(1);
                    if (!found.containsKey(no)) {
                        seen.add(no);
                    }
                }
            }
        }
        List<String> nos = new ArrayList<>(seen);
        for (int from = 0; from < nos.size(); from += MATCH_CHUNK) {
            List<String> chunk = nos.subList(from, Math.min(nos.size(), from + MATCH_CHUNK));
            Object[] params = new Object[MATCH_CHUNK];
            for (int i = 0; i < MATCH_CHUNK; i++) {
                params[i] = chunk.get(Math.min(i, chunk.size() - 1));
            }
            for (EObject o : Rows.load(session, table, "t.contact_no IN (" + in + ")", null, params)) {
                Contact c = (Contact) o;
                found.putIfAbsent(c.getNo(), c);
            }
        }
    }

    @Override
    public Map<String, Integer> maxLengths() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (Column c : table.columns) {
            if (c.maxLength > 0) {
                lengths.put(c.attribute.getName(), c.maxLength);
            }
        }
        return lengths;
    }
}
