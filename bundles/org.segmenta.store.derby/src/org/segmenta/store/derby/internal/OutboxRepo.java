package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.OutboxRepository;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.DeliveryStatus;

/** The outbox on Derby: table {@code outbox} (migration 4); each change one statement, plus the entries' status. */
final class OutboxRepo implements OutboxRepository {

    private static final String COLUMNS = "entry_no, logged_segment_entry_no, channel, state, message_id, attempts, "
            + "reason, changed";
    private static final int IN_CHUNK = 500;

    private final DerbySession session;

    OutboxRepo(DerbySession session) {
        this.session = session;
    }

    @Override
    public long enqueue(long loggedSegmentEntryNo) {
        return enqueue(loggedSegmentEntryNo, java.util.EnumSet.of(CorrespondenceType.EMAIL, CorrespondenceType.HARD_COPY));
    }

    @Override
    public long enqueue(long loggedSegmentEntryNo, Set<CorrespondenceType> types) {
        if (types.isEmpty()) {
            return 0;
        }
        String in = types.stream().map(t -> String.valueOf(t.getValue())).sorted().collect(Collectors.joining(", "));
        session.requireWritable("queue deliveries");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "INSERT INTO outbox (entry_no, logged_segment_entry_no, channel, "
                    + "state, attempts, changed) SELECT e.entry_no, e.logged_segment_entry_no, e.correspondence_type, "
                    + OutboxState.PENDING.ordinal() + ", 0, CURRENT_TIMESTAMP FROM interaction_log_entry e "
                    + "WHERE e.logged_segment_entry_no = ? AND NOT e.canceled AND e.correspondence_type IN (" + in + ") "
                    + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entry_no = e.entry_no)");
            ps.setLong(1, loggedSegmentEntryNo);
            long n = ps.executeUpdate();
            PreparedStatement st = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET delivery_status = "
                    + DeliveryStatus.IN_PROGRESS_VALUE + ", row_version = row_version + 1 WHERE logged_segment_entry_no = ? "
                    + "AND entry_no IN (SELECT o.entry_no FROM outbox o WHERE o.logged_segment_entry_no = ? AND o.state = "
                    + OutboxState.PENDING.ordinal() + ")");
            st.setLong(1, loggedSegmentEntryNo);
            st.setLong(2, loggedSegmentEntryNo);
            st.executeUpdate();
            return n;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_queueingTheDeliveriesOf,
                    loggedSegmentEntryNo));
        }
    }

    @Override
    public List<OutboxItem> find(Long loggedSegmentEntryNo, Set<OutboxState> states, long afterEntryNo, int limit) {
        if (states.isEmpty()) {
            return List.of();
        }
        String in = states.stream().map(st -> String.valueOf(st.ordinal())).sorted().collect(Collectors.joining(", "));
        String sql = "SELECT " + COLUMNS + " FROM outbox WHERE state IN (" + in + ") AND entry_no > ?"
                + (loggedSegmentEntryNo == null ? "" : " AND logged_segment_entry_no = ?")
                + " ORDER BY entry_no FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try {
            PreparedStatement ps = session.prepare(sql);
            ps.setLong(1, afterEntryNo);
            if (loggedSegmentEntryNo != null) {
                ps.setLong(2, loggedSegmentEntryNo);
            }
            return read(ps);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_readingTheOutbox));
        }
    }

    @Override
    public Optional<OutboxItem> get(long entryNo) {
        return Optional.ofNullable(get(List.of(entryNo)).get(entryNo));
    }

    @Override
    public Map<Long, OutboxItem> get(Collection<Long> entryNos) {
        Map<Long, OutboxItem> out = new LinkedHashMap<>();
        List<Long> all = List.copyOf(entryNos);
        try {
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
                String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(", "));
                PreparedStatement ps = session.prepare("SELECT " + COLUMNS + " FROM outbox WHERE entry_no IN (" + marks
                        + ") ORDER BY entry_no");
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setLong(k + 1, chunk.get(k));
                }
                for (OutboxItem item : read(ps)) {
                    out.put(item.entryNo(), item);
                }
            }
            return out;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_readingTheOutbox));
        }
    }

    @Override
    public Map<OutboxState, Long> counts(long loggedSegmentEntryNo) {
        Map<OutboxState, Long> out = new EnumMap<>(OutboxState.class);
        try {
            PreparedStatement ps = session.prepare(
                    "SELECT state, COUNT(*) FROM outbox WHERE logged_segment_entry_no = ? GROUP BY state");
            ps.setLong(1, loggedSegmentEntryNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(OutboxState.values()[rs.getInt(1)], rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_countingTheOutboxOf,
                    loggedSegmentEntryNo));
        }
    }

    @Override
    public boolean claim(long entryNo, String messageId, String owner) {
        session.requireWritable("claim a delivery");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE outbox SET state = " + OutboxState.SENDING.ordinal()
                    + ", message_id = ?, owner = ?, attempts = attempts + 1, reason = NULL, changed = CURRENT_TIMESTAMP "
                    + "WHERE entry_no = ? AND state = " + OutboxState.PENDING.ordinal());
            ps.setString(1, messageId);
            ps.setString(2, owner);
            ps.setLong(3, entryNo);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_claimingTheDeliveryOf, entryNo));
        }
    }

    @Override
    public boolean finish(long entryNo, OutboxState state, String reason) {
        session.requireWritable("finish a delivery");
        if (state != OutboxState.SENT && state != OutboxState.FAILED && state != OutboxState.SKIPPED) {
            throw new IllegalArgumentException("A claimed delivery ends sent, failed or skipped, not " + state);
        }
        return change(entryNo, OutboxState.SENDING, state, reason);
    }

    @Override
    public boolean skip(long entryNo, String reason) {
        session.requireWritable("skip a delivery");
        return change(entryNo, OutboxState.PENDING, OutboxState.SKIPPED, reason);
    }

    private boolean change(long entryNo, OutboxState from, OutboxState to, String reason) {
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE outbox SET state = ?, reason = ?, changed = CURRENT_TIMESTAMP "
                    + "WHERE entry_no = ? AND state = ?");
            ps.setInt(1, to.ordinal());
            ps.setString(2, clip(reason));
            ps.setLong(3, entryNo);
            ps.setInt(4, from.ordinal());
            if (ps.executeUpdate() != 1) {
                return false;
            }
            PreparedStatement st = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET delivery_status = ?, "
                    + "row_version = row_version + 1 WHERE entry_no = ?");
            st.setInt(1, status(to).getValue());
            st.setLong(2, entryNo);
            st.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_markingTheDeliveryOf, entryNo, to));
        }
    }

    @Override
    public int failPending(Long loggedSegmentEntryNo, CorrespondenceType channel, String reason) {
        session.requireWritable("fail deliveries");
        String where = " WHERE state = " + OutboxState.PENDING.ordinal() + " AND channel = " + channel.getValue()
                + (loggedSegmentEntryNo == null ? "" : " AND logged_segment_entry_no = ?");
        try {
            PreparedStatement st = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET delivery_status = "
                    + DeliveryStatus.ERROR_VALUE + ", row_version = row_version + 1 WHERE entry_no IN (SELECT entry_no "
                    + "FROM outbox" + where + ")");
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE outbox SET state = " + OutboxState.FAILED.ordinal()
                    + ", reason = ?, changed = CURRENT_TIMESTAMP" + where);
            ps.setString(1, clip(reason));
            if (loggedSegmentEntryNo != null) {
                st.setLong(1, loggedSegmentEntryNo);
                ps.setLong(2, loggedSegmentEntryNo);
            }
            st.executeUpdate();
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_markingDeliveriesFailed));
        }
    }

    @Override
    public int markInterrupted(Instant claimedBefore, String reason) {
        session.requireWritable("mark interrupted deliveries");
        Timestamp before = Timestamp.from(claimedBefore.isAfter(Instant.parse("9999-12-31T00:00:00Z"))
                ? Instant.parse("9999-12-31T00:00:00Z") : claimedBefore);
        try {
            PreparedStatement st = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET delivery_status = "
                    + DeliveryStatus.ERROR_VALUE + ", row_version = row_version + 1 WHERE entry_no IN (SELECT o.entry_no "
                    + "FROM outbox o WHERE o.state = " + OutboxState.SENDING.ordinal() + " AND o.changed < ?)");
            st.setTimestamp(1, before);
            st.executeUpdate();
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE outbox SET state = " + OutboxState.UNCERTAIN.ordinal()
                    + ", reason = ?, changed = CURRENT_TIMESTAMP WHERE state = " + OutboxState.SENDING.ordinal()
                    + " AND changed < ?");
            ps.setString(1, clip(reason));
            ps.setTimestamp(2, before);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_markingInterruptedDeliveries));
        }
    }

    @Override
    public int retry(long loggedSegmentEntryNo, Set<OutboxState> from) {
        session.requireWritable("retry deliveries");
        if (from.isEmpty()) {
            return 0;
        }
        String in = from.stream().map(st -> String.valueOf(st.ordinal())).sorted().collect(Collectors.joining(", "));
        try {
            PreparedStatement st = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET delivery_status = "
                    + DeliveryStatus.IN_PROGRESS_VALUE + ", row_version = row_version + 1 WHERE logged_segment_entry_no = ? "
                    + "AND entry_no IN (SELECT o.entry_no FROM outbox o WHERE o.logged_segment_entry_no = ? AND o.state IN ("
                    + in + "))");
            st.setLong(1, loggedSegmentEntryNo);
            st.setLong(2, loggedSegmentEntryNo);
            st.executeUpdate();
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE outbox SET state = " + OutboxState.PENDING.ordinal()
                    + ", changed = CURRENT_TIMESTAMP WHERE logged_segment_entry_no = ? AND state IN (" + in + ")");
            ps.setLong(1, loggedSegmentEntryNo);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_retryingTheDeliveriesOf,
                    loggedSegmentEntryNo));
        }
    }

    @Override
    public String databaseIdentity() {
        try {
            PreparedStatement q = session.prepare("SELECT id_value FROM database_identity");
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
            session.requireWritable("make the database identity");
            String id = UUID.randomUUID().toString().replace("-", "");
            PreparedStatement ins = session.prepareWrite(DerbySession.Writes.NEITHER, "INSERT INTO database_identity (id_value) VALUES (?)");
            ins.setString(1, id);
            ins.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.OutboxRepo_readingTheDatabaseIdentity));
        }
    }

    private static DeliveryStatus status(OutboxState s) {
        return switch (s) {
        case PENDING, SENDING -> DeliveryStatus.IN_PROGRESS;
        case FAILED, UNCERTAIN -> DeliveryStatus.ERROR;
        case SENT, SKIPPED -> DeliveryStatus.NONE;
        };
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }

    private static List<OutboxItem> read(PreparedStatement ps) throws SQLException {
        List<OutboxItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long logged = rs.getLong(2);
                Long loggedNo = rs.wasNull() ? null : logged;
                Timestamp changed = rs.getTimestamp(8);
                out.add(new OutboxItem(rs.getLong(1), loggedNo, CorrespondenceType.get(rs.getInt(3)),
                        OutboxState.values()[rs.getInt(4)], rs.getString(5), rs.getInt(6), rs.getString(7),
                        changed == null ? null : changed.toInstant()));
            }
        }
        return out;
    }
}
