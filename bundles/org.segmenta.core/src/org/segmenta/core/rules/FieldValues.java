package org.segmenta.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.model.rules.Captions;

/**
 * Turns a field value typed as text (in a form of the window, as {@code FIELD=VALUE} on the command line) into the
 * value of the model attribute, with one error message per mistake that names the field and says how to write it.
 * The faces parse with this class so that they accept and refuse exactly the same input.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * Finds an attribute of a class by the name a user typed: the model's attribute name ({@code salespersonCode}),
     * case-insensitively, or its caption ({@code Salesperson Code}).
     *
     * @param eClass the class, for example {@code SegmentaPackage.Literals.SEGMENT_HEADER}
     * @param name the name as typed
     * @return the attribute
     * @throws IllegalArgumentException when the class has no such attribute; the message lists the names it has
     */
    public static EAttribute attribute(EClass eClass, String name) {
        String wanted = name == null ? "" : name.strip();
        for (EAttribute a : eClass.getEAllAttributes()) {
            if (a.getName().equalsIgnoreCase(wanted) || Captions.of(a.getName()).equalsIgnoreCase(wanted)) {
                return a;
            }
        }
        throw new IllegalArgumentException(Captions.of(eClass.getName()) + " has no field '" + wanted + "'; its fields are "
                + eClass.getEAllAttributes().stream().filter(EStructuralFeature::isChangeable).map(EAttribute::getName)
                        .collect(Collectors.joining(", "))
                + ".");
    }

    /**
     * Parses a typed value for an attribute. Blank text is the attribute's empty value: {@code null} for text, codes,
     * dates and Nos., 0 for numbers, {@code false} for yes/no fields and the blank literal of an option. Codes are
     * normalised ({@link Codes}). Dates are {@code yyyy-mm-dd}, times {@code hh:mm}, amounts use a dot for decimals,
     * yes/no fields take {@code true/false/yes/no/1/0}, options take their caption or name in any case ({@code Hard
     * Copy}, {@code HARD_COPY}, {@code hard copy}).
     *
     * @param attribute the attribute
     * @param text the value as typed, may be {@code null}
     * @return the value, of the attribute's Java type
     * @throws IllegalArgumentException when the text is not a value of the attribute's type; the message names the
     *             field, quotes the text and says how to write it
     */
    public static Object parse(EAttribute attribute, String text) {
        String t = text == null ? "" : text.strip();
        String field = Captions.of(attribute.getName());
        if (attribute.getEAttributeType() instanceof EEnum e) {
            return literal(e, field, t);
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return Codes.isCode(attribute) ? Codes.normalise(t) : t.isEmpty() ? null : t;
        }
        if (type == LocalDate.class) {
            try {
                return t.isEmpty() ? null : LocalDate.parse(t);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(field + ": '" + t + "' is not a date; write it as yyyy-mm-dd, for example 2026-12-31.");
            }
        }
        if (type == LocalTime.class) {
            try {
                return t.isEmpty() ? null : LocalTime.parse(t);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(field + ": '" + t + "' is not a time; write it as hh:mm, for example 14:30.");
            }
        }
        if (type == BigDecimal.class) {
            try {
                return t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t.replace(",", ""));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(field + ": '" + t + "' is not an amount; write it with a dot for decimals, for example 2.50.");
            }
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            try {
                if (t.isEmpty()) {
                    return type == Integer.class || type == Long.class ? null : type == int.class ? (Object) 0 : (Object) 0L;
                }
                return type == int.class || type == Integer.class ? (Object) Integer.parseInt(t) : (Object) Long.parseLong(t);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(field + ": '" + t + "' is not a whole number.");
            }
        }
        if (type == boolean.class || type == Boolean.class) {
            return switch (t.toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "0", "n" -> Boolean.FALSE;
            case "true", "yes", "1", "y" -> Boolean.TRUE;
            default -> throw new IllegalArgumentException(field + ": '" + t + "' is not yes or no; write true or false.");
            };
        }
        throw new IllegalArgumentException(field + " cannot be set from text.");
    }

    private static Enumerator literal(EEnum e, String field, String t) {
        if (t.isEmpty()) {
            return e.getELiterals().get(0).getInstance();
        }
        for (EEnumLiteral l : e.getELiterals()) {
            if (l.getLiteral().equalsIgnoreCase(t) || l.getName().equalsIgnoreCase(t.replace(' ', '_'))) {
                return l.getInstance();
            }
        }
        throw new IllegalArgumentException(field + ": '" + t + "' is not one of "
                + e.getELiterals().stream().map(EEnumLiteral::getLiteral)
                        .collect(Collectors.joining(", "))
                + "; choose one of them.");
    }
}
