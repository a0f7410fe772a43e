package org.segmenta.store.derby.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;

/**
 * One column that holds one attribute of a model class: its SQL name, and how a value goes into a
 * {@link PreparedStatement} and comes back from a {@link ResultSet}. Enums are stored as their
 * {@code SMALLINT} value, dates as {@code DATE}, times as {@code TIME} (whole seconds), instants as a UTC
 * {@code TIMESTAMP}, decimals as {@code DECIMAL(20,5)}.
 */
final class Column {

    /** How values are converted. */
    enum Kind {
        STRING, INT, LONG, LONG_OBJECT, BOOLEAN, DECIMAL, DATE, TIME, INSTANT, ENUM
    }

    private static final ThreadLocal<Calendar> UTC = ThreadLocal
            .withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    final EAttribute attribute;
    final String name;
    final Kind kind;
    /** the most characters a STRING column holds; 0 for other kinds */
    final int maxLength;

    Column(EAttribute attribute, String name, int maxLength) {
        this.attribute = attribute;
        this.name = name;
        this.kind = kindOf(attribute);
        this.maxLength = kind == Kind.STRING ? maxLength : 0;
    }

    /** @return the same attribute in a column with another name (for embedded snapshots) */
    Column renamed(String newName) {
        return new Column(attribute, newName, maxLength);
    }

    private static Kind kindOf(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return Kind.ENUM;
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return Kind.STRING;
        } else if (c == int.class || c == Integer.class) {
            return Kind.INT;
        } else if (c == long.class) {
            return Kind.LONG;
        } else if (c == Long.class) {
            return Kind.LONG_OBJECT;
        } else if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (c == BigDecimal.class) {
            return Kind.DECIMAL;
        } else if (c == LocalDate.class) {
            return Kind.DATE;
        } else if (c == LocalTime.class) {
            return Kind.TIME;
        } else if (c == Instant.class) {
            return Kind.INSTANT;
        }
        throw new IllegalStateException("The store cannot map " + attribute.getEContainingClass().getName() + "."
                + attribute.getName() + " of type " + c + "; add a Column.Kind for it.");
    }

    /** Binds the attribute's value of {@code object} as parameter {@code index}. */
    void bind(PreparedStatement ps, int index, EObject object) throws SQLException {
        bindValue(ps, index, object == null ? null : object.eGet(attribute));
    }

    /** Binds {@code value} (of the attribute's Java type, or null) as parameter {@code index}. */
    void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (kind) {
        case STRING -> {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, (String) value);
            }
        }
        case INT -> {
            if (value == null) {
                ps.setNull(index, Types.INTEGER);
            } else {
                ps.setInt(index, (Integer) value);
            }
        }
        case LONG, LONG_OBJECT -> {
            if (value == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, (Long) value);
            }
        }
        case BOOLEAN -> {
            if (value == null) {
                ps.setNull(index, Types.BOOLEAN);
            } else {
                ps.setBoolean(index, (Boolean) value);
            }
        }
        case DECIMAL -> {
            if (value == null) {
                ps.setNull(index, Types.DECIMAL);
            } else {
                ps.setBigDecimal(index, (BigDecimal) value);
            }
        }
        case DATE -> {
            if (value == null) {
                ps.setNull(index, Types.DATE);
            } else {
                ps.setDate(index, Date.valueOf((LocalDate) value));
            }
        }
        case TIME -> {
            if (value == null) {
                ps.setNull(index, Types.TIME);
            } else {
                ps.setTime(index, Time.valueOf((LocalTime) value));
            }
        }
        case INSTANT -> {
            if (value == null) {
                ps.setNull(index, Types.TIMESTAMP);
            } else {
                ps.setTimestamp(index, Timestamp.from((Instant) value), UTC.get());
            }
        }
        case ENUM -> {
            if (value == null) {
                ps.setNull(index, Types.SMALLINT);
            } else {
                ps.setShort(index, (short) ((Enumerator) value).getValue());
            }
        }
        }
    }

    /** Reads column {@code index} of the current row into the attribute of {@code object}. */
    void read(ResultSet rs, int index, EObject object) throws SQLException {
        Object value = readValue(rs, index);
        if (value != null || !attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
            object.eSet(attribute, value);
        }
    }

    /** @return column {@code index} of the current row as the attribute's Java type, or null */
    Object readValue(ResultSet rs, int index) throws SQLException {
        switch (kind) {
        case STRING:
            return rs.getString(index);
        case INT: {
            int v = rs.getInt(index);
            return rs.wasNull() ? null : v;
        }
        case LONG, LONG_OBJECT: {
            long v = rs.getLong(index);
            return rs.wasNull() ? null : v;
        }
        case BOOLEAN: {
            boolean v = rs.getBoolean(index);
            return rs.wasNull() ? null : v;
        }
        case DECIMAL: {
            BigDecimal v = rs.getBigDecimal(index);
            return v == null ? null : normalise(v);
        }
        case DATE: {
            Date v = rs.getDate(index);
            return v == null ? null : v.toLocalDate();
        }
        case TIME: {
            Time v = rs.getTime(index);
            return v == null ? null : v.toLocalTime();
        }
        case INSTANT: {
            Timestamp v = rs.getTimestamp(index, UTC.get());
            return v == null ? null : v.toInstant();
        }
        case ENUM: {
            short v = rs.getShort(index);
            if (rs.wasNull()) {
                return null;
            }
            EEnum type = (EEnum) attribute.getEAttributeType();
            EEnumLiteral literal = type.getEEnumLiteral(v);
            // a value written by a newer program that this one does not know: fall back to the default
            return literal != null ? literal.getInstance() : type.getDefaultValue();
        }
        default:
            throw new IllegalStateException(kind.name());
        }
    }

    /** DECIMAL(20,5) gives back 12.50000: strip the padding, but never into exponent form (1E+2). */
    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public String toString() {
        return name;
    }
}
