package org.segmenta.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Reference;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.rules.Captions;

/**
 * How a use of a key reads in the user's language, for the refusal to delete it ({@code InUseException}): what uses
 * it ({@link Reference#where()}, by its English words, in {@code Where_*} of {@link Messages}) and through which field
 * ({@link Reference#field()}, the model's caption in the user's language).
 */
public final class ReferenceTexts {

    private static final Map<String, String> WHERE = Map.of("campaigns", "campaigns", "contacts", "contacts",
            "interaction log entries", "interactionLogEntries", "interaction template languages",
            "interactionTemplateLanguages", "interaction templates", "interactionTemplates", "open segment lines",
            "openSegmentLines", "open segments", "openSegments", "persons", "persons", "salutation formulas",
            "salutationFormulas", "segment interaction languages", "segmentInteractionLanguages");

    private ReferenceTexts() {
    }

    /**
     * @param reference the reference
     * @param count how many rows use the key
     * @param examples keys of some of them
     * @return for example {@code 12 contacts (Salesperson Code: CT000001, CT000002, ...)}
     */
    public static String use(Reference reference, long count, List<String> examples) {
        return Formats.bind(Messages.Where_use, new Object[] { Formats.count(count), where(reference),
                field(reference), String.join(", ", examples) + (count > examples.size() ? ", ..." : "") });
    }

    private static String where(Reference reference) {
        String key = WHERE.get(reference.where());
        if (key == null) {
            return reference.where();
        }
        try {
            Object text = Messages.class.getField("Where_" + key).get(null);
            return text instanceof String s ? s : reference.where();
        } catch (ReflectiveOperationException e) {
            return reference.where();
        }
    }

    /** The field's caption in the user's language: the model attribute whose English caption it is. */
    private static String field(Reference reference) {
        String wanted = squash(reference.field());
        for (EClassifier c : SegmentaPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass e) {
                for (EAttribute a : e.getEAttributes()) {
                    if (squash(Captions.of(a.getName())).equals(wanted)) {
                        return Captions.shown(a.getName());
                    }
                }
            }
        }
        return reference.field();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
