package org.segmenta.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;
import org.segmenta.model.rules.Captions;

/**
 * Reads and sets a model object's fields by their attribute names, from and to text: what the command line's
 * {@code FIELD=VALUE} words and a generic form need. Only single-valued, changeable attributes are fields. Text is
 * converted by the attribute's type: an empty text clears a field (or sets 0 / false for numbers and flags);
 * numbers in plain decimal notation with a dot; flags {@code true/false/yes/no/1/0}; enumerations by literal or
 * name in any case ({@code "Hard Copy"}, {@code HARD_COPY}, {@code hard-copy}); dates as {@code 2026-12-24}. This
 * converts; the services apply the rules.
 */
public final class ModelFields {

    private ModelFields() {
    }

    /**
     * @param eClass a model class
     * @return its fields: single-valued, changeable attributes, in model order
     */
    public static List<EAttribute> fields(EClass eClass) {
        List<EAttribute> result = new ArrayList<>();
        for (EAttribute a : eClass.getEAllAttributes()) {
            if (!a.isMany() && a.isChangeable() && !a.isTransient() && !a.isDerived()) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * @param eClass a model class
     * @param name an attribute name in any case ({@code salespersonCode}, {@code SALESPERSONCODE}) or its caption
     *            ({@code Salesperson Code})
     * @return the field, or empty
     */
    public static Optional<EAttribute> field(EClass eClass, String name) {
        String n = squash(name);
        return fields(eClass).stream()
                .filter(a -> squash(a.getName()).equals(n) || squash(Captions.of(a.getName())).equals(n)).findFirst();
    }

    /**
     * @param eClass a model class
     * @param name a misspelt field name
     * @return the field name closest to it (edit distance), for a "did you mean" hint
     */
    public static String nearest(EClass eClass, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return fields(eClass).stream().map(EAttribute::getName)
                .min(Comparator.comparingInt(f -> distance(n, f.toLowerCase(Locale.ROOT)))).orElse("");
    }

    /**
     * Sets one field from text.
     *
     * @param object the object, changed in place
     * @param name the field's name (see {@link #field})
     * @param text the value as text
     * @throws IllegalArgumentException when there is no such field (the message names the nearest one and lists
     *             them all) or the text does not fit the field's type (the message says what would)
     */
    public static void set(EObject object, String name, String text) {
        EClass c = object.eClass();
        EAttribute a = field(c, name).orElseThrow(() -> new IllegalArgumentException(
                Formats.bind(Messages.Fields_noField, new Object[] { Captions.shownClass(c.getName()), name,
                        nearest(c, name), String.join(", ", fields(c).stream().map(EAttribute::getName).toList()) })));
        object.eSet(a, value(a, text));
    }

    /**
     * Converts text to a value of one field, as {@link #set} does, with codes normalised
     * ({@link org.segmenta.core.rules.Codes}): the one parser of typed field values for the window, the command line
     * and the services.
     *
     * @param attribute the field
     * @param text the value as text (blank: the field's empty value)
     * @return the value, of the attribute's Java type
     * @throws IllegalArgumentException when the text does not fit the field's type (the message says what would)
     */
    public static Object value(EAttribute attribute, String text) {
        return org.segmenta.core.rules.Codes.normalise(attribute,
                parse(attribute.getEContainingClass(), attribute, text));
    }

    /**
     * @param object an object
     * @param attribute one of its fields
     * @return the value as text: empty for null, literals for enumerations, plain decimals for numbers, dates in the
     *         user's locale ({@link Formats#date}: {@code 24.12.2026} in German), which {@link #value} reads back
     */
    public static String text(EObject object, EAttribute attribute) {
        Object v = object.eGet(attribute);
        if (v == null) {
            return "";
        }
        if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof LocalDate d) {
            return Formats.date(d);
        }
        return v.toString();
    }

    private static Object parse(EClass c, EAttribute a, String text) {
        String t = text == null ? "" : text.strip();
        EDataType type = a.getEAttributeType();
        Class<?> java = type.getInstanceClass();
        String where = Formats.bind(Messages.Fields_where, Captions.shownClass(c.getName()), a.getName(), t);
        if (type instanceof EEnum e) {
            if (t.isEmpty()) {
                return e.getDefaultValue();
            }
            String s = squash(t);
            for (EEnumLiteral l : e.getELiterals()) {
                if (squash(l.getLiteral()).equals(s) || squash(l.getName()).equals(s)) {
                    return l.getInstance();
                }
            }
            throw new IllegalArgumentException(Formats.bind(Messages.Fields_notOneOf, where,
                    String.join(", ", e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList())));
        }
        try {
            if (java == String.class) {
                return t.isEmpty() ? null : t;
            }
            if (java == boolean.class || java == Boolean.class) {
                return switch (t.toLowerCase(Locale.ROOT)) {
                case "", "false", "no", "0", "n" -> false;
                case "true", "yes", "1", "y" -> true;
                default -> throw new IllegalArgumentException(Formats.bind(Messages.Fields_notYesNo, where));
                };
            }
            if (java == int.class || java == Integer.class) {
                return t.isEmpty() ? (java == int.class ? 0 : null) : Integer.valueOf(t);
            }
            if (java == long.class || java == Long.class) {
                return t.isEmpty() ? (java == long.class ? 0L : null) : Long.valueOf(t);
            }
            if (java == BigDecimal.class) {
                return t.isEmpty() ? null : new BigDecimal(t);
            }
            if (java == LocalDate.class) {
                return t.isEmpty() ? null : Formats.parseDate(t);
            }
            return t.isEmpty() ? null : EcoreUtil.createFromString(type, t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.Fields_notANumber, where), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(java != null && java.getSimpleName().equals("LocalDate")
                    ? Formats.bind(Messages.Fields_notADate, where, type.getName(),
                            Formats.date(LocalDate.of(2026, 12, 24)))
                    : Formats.bind(Messages.Fields_notValid, where, type.getName()), e);
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int distance(String a, String b) {
        return org.segmenta.core.internal.EditDistance.between(a, b);
    }
}
