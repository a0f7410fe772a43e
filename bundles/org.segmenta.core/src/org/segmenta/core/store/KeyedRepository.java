package org.segmenta.core.store;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The objects of one aggregate, each with a unique key, and everything they contain (a salutation's formulas,
 * a template's language rows, ...). Objects handed out are detached copies: change them and pass them to
 * {@link #update(EObject)}. An object read through the store remembers the row version it was read at, so an
 * update of a row that someone else changed in between fails with {@link ConcurrentChangeException} instead of
 * overwriting their change; an object built from scratch overwrites the row.
 *
 * @param <K> the key type: {@link String} codes and Nos., {@link Long} entry numbers
 * @param <T> the model class
 */
@ProviderType
public interface KeyedRepository<K, T extends EObject> {

    /**
     * @param key the key, for example {@code "SEG00001"}
     * @return the object with everything it contains, or empty when there is none with that key
     */
    Optional<T> get(K key);

    /**
     * @param key the key
     * @return the object with everything it contains
     * @throws NotFoundException when there is none with that key
     */
    T require(K key);

    /** @param key the key @return whether an object with that key exists */
    boolean exists(K key);

    /** @return every object, ordered by key; meant for setup tables (tens to thousands of rows) */
    List<T> list();

    /** @return how many objects there are */
    long count();

    /**
     * Inserts a new object with everything it contains, after validating it.
     *
     * @param object the object; for entry-numbered aggregates an entry No. of 0 is assigned by the store
     * @return {@code object}, with its key set when the store assigned it
     * @throws ValidationException when it breaks a rule (nothing written)
     * @throws DuplicateKeyException when its key, or a key of something it contains, already exists
     * @throws IllegalStateException in a read-only unit
     */
    T insert(T object);

    /**
     * Replaces the stored object with the same key, everything it contains included, after validating it.
     *
     * @param object the changed object
     * @return {@code object}, now carrying its new row version
     * @throws ValidationException when it breaks a rule (nothing written)
     * @throws NotFoundException when nothing with its key is stored
     * @throws ConcurrentChangeException when it was read through the store and someone changed it since
     * @throws IllegalStateException in a read-only unit
     */
    T update(T object);

    /**
     * Inserts or updates, by whether the key exists.
     *
     * @param object the object
     * @return {@code object}
     * @throws ValidationException when it breaks a rule (nothing written)
     */
    T save(T object);

    /**
     * Deletes the object with everything it contains.
     *
     * @param key the key
     * @throws NotFoundException when there is none with that key
     * @throws IllegalStateException in a read-only unit
     */
    void delete(K key);
}
