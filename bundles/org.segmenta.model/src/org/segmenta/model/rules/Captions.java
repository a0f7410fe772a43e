package org.segmenta.model.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.segmenta.model.SegmentaPackage;

/**
 * Captions users see for model names, in the style of the reference design's field captions: {@code segmentNo}
 * becomes {@code Segment No.}, {@code email} becomes {@code E-Mail}, {@code countryRegionCode} becomes {@code Country/Region Code}, {@code SegmentHeader} becomes
 * {@code Segment Header}. {@link #of(String)} is that English caption (stable: names typed on the command line are
 * matched against it); {@link #shown(String)} and {@link #shownClass(String)} are the captions in the user's language
 * ({@code Kontaktnr.}, {@code Aktivitätenvorlage} in German), for messages people read.
 */
public final class Captions {

    private Captions() {
    }

    /**
     * @param name a camelCase or PascalCase feature or class name
     * @return the caption: words split at capitals, first letter upper case, a trailing {@code No} as {@code No.}
     */
    public static String of(String name) {
        if (name.equals("no")) {
            return "No.";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                b.append(' ').append(c);
            } else {
                b.append(c);
            }
        }
        String s = b.toString().replace("Email", "E-Mail").replace("Country Region", "Country/Region");
        return s.endsWith(" No") ? s + "." : s;
    }

    /**
     * @param feature a feature (attribute) name of the model, for example {@code companyNo}
     * @return its caption in the user's language ({@code -nl}, else the system's): {@code Company No.} in English,
     *         {@code Unternehmensnr.} in German; {@link #of(String)} for a name the translations do not list
     */
    public static String shown(String feature) {
        return text("field." + feature, feature);
    }

    /**
     * @param eClass a class name of the model, for example {@code InteractionTemplate}
     * @return its caption in the user's language: {@code Interaction Template} in English,
     *         {@code Aktivitätenvorlage} in German; {@link #of(String)} for a name the translations do not list
     */
    public static String shownClass(String eClass) {
        return text("class." + eClass, eClass);
    }

    /**
     * @param value an option value of the model (an EMF enumerator such as {@code SalutationType.FORMAL})
     * @return its name in the user's language where the translations list it ({@code TYPE.NAME}), else its literal
     */
    public static String shown(Enumerator value) {
        return text(value.getClass().getSimpleName() + "." + value.getName(), null, value.getLiteral());
    }

    /**
     * @param literal an option literal as typed in a filter, for example {@code Company}
     * @return its name in the user's language when it is a literal of one of the model's option types
     *         ({@code Unternehmen} in German), else the literal
     */
    public static String shownOption(String literal) {
        for (EClassifier c : SegmentaPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    if (l.getLiteral().equals(literal)) {
                        return shown(l.getInstance());
                    }
                }
            }
        }
        return literal;
    }

    /**
     * The names a typed option value may have: the literal and its name in every language Segmenta ships
     * ({@link #LANGUAGES}), whatever the user's language is, so that a filter typed in German ({@code Unternehmen})
     * means the same to an English colleague who runs it again.
     *
     * @param literal an option literal, for example {@code Company}
     * @return the literal and its translations (distinct; just the literal when it is none of the model's)
     */
    public static List<String> optionNames(String literal) {
        Set<String> names = new LinkedHashSet<>();
        names.add(literal);
        for (EClassifier c : SegmentaPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    if (l.getLiteral().equals(literal)) {
                        String key = e.getName() + "." + l.getName();
                        for (Locale language : LANGUAGES) {
                            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language,
                                    Captions.class.getClassLoader(), ResourceBundle.Control
                                            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                            if (texts.containsKey(key)) {
                                names.add(texts.getString(key));
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /** The languages of the captions files (English, German). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String BUNDLE = "org.segmenta.model.internal.captions";

    private static String text(String key, String name) {
        return text(key, name, null);
    }

    private static String text(String key, String name, String fallback) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(),
                    Captions.class.getClassLoader());
            if (texts.containsKey(key)) {
                return texts.getString(key);
            }
        } catch (MissingResourceException e) {
            // no captions file: the derived English caption
        }
        return fallback != null ? fallback : of(name);
    }
}
