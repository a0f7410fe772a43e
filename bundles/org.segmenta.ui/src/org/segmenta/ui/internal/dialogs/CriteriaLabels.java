package org.segmenta.ui.internal.dialogs;

import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;

/**
 * The labels the Add/Reduce/Refine dialog shows for criteria sources and fields: the criteria service's own labels,
 * which are in the user's language (the built-in sources' from the core's messages, their fields' the model's
 * captions, {@link org.segmenta.model.rules.Captions#shown(String)}), so the window and the command line name a field
 * alike ({@code Kontakt › Ort}); a plug-in's source brings its own.
 */
final class CriteriaLabels {

    private CriteriaLabels() {
    }

    /** @param source a criteria source @return its label in the user's language */
    static String of(CriteriaSource source) {
        return source.label();
    }

    /** @param field a criteria field @return its label in the user's language */
    static String of(CriteriaField field) {
        return field.label();
    }
}
