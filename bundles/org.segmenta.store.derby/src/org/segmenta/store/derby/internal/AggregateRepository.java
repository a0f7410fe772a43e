package org.segmenta.store.derby.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.KeyedRepository;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.model.rules.SegmentaValidator;

/**
 * A {@link KeyedRepository} for any aggregate with a one-column key, on the generic SQL of {@link Rows}.
 *
 * @param <K> the key type
 * @param <T> the model class
 */
class AggregateRepository<K, T extends EObject> implements KeyedRepository<K, T> {

    final DerbySession session;
    final Table table;
    /** what users call these objects, for example "Salesperson" */
    final String kind;
    private final Class<T> type;

    AggregateRepository(DerbySession session, Table table, String kind, Class<T> type) {
        this.session = session;
        this.table = table;
        this.kind = kind;
        this.type = type;
    }

    @Override
    public Optional<T> get(K key) {
        try {
            List<EObject> found = Rows.load(session, table, table.keyCondition(), null, key);
            if (!found.isEmpty() && session.writable()) {
                session.readInUnit(table, key, RowVersion.of(found.get(0)));
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(type.cast(found.get(0)));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_reading, kind, key));
        }
    }

    @Override
    public T require(K key) {
        return get(key).orElseThrow(() -> notFound(key));
    }

    NotFoundException notFound(Object key) {
        return new NotFoundException(kind + " " + key + " does not exist (any more). Check the " + kind
                + " No./code, or refresh: another user may have deleted it.");
    }

    @Override
    public boolean exists(K key) {
        try {
            return Rows.exists(session, table, List.of(key));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_lookingFor, kind, key));
        }
    }

    @Override
    public List<T> list() {
        try {
            return Rows.load(session, table, null, null).stream().map(type::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_readingThe, kind));
        }
    }

    @Override
    public long count() {
        try {
            return Rows.queryLong(session, "SELECT COUNT(*) FROM " + table.name);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_countingThe, kind));
        }
    }

    @Override
    public T insert(T object) {
        session.requireWritable("insert a " + kind);
        beforeInsert(object);
        validate(object);
        try {
            Rows.insert(session, table, object);
            return object;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_savingTheNew,
                    SegmentaValidator.label(object)));
        }
    }

    @Override
    public T update(T object) {
        session.requireWritable("change a " + kind);
        validate(object);
        try {
            if (Rows.update(session, table, object) == 0) {
                Object key = Rows.key(table, object).get(0);
                if (!Rows.exists(session, table, List.of(key))) {
                    throw notFound(key);
                }
                Integer mine = RowVersion.of(object);
                if (mine != null && mine.equals(session.versionReadInUnit(table, key))) {
                    // read in this very unit and changed by another user since: running the unit again is safe
                    throw new ConcurrentChangeException(SegmentaValidator.label(object) + " was changed by another"
                            + " user at the same time — try again. Nothing was saved.",
                            new DerbyErrors.RaceInUnit(table.name + " " + key));
                }
                throw new ConcurrentChangeException(SegmentaValidator.label(object)
                        + " was changed by another user after you read it; your change was not saved. Read it again"
                        + " and repeat your change.", null);
            }
            return object;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_saving,
                    SegmentaValidator.label(object)));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T save(T object) {
        Object key = Rows.key(table, object).get(0);
        return key != null && exists((K) key) ? update(object) : insert(object);
    }

    @Override
    public void delete(K key) {
        session.requireWritable("delete a " + kind);
        beforeDelete(key);
        try {
            if (Rows.delete(session, table, List.of(key)) == 0) {
                throw notFound(key);
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AggregateRepository_deleting, kind, key));
        }
    }

    /** Checks the object before it is written; subclasses add what the rules need. */
    void validate(T object) {
        Validation.check(object, table, null);
    }

    /** Assigns keys the store hands out (entry Nos.). */
    void beforeInsert(T object) {
        // nothing by default
    }

    /** Refuses deletes the data does not allow. */
    void beforeDelete(K key) {
        // nothing by default
    }
}
