package org.segmenta.core.merge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ConsumerType;
import org.segmenta.core.store.StoreSession;

/**
 * Adds fields to the merge data of every contact: a plug-in's own values (for example a loyalty programme's points)
 * that a Word main document merges like Segmenta's own fields. A plug-in registers a service of this type, a DS
 * component ({@code @Component(service = MergeFieldProvider.class)}); from then on its {@link #fields()} appear in
 * the Merge wizard's Match Fields page and in {@code segmenta cli merge}'s field list, a document's MERGEFIELD of the
 * same name (ignoring case, spaces and underscores, as for Segmenta's own fields) or of one of its synonyms maps to
 * it, and each merged letter gets the value {@link #values} gives for its contact.
 * <p>
 * <b>Shapes.</b> Values are text, as Word merges them (format numbers and dates yourself, in the contact's
 * language if that matters); a contact without a value merges the field empty. The merge asks for the contacts of
 * a page of segment lines (up to about a thousand) at a time, so read them with one query.
 * <p>
 * <b>Errors.</b> An exception from {@link #values} fails the merge (or Log) that asked, with its message; nothing is
 * stored then. Return no value rather than throwing for a contact the plug-in knows nothing of.
 * <p>
 * <b>Threading.</b> {@link #fields()} is called on any thread and should return the same list each time.
 * {@link #values} runs on the merging thread (a Job in the window), inside a read unit of work of the store: read
 * your tables through {@code session.extension(yourId)}, and do not start another unit of work.
 */
@ConsumerType
public interface MergeFieldProvider {

    /**
     * A field a plug-in adds.
     *
     * @param name the field's name, unique among all plug-ins and unlike every {@link MergeKey}'s caption: what a
     *            Word document's MERGEFIELD names, for example {@code LoyaltyPoints}; letters, digits and
     *            underscores, starting with a letter
     * @param caption what users see, for example {@code Loyalty Points}
     * @param synonyms further names a document may use for it (other languages, other spellings); may be empty
     */
    record Field(String name, String caption, List<String> synonyms) {

        private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

        /** Checks the name; copies the synonyms. */
        public Field {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("A merge field name must be letters, digits and _, starting with a "
                        + "letter (at most 64): '" + name + "'.");
            }
            caption = caption == null || caption.isBlank() ? name : caption;
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }

        /** @param name the name, also the caption */
        public Field(String name) {
            this(name, name, List.of());
        }
    }

    /** @return the fields this plug-in adds, in the order Match Fields lists them */
    List<Field> fields();

    /**
     * The values of this plug-in's fields for some contacts.
     *
     * @param session the read unit of work the merge runs in
     * @param contactNos the contacts (distinct, at most about a thousand)
     * @return contact No. → field name → text; contacts and fields without a value may be left out
     */
    Map<String, Map<String, String>> values(StoreSession session, Collection<String> contactNos);

    /**
     * @param name a field name, any case
     * @return the same name in the form Segmenta compares names: lower case without spaces, underscores, dots or
     *         hyphens ({@code Loyalty_Points} and "loyalty points" are the same)
     */
    static String normalise(String name) {
        return Objects.requireNonNull(name).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_.\\-]", "");
    }
}
