package org.segmenta.core.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.LineDefaults;
import org.segmenta.core.rules.CodeCheck;
import org.segmenta.core.rules.Codes;
import org.segmenta.core.ModelFields;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.model.rules.Captions;

/**
 * The rules of a change of one segment header field (NAV table 5076, §1.3 and §1.5 of the domain reference): which
 * fields may change, how a value is normalised and checked, and how it reaches the lines that follow the header.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    /**
     * @return the value to store: parsed when text was given for another type, codes normalised and checked
     * @throws IllegalArgumentException when the field cannot be changed, the value is not of its type, or (as
     *             {@link org.segmenta.core.rules.UnknownCodeException}) a code is not set up
     */
    static Object value(StoreSession s, SegmentHeader h, EAttribute field, Object raw) {
        if (field.getEContainingClass() != Literals.SEGMENT_HEADER || field.isMany() || !field.isChangeable()
                || field == Literals.SEGMENT_HEADER__NO) {
            throw new IllegalArgumentException(Formats.bind(Messages.Core_headerFieldFixed, field.getName(),
                    Literals.SEGMENT_HEADER.getEAllAttributes().stream()
                            .filter(a -> a != Literals.SEGMENT_HEADER__NO && !a.isMany()).map(EAttribute::getName)
                            .collect(Collectors.joining(", "))));
        }
        Class<?> type = field.getEAttributeType().getInstanceClass();
        Object parsed = raw instanceof String text && (type != String.class || Codes.isCode(field))
                ? ModelFields.value(field, text)
                : raw;
        Object value = parsed == null && type.isPrimitive() ? ModelFields.value(field, "") : parsed;
        CodeCheck.check(s, field, value);
        if (field == Literals.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT && value != null && !h.getLanguages().isEmpty()
                && h.getLanguages().stream().noneMatch(r -> value.equals(r.getLanguageCode()))) {
            throw new IllegalArgumentException(Formats.bind(Messages.Core_headerLanguageNoDocument, new Object[] {
                    Captions.shown(field.getName()), value, h.getInteractionTemplateCode(),
                    h.getLanguages().stream().map(SegmentInteractionLanguage::getLanguageCode)
                            .collect(Collectors.joining(", ")) }));
        }
        return value;
    }

    /**
     * The header's Subject (Default) is the subject of its row for the default language (NAV table 5076, Subject
     * (Default) OnValidate: the Segment Interaction Language of the Language Code (Default) takes it), so that lines
     * added later in that language take it too.
     *
     * @param h the header, changed in memory (saved with it)
     * @param subject the new Subject (Default), or {@code null}
     */
    static void subjectToDefaultLanguage(SegmentHeader h, String subject) {
        String defaultCode = h.getLanguageCodeDefault() == null ? "" : h.getLanguageCodeDefault();
        for (SegmentInteractionLanguage row : h.getLanguages()) {
            if (defaultCode.equals(row.getLanguageCode() == null ? "" : row.getLanguageCode())) {
                row.setSubject(subject);
            }
        }
    }

    /** Takes a changed header field to the lines that follow the header; a blank value changes no line. */
    static void propagate(StoreSession s, SegmentHeader h, EAttribute field, Object old, Object value) {
        if (blank(value)) {
            return;
        }
        if (field == Literals.SEGMENT_HEADER__SUBJECT_DEFAULT) {
            // the lines in the default language, and in every language whose row has no subject of its own
            // (they take the header's: LineDefaults.subject)
            Set<String> languages = new LinkedHashSet<>();
            languages.add(h.getLanguageCodeDefault() == null ? "" : h.getLanguageCodeDefault());
            for (SegmentInteractionLanguage row : h.getLanguages()) {
                if (row.getLanguageCode() != null && !row.getLanguageCode().isEmpty()
                        && (row.getSubject() == null || row.getSubject().isBlank())) {
                    languages.add(row.getLanguageCode());
                }
            }
            for (String language : languages) {
                s.lineOperations().propagateSubject(h.getNo(), h.getInteractionTemplateCode(), language,
                        (String) old, (String) value);
            }
            return;
        }
        Optional<EAttribute> lineField = LineDefaults.lineField(field);
        lineField.ifPresent(lf -> s.lineOperations().propagate(h.getNo(), h.getInteractionTemplateCode(), lf, value));
    }

    /** @return whether a value is blank: no value, blank text, or the blank option */
    static boolean blank(Object value) {
        return value == null || value instanceof String t && t.isBlank()
                || value instanceof Enumerator e && e.getValue() == 0;
    }
}
