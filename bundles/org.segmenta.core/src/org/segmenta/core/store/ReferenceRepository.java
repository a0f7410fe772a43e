package org.segmenta.core.store;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Counts where a key is used ({@link Reference}), one indexed or scanning {@code SELECT} per reference, never a
 * loop over rows in Java. Deleting a code of a set-up table, or a contact, asks this first.
 */
@ProviderType
public interface ReferenceRepository {

    /**
     * What uses a key through one reference.
     *
     * @param reference the reference
     * @param count how many rows refer to the key, 1 or more
     * @param examples up to a few keys of referring rows, to name in a message (for example {@code CT000012},
     *            {@code SEG00002 line 10000}, {@code entry 17})
     */
    record Use(Reference reference, long count, List<String> examples) {

        /**
         * @return in the user's language, for example {@code 12 contacts (Salesperson Code: CT000001, CT000002,
         *         CT000003, ...)}, {@code 12 Kontakte (Verkäufercode: ...)} in German
         */
        @Override
        public String toString() {
            return org.segmenta.core.internal.ReferenceTexts.use(reference, count, examples);
        }
    }

    /**
     * @param reference where to look
     * @param key the key, exactly as stored (codes are upper case)
     * @param examples how many referring rows to name at most, 0 or more
     * @return the use, or null when nothing refers to the key there
     */
    Use uses(Reference reference, String key, int examples);

    /**
     * @param target the kind of key
     * @param key the key
     * @param examples how many referring rows to name per reference
     * @return every use of the key, one per reference that has some, in {@link Reference} order; empty when unused
     */
    default List<Use> usesOf(Reference.Target target, String key, int examples) {
        return Reference.to(target).stream().map(r -> uses(r, key, examples)).filter(u -> u != null).toList();
    }
}
