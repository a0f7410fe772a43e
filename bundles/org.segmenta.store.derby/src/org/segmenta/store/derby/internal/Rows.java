package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.SegmentaFactory;

/**
 * Reads and writes aggregates: a root row and the rows of everything it contains, with generic SQL built from
 * {@link Table}. Children are written in JDBC batches (parents first) and read with one query per child table
 * for a whole page of roots.
 */
final class Rows {

    /** How many keys go into one IN (...) list. */
    private static final int IN_CHUNK = 500;

    private Rows() {
    }

    static EObject create(Table t) {
        return SegmentaFactory.eINSTANCE.create(t.eClass);
    }

    /** Binds the columns' values of {@code o} from parameter {@code start}; @return the next parameter index */
    static int bind(List<Column> columns, PreparedStatement ps, int start, EObject o) throws SQLException {
        int i = start;
        for (Column c : columns) {
            c.bind(ps, i++, o);
        }
        return i;
    }

    /** @return the key values of a root object, in key order */
    static List<Object> key(Table t, EObject root) {
        List<Object> key = new ArrayList<>(t.keyColumns.size());
        for (Column c : t.keyColumns) {
            key.add(root.eGet(c.attribute));
        }
        return key;
    }

    /** Reads a root row selected with {@link Table#selectList()}, from column 1. */
    static EObject readRoot(Table t, ResultSet rs) throws SQLException {
        EObject o = create(t);
        int i = 1;
        for (Column c : t.columns) {
            c.read(rs, i++, o);
        }
        for (EAttribute a : t.computed.keySet()) {
            long v = rs.getLong(i++);
            o.eSet(a, a.getEAttributeType().getInstanceClass() == int.class ? (Object) (int) v : (Object) v);
        }
        if (t.versioned) {
            RowVersion.set(o, rs.getInt(i));
        }
        return o;
    }

    /**
     * Loads roots by a condition, with everything they contain.
     *
     * @param condition SQL after WHERE (alias t), or null for all rows
     * @param order SQL after ORDER BY, or null for the key
     * @param params values of the condition's parameters
     */
    static List<EObject> load(DerbySession s, Table t, String condition, String order, Object... params)
            throws SQLException {
        String where = condition == null ? (t.shown == null ? null : "t." + t.shown)
                : t.shown == null ? condition : "(" + condition + ")" + t.andShown("t");
        String sql = t.select() + (where == null ? "" : " WHERE " + where) + " ORDER BY "
                + (order == null ? t.keyOrder() : order);
        List<EObject> roots = new ArrayList<>();
        PreparedStatement ps = s.prepare(sql);
        for (int i = 0; i < params.length; i++) {
            param(ps, i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                roots.add(readRoot(t, rs));
            }
        }
        QueryPlans.executed(s, sql);
        loadChildren(s, t, roots);
        return roots;
    }

