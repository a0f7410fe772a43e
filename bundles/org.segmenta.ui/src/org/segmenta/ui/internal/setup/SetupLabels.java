package org.segmenta.ui.internal.setup;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.segmenta.core.setup.SetupTable;

/**
 * The set-up page's table and field captions in the user's language: from {@code messages.properties} of this package
 * ({@code table.NAME}, {@code field.NAME}; German in {@code messages_de.properties}), else the caption made from the
 * model's name (a plug-in's table, a new field).
 */
final class SetupLabels {

    private static final ResourceBundle LABELS = load();

    private SetupLabels() {
    }

    private static ResourceBundle load() {
        try {
            return ResourceBundle.getBundle("org.segmenta.ui.internal.setup.messages", Locale.getDefault(),
                    SetupLabels.class.getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** @param table a set-up table @return its caption in the user's language */
    static String table(SetupTable<?> table) {
        String key = "table." + table.name();
        return LABELS != null && LABELS.containsKey(key) ? LABELS.getString(key) : table.caption();
    }

    /**
     * @param table a set-up table
     * @return its caption inside a sentence: lower case in English ("a new salesperson"), as it is in German, whose
     *         nouns keep their capital ("ein neuer Verkäufer")
     */
    static String tableInText(SetupTable<?> table) {
        String caption = table(table);
        return Locale.getDefault().getLanguage().equals("de") ? caption : caption.toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a field's or a reference's name, for example {@code languageCodeDefault}
     * @param fallback the caption made from the name
     * @return its caption in the user's language
     */
    static String field(String name, String fallback) {
        String key = "field." + name;
        return LABELS != null && LABELS.containsKey(key) ? LABELS.getString(key) : fallback;
    }
}
