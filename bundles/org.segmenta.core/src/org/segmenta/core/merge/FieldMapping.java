package org.segmenta.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the merge fields of one main document map to Segmenta's merge data. Field names compare without regard
 * to case, as Word does. A mapping is proposed by {@link MergeService#inspect}, may be edited by the user and
 * is saved with the template (as {@link #asMap()}).
 *
 * @param entries one entry per distinct merge field name, in document order
 */
public record FieldMapping(List<Entry> entries) {

    /** Why a field maps as it does. */
    public enum Reason {
        /** The field name is a key's name or caption. */
        EXACT,
        /** The field name is a known synonym of a key (another language, another spelling). */
        SYNONYM,
        /** The document's ODSO field map (Word's Match Fields) names a column that maps to a key. */
        ODSO,
        /** The user chose the key. */
        USER,
        /** Nothing matched: the field merges as empty unless the user maps it. */
        UNMAPPED
    }

    /**
     * One merge field.
     *
     * @param fieldName the name as written in the document (without quotes)
     * @param key       the key it takes its value from; {@code null} when unmapped or mapped to a plug-in's field
     * @param reason    why; {@link Reason#UNMAPPED} exactly when both {@code key} and {@code pluginField} are
     *                  {@code null}
     * @param detail    a short explanation for the user, e.g. {@code "synonym of First Name"}; never {@code null}
     * @param pluginField the name of the plug-in field ({@link MergeFieldProvider.Field#name()}) it takes its value
     *                  from; {@code null} when it maps to a key or to nothing
     */
    public record Entry(String fieldName, MergeKey key, Reason reason, String detail, String pluginField) {
        /** Checks that the reason agrees with the key. */
        public Entry {
            Objects.requireNonNull(fieldName, "fieldName");
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
            if (key != null && pluginField != null) {
                throw new IllegalArgumentException("field " + fieldName + ": both key " + key + " and plug-in field "
                        + pluginField);
            }
            if ((key == null && pluginField == null) != (reason == Reason.UNMAPPED)) {
                throw new IllegalArgumentException("field " + fieldName + ": reason " + reason + " with key " + key);
            }
        }

        /**
         * An entry that maps to one of Segmenta's keys (or to nothing).
         *
         * @param fieldName the name as written in the document
         * @param key       the key, or {@code null}
         * @param reason    why
         * @param detail    a short explanation
         */
        public Entry(String fieldName, MergeKey key, Reason reason, String detail) {
            this(fieldName, key, reason, detail, null);
        }

        /** @return whether the field takes a value from anything (a key or a plug-in's field) */
        public boolean mapped() {
            return key != null || pluginField != null;
        }

        /** @return what the field takes its value from, as users see it: a key's caption, a plug-in field's name, or "" */
        public String target() {
            return key != null ? key.caption() : pluginField != null ? pluginField : "";
        }
    }

    /** What {@link #toText()} writes before a plug-in field's name, to tell it from a {@link MergeKey} name. */
    public static final String PLUGIN_PREFIX = "+";

    /** Makes an unmodifiable copy; a later entry for the same name (any case) replaces the earlier one. */
    public FieldMapping {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.put(e.fieldName().toLowerCase(Locale.ROOT), e);
        }
        entries = List.copyOf(byName.values());
    }

    /**
     * @param fieldName a merge field name, any case
     * @return its entry, if the mapping has one
     */
    public Optional<Entry> entry(String fieldName) {
        String n = fieldName.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.fieldName().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    /**
     * @param fieldName a merge field name, any case
     * @return the key it maps to, empty when unmapped or unknown
     */
    public Optional<MergeKey> keyOf(String fieldName) {
        return entry(fieldName).map(Entry::key);
    }

    /** @return the entries that map to nothing */
    public List<Entry> unmapped() {
        return entries.stream().filter(e -> !e.mapped()).toList();
    }

    /**
     * @param fieldName a merge field name
     * @param pluginField the plug-in field the user chose ({@link MergeFieldProvider.Field#name()})
     * @return a copy of this mapping with that field mapped by the user to the plug-in field
     */
    public FieldMapping withPluginField(String fieldName, String pluginField) {
        List<Entry> l = new ArrayList<>(entries);
        l.add(new Entry(fieldName, null, Reason.USER, "chosen by the user", Objects.requireNonNull(pluginField)));
        return new FieldMapping(l);
    }

    /**
     * @param fieldName a merge field name
     * @param key       the key the user chose; {@code null} to leave the field unmapped (merges empty)
     * @return a copy of this mapping with that field mapped by the user
     */
    public FieldMapping with(String fieldName, MergeKey key) {
        List<Entry> l = new ArrayList<>(entries);
        l.add(new Entry(fieldName, key, key == null ? Reason.UNMAPPED : Reason.USER, key == null ? "left blank by the user" : "chosen by the user"));
        return new FieldMapping(l);
    }

    /**
     * @return field name → key name, or {@link #PLUGIN_PREFIX} and a plug-in field's name ({@code null} for unmapped),
     *         in order; for saving with the template
     */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.fieldName(), stored(e)));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The mapping as text, to keep with the document ({@code Attachment.fieldMapping}): one line per field, the field
     * name, a tab, and the {@link MergeKey} name, or nothing after the tab when the field is left blank.
     *
     * @return the text; {@code ""} for a mapping without entries
     */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            String target = stored(e);
            b.append(e.fieldName().replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(target == null ? "" : target).append('\n');
        }
        return b.toString();
    }

    /**
     * Reads what {@link #toText()} wrote; every entry counts as chosen by the user. A key name this program does not
     * know (written by a newer version) leaves that field to the automatic matching instead of failing.
     *
     * @param text the text, or {@code null}
     * @return the mapping; empty for {@code null} or blank text
     */
    public static FieldMapping fromText(String text) {
        List<Entry> l = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String field = line.substring(0, tab);
                String key = line.substring(tab + 1).strip();
                if (key.isEmpty()) {
                    l.add(new Entry(field, null, Reason.UNMAPPED, "left blank by the user"));
                } else if (key.startsWith(PLUGIN_PREFIX) && key.length() > PLUGIN_PREFIX.length()) {
                    l.add(new Entry(field, null, Reason.USER, "chosen by the user", key.substring(PLUGIN_PREFIX.length())));
                } else {
                    try {
                        l.add(new Entry(field, MergeKey.valueOf(key), Reason.USER, "chosen by the user"));
                    } catch (IllegalArgumentException unknown) {
                        // a key of a newer version: matched automatically instead
                    }
                }
            }
        }
        return new FieldMapping(l);
    }

    /**
     * Rebuilds a saved mapping; every entry counts as chosen by the user.
     *
     * @param saved field name → {@link MergeKey} name or {@code null}, as {@link #asMap()} gave it
     * @return the mapping
     * @throws IllegalArgumentException when a key name is not a {@link MergeKey}
     */
    public static FieldMapping fromMap(Map<String, String> saved) {
        List<Entry> l = new ArrayList<>();
        saved.forEach((f, k) -> l.add(k == null ? new Entry(f, null, Reason.UNMAPPED, "left blank by the user")
                : k.startsWith(PLUGIN_PREFIX) ? new Entry(f, null, Reason.USER, "chosen by the user", k.substring(1))
                : new Entry(f, MergeKey.valueOf(k), Reason.USER, "chosen by the user")));
        return new FieldMapping(l);
    }

    private static String stored(Entry e) {
        return e.key() != null ? e.key().name() : e.pluginField() != null ? PLUGIN_PREFIX + e.pluginField() : null;
    }
}