    /** Fills the containment lists of roots (of a table with a one-column key) from their child tables. */
    static void loadChildren(DerbySession s, Table t, List<EObject> roots) throws SQLException {
        if (t.children.isEmpty() || roots.isEmpty()) {
            return;
        }
        Column keyColumn = t.keyColumns.get(0);
        for (int from = 0; from < roots.size(); from += IN_CHUNK) {
            List<EObject> chunk = roots.subList(from, Math.min(roots.size(), from + IN_CHUNK));
            Map<List<Object>, EObject> byKey = new HashMap<>();
            List<Object> keys = new ArrayList<>();
            for (EObject r : chunk) {
                Object k = r.eGet(keyColumn.attribute);
                byKey.put(List.of(k), r);
                keys.add(k);
            }
            for (Table.Child child : t.children) {
                loadLevel(s, child, byKey, keys);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void loadLevel(DerbySession s, Table.Child child, Map<List<Object>, EObject> parents,
            List<Object> rootKeys) throws SQLException {
        Table ct = child.table();
        int k = ct.parentKeyColumns.size();
        // the keys padded to a few list lengths (the last key repeated): a few statements and plans for every chunk
        int n = listLength(rootKeys.size());
        String sql = childSelect(ct, n);
        Map<List<Object>, EObject> mine = new LinkedHashMap<>();
        PreparedStatement ps = s.prepare(sql);
        for (int i = 0; i < n; i++) {
            ps.setObject(i + 1, rootKeys.get(Math.min(i, rootKeys.size() - 1)));
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Object> parentKey = new ArrayList<>(k + 1);
                for (int i = 1; i <= k; i++) {
                    parentKey.add(rs.getObject(i));
                }
                int seq = rs.getInt(k + 1);
                EObject parent = parents.get(parentKey);
                List<Object> childKey = new ArrayList<>(parentKey);
                childKey.add(seq);
                if (parent == null || mine.containsKey(childKey)) {
                    continue;
                }
                EObject o = create(ct);
                int i = k + 2;
                for (Column c : ct.columns) {
                    c.read(rs, i++, o);
                }
                ((EList<EObject>) parent.eGet(child.reference())).add(o);
                mine.put(childKey, o);
            }
        }
        QueryPlans.executed(s, sql);
        for (Table.Child grand : ct.children) {
            loadLevel(s, grand, mine, rootKeys);
        }
    }

    /** @return the length of the IN list for this many keys: 1, 20, 100 or {@link #IN_CHUNK} */
    static int listLength(int keys) {
        for (int n : new int[] { 1, 20, 100 }) {
            if (keys <= n) {
                return n;
            }
        }
        return IN_CHUNK;
    }

    /**
     * The read of a child table's rows for {@code n} root keys, through the index of the child table's
     * foreign key to its root ({@code <child table>_fk}, migration 14; its first column is the root's key), named for
     * Derby's optimizer: without the name it read the whole child table for every chunk once the tables had a few
     * hundred thousand rows (a Check before Log of 100,000 lines at 300,000 contacts spent most of its time there), and
     * with it each key is one probe of the index (a multi-probe index scan), however large the table.
     */
    static String childSelect(Table ct, int n) {
        String in = String.join(", ", java.util.Collections.nCopies(n, "?"));
        String order = ct.parentKeyColumns.stream().map(c -> "t." + c).collect(Collectors.joining(", ")) + ", t."
                + Table.SEQ;
        return ct.select() + indexHint(ct) + " WHERE t." + ct.parentKeyColumns.get(0) + " IN (" + in + ") ORDER BY "
                + order;
    }

    /** @return the optimizer hint naming the child table's foreign key index, or "" for a table without one */
    private static String indexHint(Table ct) {
        for (String[] key : Migrations.CASCADING_KEYS) {
            if (key[0].equals(ct.name)) {
                // in upper case already: Derby upper-cases a constraint's name in the machine's locale (Turkish: İ)
                return " --DERBY-PROPERTIES constraint=" + CriteriaSql.hintName(ct.name + "_fk") + "\n";
            }
        }
        return "";
    }

    /**
     * Adds the root row and the rows of everything it contains to the batches of {@code statements} (one per
     * table of {@link Table#tree()}); {@link #flush} executes them.
     */
    static void addToBatch(Table t, EObject root, Map<Table, PreparedStatement> statements) throws SQLException {
        PreparedStatement ps = statements.get(t);
        bind(t.columns, ps, 1, root);
        ps.addBatch();
        addChildren(t, key(t, root), root, statements);
    }

    @SuppressWarnings("unchecked")
    static void addChildren(Table t, List<Object> key, EObject parent, Map<Table, PreparedStatement> statements)
            throws SQLException {
        for (Table.Child child : t.children) {
            Table ct = child.table();
            PreparedStatement ps = statements.get(ct);
            int seq = 0;
            for (EObject o : (EList<EObject>) parent.eGet(child.reference())) {
                seq++;
                int i = 1;
                for (Object k : key) {
                    ps.setObject(i++, k);
                }
                ps.setInt(i++, seq);
                bind(ct.columns, ps, i, o);
                ps.addBatch();
                if (!ct.children.isEmpty()) {
                    List<Object> childKey = new ArrayList<>(key);
                    childKey.add(seq);
                    addChildren(ct, childKey, o, statements);
                }
            }
        }
    }

    /** @return an INSERT statement per table of the aggregate, from the session's cache */
    static Map<Table, PreparedStatement> insertStatements(DerbySession s, Table t) throws SQLException {
        Map<Table, PreparedStatement> result = new LinkedHashMap<>();
        for (Table x : t.tree()) {
            result.put(x, s.prepareWrite(x, x.insert()));
        }
        return result;
    }

    /** Executes the batches, parents before children. */
    static void flush(Map<Table, PreparedStatement> statements) throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.executeBatch();
        }
    }

