package org.segmenta.store.derby.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ExtensionData;

/** {@link ExtensionData} on a unit of work's connection. */
final class DerbyExtensionData implements ExtensionData {

    private final DerbySession session;
    private final String id;
    private final int version;

    DerbyExtensionData(DerbySession session, String id, int version) {
        this.session = session;
        this.id = id;
        this.version = version;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int schemaVersion() {
        return version;
    }

    @Override
    public int update(String sql, Object... params) {
        session.requireWritable("change the tables of plug-in " + id);
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.ANYTHING, sql);
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyExtensionData_plugIn, id, sql));
        }
    }

    @Override
    public <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
        try {
            PreparedStatement ps = session.prepare(sql);
            bind(ps, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyExtensionData_plugIn, id, sql));
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            int n = i + 1;
            switch (v) {
            case null -> ps.setNull(n, Types.VARCHAR);
            case String s -> ps.setString(n, s);
            case Integer x -> ps.setInt(n, x);
            case Long x -> ps.setLong(n, x);
            case BigDecimal x -> ps.setBigDecimal(n, x);
            case Boolean x -> ps.setBoolean(n, x);
            case LocalDate x -> ps.setDate(n, java.sql.Date.valueOf(x));
            case Instant x -> ps.setTimestamp(n, Timestamp.from(x));
            default -> throw new IllegalArgumentException("Parameter " + n + " has a type the store does not bind: "
                    + v.getClass().getName() + " (use String, Integer, Long, BigDecimal, Boolean, LocalDate or Instant).");
            }
        }
    }
}
