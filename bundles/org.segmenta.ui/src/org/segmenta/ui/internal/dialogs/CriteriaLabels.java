package org.segmenta.ui.internal.dialogs;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;

/**
 * The labels the Add/Reduce/Refine dialog shows for criteria sources and fields, in the user's language: from
 * {@code messages.properties} of this package ({@code source.ID}, {@code field.NAME}; German in
 * {@code messages_de.properties}), else the criteria service's own label (a plug-in's source, a new field).
 */
final class CriteriaLabels {

    private static final ResourceBundle LABELS = load();

    private CriteriaLabels() {
    }

    private static ResourceBundle load() {
        try {
            return ResourceBundle.getBundle("org.segmenta.ui.internal.dialogs.messages", Locale.getDefault(),
                    CriteriaLabels.class.getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String get(String key, String fallback) {
        return LABELS != null && LABELS.containsKey(key) ? LABELS.getString(key) : fallback;
    }

    /** @param source a criteria source @return its label in the user's language */
    static String of(CriteriaSource source) {
        return get("source." + source.id(), source.label());
    }

    /** @param field a criteria field @return its label in the user's language */
    static String of(CriteriaField field) {
        return get("field." + field.id(), field.label());
    }
}
