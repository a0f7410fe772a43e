package org.segmenta.ui.internal.setup;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.ModelFields;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.model.rules.Captions;

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

    /**
     * @param row a set-up row
     * @param a one of its fields
     * @return the cell's text: an option value in the user's language (empty for a blank literal), any other value
     *         as {@link ModelFields#text(EObject, EAttribute)} gives it
     */
    static String cell(EObject row, EAttribute a) {
        return row.eGet(a) instanceof Enumerator e ? option(e) : ModelFields.text(row, a);
    }

    /**
     * @param e an option type of the model
     * @return its values in the order of its literals, as a combo or cell editor lists them (by index)
     */
    static String[] options(EEnum e) {
        return e.getELiterals().stream().map(l -> option(l.getInstance())).toArray(String[]::new);
    }

    private static String option(Enumerator e) {
        return e.getLiteral().isBlank() ? "" : Captions.shown(e);
    }
}
