package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.NumberSeriesRepository;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.rules.NumberSeriesFormat;

/** Number series; {@link #next(String)} locks the series row for the rest of the unit. */
final class NumberSeriesRepo extends AggregateRepository<String, NumberSeries> implements NumberSeriesRepository {

    NumberSeriesRepo(DerbySession session) {
        super(session, session.tables.numberSeries, "Number Series", NumberSeries.class);
    }

    @Override
    public String next(String code) {
        session.requireWritable("take a number from series " + code);
        try {
            // the update takes the row's exclusive lock first, so that the read below is the last word
            PreparedStatement lock = session
                    .prepareWrite(DerbySession.Writes.NEITHER, "UPDATE number_series SET row_version = row_version + 1 WHERE code = ?");
            lock.setString(1, code);
            if (lock.executeUpdate() == 0) {
                throw notFound(code);
            }
            String starting;
            String last;
            PreparedStatement read = session
                    .prepare("SELECT starting_no, last_no_used FROM number_series WHERE code = ?");
            read.setString(1, code);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                starting = rs.getString(1);
                last = rs.getString(2);
            }
            String next;
            if (last != null && !last.isBlank()) {
                next = NumberSeriesFormat.increment(last);
            } else if (starting != null && !starting.isBlank()) {
                next = starting;
            } else {
                throw new StoreException(Formats.bind(Messages.NumberSeriesRepo_numberSeries5, code));
            }
            int max = table.column("lastNoUsed").maxLength;
            if (max > 0 && next.length() > max) {
                throw new StoreException(Formats.bind(Messages.NumberSeriesRepo_numberSeries2, code, next, max));
            }
            PreparedStatement write = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE number_series SET last_no_used = ? WHERE code = ?");
            write.setString(1, next);
            write.setString(2, code);
            write.executeUpdate();
            return next;
        } catch (IllegalArgumentException e) {
            throw new StoreException(Formats.bind(Messages.NumberSeriesRepo_numberSeries, code, e.getMessage()), e);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.NumberSeriesRepo_takingTheNextNumber, code));
        }
    }

    @Override
    public java.util.List<String> next(String code, int count) {
        java.util.List<String> numbers = new java.util.ArrayList<>(Math.max(0, count));
        if (count <= 0) {
            return numbers;
        }
        // the first through next(code): it locks the row, checks the series and records that number
        String no = next(code);
        numbers.add(no);
        int max = table.column("lastNoUsed").maxLength;
        try {
            for (int i = 1; i < count; i++) {
                no = NumberSeriesFormat.increment(no);
                if (max > 0 && no.length() > max) {
                    throw new StoreException(Formats.bind(Messages.NumberSeriesRepo_numberSeries2, code, no, max));
                }
                numbers.add(no);
            }
            if (count > 1) {
                PreparedStatement write = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE number_series SET last_no_used = ? WHERE code = ?");
                write.setString(1, no);
                write.setString(2, code);
                write.executeUpdate();
            }
            return numbers;
        } catch (IllegalArgumentException e) {
            throw new StoreException(Formats.bind(Messages.NumberSeriesRepo_numberSeries, code, e.getMessage()), e);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.NumberSeriesRepo_taking,
                    Formats.plural(count, Messages.NumberSeriesRepo_numberOne, Messages.NumberSeriesRepo_numberOther), code));
        }
    }
}