    /** Inserts one aggregate. */
    static void insert(DerbySession s, Table t, EObject root) throws SQLException {
        Map<Table, PreparedStatement> statements = insertStatements(s, t);
        addToBatch(t, root, statements);
        flush(statements);
        if (t.versioned) {
            RowVersion.set(root, 1);
        }
    }

    /**
     * Replaces one aggregate: the root row by key (and by row version when the object carries one), its
     * children deleted and written again.
     *
     * @return 1 when updated, 0 when the row is missing or has another version
     */
    static int update(DerbySession s, Table t, EObject root) throws SQLException {
        Integer version = t.versioned ? RowVersion.of(root) : null;
        PreparedStatement ps = s.prepareWrite(t, t.update(version != null));
        int i = bind(t.nonKeyColumns(), ps, 1, root);
        i = bind(t.keyColumns, ps, i, root);
        if (version != null) {
            ps.setInt(i, version);
        }
        int n = ps.executeUpdate();
        if (n == 0) {
            return 0;
        }
        List<Object> key = key(t, root);
        if (!t.children.isEmpty()) {
            deleteDescendants(s, t, key.get(0));
            Map<Table, PreparedStatement> statements = new LinkedHashMap<>();
            for (Table x : t.tree()) {
                if (x != t) {
                    statements.put(x, s.prepareWrite(x, x.insert()));
                }
            }
            addChildren(t, key, root, statements);
            flush(statements);
        }
        if (t.versioned) {
            RowVersion.set(root, version != null ? version + 1 : currentVersion(s, t, key));
        }
        return 1;
    }

    private static int currentVersion(DerbySession s, Table t, List<Object> key) throws SQLException {
        PreparedStatement ps = s.prepare("SELECT " + Table.ROW_VERSION + " FROM " + t.name + " t WHERE " + t.keyCondition());
        for (int i = 0; i < key.size(); i++) {
            t.keyColumns.get(i).bindValue(ps, i + 1, key.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** @return whether a root row with this key exists */
    static boolean exists(DerbySession s, Table t, List<Object> key) throws SQLException {
        PreparedStatement ps = s.prepare("SELECT 1 FROM " + t.name + " t WHERE " + t.keyCondition());
        for (int i = 0; i < key.size(); i++) {
            t.keyColumns.get(i).bindValue(ps, i + 1, key.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Deletes the rows of every child table of an aggregate, grandchildren first, each with a statement on the root's
     * key (the first parent-key column of every child table): row locks through the child tables' indexes. The schema
     * has no ON DELETE CASCADE (migration 14): Derby ran a cascade's deletes under table locks, which blocked every
     * other user's work on those tables.
     */
    static void deleteDescendants(DerbySession s, Table t, Object rootKey) throws SQLException {
        List<Table> tree = t.tree();
        for (int i = tree.size() - 1; i > 0; i--) {
            Table child = tree.get(i);
            PreparedStatement del = s.prepareWrite(child, "DELETE FROM " + child.name + " WHERE " + child.parentKeyColumns.get(0)
                    + " = ?");
            del.setObject(1, rootKey);
            del.executeUpdate();
        }
    }

    /** Deletes a root row by key, its child tables' rows first. @return rows deleted */
    static int delete(DerbySession s, Table t, List<Object> key) throws SQLException {
        if (!t.children.isEmpty()) {
            deleteDescendants(s, t, key.get(0));
        }
        PreparedStatement ps = s.prepareWrite(t, "DELETE FROM " + t.name + " WHERE "
                + t.keyColumns.stream().map(c -> c.name + " = ?").collect(Collectors.joining(" AND ")));
        for (int i = 0; i < key.size(); i++) {
            t.keyColumns.get(i).bindValue(ps, i + 1, key.get(i));
        }
        return ps.executeUpdate();
    }

    /** Binds a query parameter of a plain Java type (String, Integer, Long, Boolean, LocalDate). */
    static void param(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof java.time.LocalDate d) {
            ps.setDate(index, java.sql.Date.valueOf(d));
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else {
            ps.setObject(index, value);
        }
    }

    /** @return the single long of a query */
    static long queryLong(DerbySession s, String sql, Object... params) throws SQLException {
        PreparedStatement ps = s.prepare(sql);
        for (int i = 0; i < params.length; i++) {
            param(ps, i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } finally {
            QueryPlans.executed(s, sql);
        }
    }
}
