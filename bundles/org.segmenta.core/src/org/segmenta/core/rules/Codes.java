package org.segmenta.core.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * How codes are written: the one place where a code typed in the window, on the command line, in an import or by a
 * plug-in becomes the code that is stored and looked up. As in the reference design, a code (NAV type
 * {@code Code[n]}: No., Salesperson Code, Campaign No., Interaction Template Code, Language Code, saved criteria
 * Code, ...) is stored without surrounding blanks and in upper case, so {@code autumn} and {@code AUTUMN} are the
 * same code; a blank code is no code ({@code null}). Every service normalises the codes it is given with this class,
 * so the faces never need to.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * @param code a code as typed, may be {@code null}
     * @return the code stripped and in upper case ({@link Locale#ROOT}), or {@code null} when it is null or blank
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String t = code.strip();
        return t.isEmpty() ? null : t.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether an attribute holds a code: a string attribute named {@code no} or {@code code}, or whose name ends in
     * {@code Code}, {@code No} or {@code CodeDefault} (Salesperson Code, Campaign No., Contact No., Post Code, Language
     * Code (Default), ...), except telephone and fax numbers, which are text.
     *
     * @param attribute a model attribute
     * @return {@code true} when its values are codes
     */
    public static boolean isCode(EAttribute attribute) {
        if (attribute.getEAttributeType().getInstanceClass() != String.class) {
            return false;
        }
        String n = attribute.getName();
        if (n.endsWith("PhoneNo") || n.equals("phoneNo") || n.equals("faxNo")) {
            return false;
        }
        return n.equals("no") || n.equals("code") || n.endsWith("Code") || n.endsWith("No") || n.endsWith("CodeDefault");
    }

    /**
     * @param attribute a model attribute
     * @param value a value for it
     * @return the value normalised when the attribute holds codes, else the value as it is
     */
    public static Object normalise(EAttribute attribute, Object value) {
        return isCode(attribute) && (value == null || value instanceof String) ? normalise((String) value) : value;
    }

    /**
     * Normalises every code attribute of an object in place (not of the objects it contains).
     *
     * @param <T> the object's type
     * @param object a model object, for example a contact before it is saved
     * @return {@code object}
     */
    public static <T extends EObject> T normaliseAll(T object) {
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (isCode(a) && !a.isMany() && a.isChangeable() && object.eIsSet(a)) {
                String before = (String) object.eGet(a);
                String after = normalise(before);
                if (before != null && !before.equals(after)) {
                    object.eSet(a, after);
                }
            }
        }
        return object;
    }
}
