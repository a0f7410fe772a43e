package org.segmenta.core.interaction;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;

/**
 * How a segment line takes its values from the segment header and its contact, and which header fields reach
 * the lines. Source: Business Central table 5077 Segment Line ({@code InitLine}, Contact No. OnValidate) and table
 * 5076 Segment Header ({@code UpdateSegLinesByFieldNo}); §1.4–1.5 of the domain reference.
 */
public final class LineDefaults {

    /** Header field → the line field it propagates to (NAV {@code UpdateSegLinesByFieldNo}). */
    private static final Map<EAttribute, EAttribute> PROPAGATED = Map.ofEntries(
            Map.entry(Literals.SEGMENT_HEADER__DESCRIPTION, Literals.SEGMENT_LINE__DESCRIPTION),
            Map.entry(Literals.SEGMENT_HEADER__CAMPAIGN_NO, Literals.SEGMENT_LINE__CAMPAIGN_NO),
            Map.entry(Literals.SEGMENT_HEADER__SALESPERSON_CODE, Literals.SEGMENT_LINE__SALESPERSON_CODE),
            Map.entry(Literals.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT, Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE),
            Map.entry(Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, Literals.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE),
            Map.entry(Literals.SEGMENT_HEADER__UNIT_COST, Literals.SEGMENT_LINE__COST),
            Map.entry(Literals.SEGMENT_HEADER__UNIT_DURATION, Literals.SEGMENT_LINE__DURATION),
            Map.entry(Literals.SEGMENT_HEADER__DATE, Literals.SEGMENT_LINE__DATE),
            Map.entry(Literals.SEGMENT_HEADER__CAMPAIGN_TARGET, Literals.SEGMENT_LINE__CAMPAIGN_TARGET),
            Map.entry(Literals.SEGMENT_HEADER__INFORMATION_FLOW, Literals.SEGMENT_LINE__INFORMATION_FLOW),
            Map.entry(Literals.SEGMENT_HEADER__INITIATED_BY, Literals.SEGMENT_LINE__INITIATED_BY),
            Map.entry(Literals.SEGMENT_HEADER__CAMPAIGN_RESPONSE, Literals.SEGMENT_LINE__CAMPAIGN_RESPONSE),
            Map.entry(Literals.SEGMENT_HEADER__INTERACTION_GROUP_CODE, Literals.SEGMENT_LINE__INTERACTION_GROUP_CODE),
            Map.entry(Literals.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT,
                    Literals.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT));

    private LineDefaults() {
    }

    /**
     * @param headerField a segment header attribute
     * @return the line attribute a change of it propagates to, or empty when it does not propagate (for example
     *         Ignore Contact Corres. Type, which only affects new lines, and Subject (Default), which has its own rule)
     */
    public static Optional<EAttribute> lineField(EAttribute headerField) {
        return Optional.ofNullable(PROPAGATED.get(headerField));
    }

    /**
     * Whether a header change reaches a line: only lines whose interaction template is the header's (lines with a
     * template of their own keep their values).
     *
     * @param headerTemplateCode the header's interaction template code before the change (may be null)
     * @param line the line
     * @return {@code true} when the line follows the header
     */
    public static boolean followsHeader(String headerTemplateCode, SegmentLine line) {
        String own = line.getInteractionTemplateCode();
        return own == null || own.isEmpty() ? headerTemplateCode == null || headerTemplateCode.isEmpty()
                : own.equals(headerTemplateCode);
    }

    /**
     * Fills a new line from its header and contact (NAV {@code InitLine} + Contact No. OnValidate):
     * <ol>
     * <li>description, campaign, salesperson, template, group, cost (Unit Cost), duration (Unit Duration), date,
     * flow, initiated by, campaign flags and send-as-attachment from the header; evaluation cleared, not merged;</li>
     * <li>the contact's company; the salesperson is the contact's when the header has none;</li>
     * <li>the language is the contact's when the header has a language row for it, else the header's default;</li>
     * <li>the correspondence type: the header's when it ignores the contact's preference and is not blank; else the
     * template's when the template ignores the contact's preference or the contact has none; else the contact's;</li>
     * <li>subject, attachment and Word template from the header's row for that language (inherited).</li>
     * </ol>
     *
     * @param line the line to fill; its segment No., line No. and provenance are left as they are
     * @param header the segment header
     * @param contact the line's contact
     * @param template the header's interaction template, or {@code null} when the header has none
     */
    public static void initLine(SegmentLine line, SegmentHeader header, Contact contact, InteractionTemplate template) {
        line.setContactNo(contact.getNo());
        line.setContactCompanyNo(contact.getCompanyNo());
        line.setDescription(header.getDescription());
        line.setCampaignNo(header.getCampaignNo());
        String salesperson = header.getSalespersonCode();
        line.setSalespersonCode(salesperson == null || salesperson.isEmpty() ? contact.getSalespersonCode() : salesperson);
        line.setInteractionTemplateCode(header.getInteractionTemplateCode());
        line.setInteractionGroupCode(header.getInteractionGroupCode());
        line.setCost(header.getUnitCost());
        line.setDuration(header.getUnitDuration());
        line.setDate(header.getDate());
        line.setCampaignTarget(header.isCampaignTarget());
        line.setCampaignResponse(header.isCampaignResponse());
        line.setInformationFlow(header.getInformationFlow());
        line.setInitiatedBy(header.getInitiatedBy());
        line.setSendWordDocsAsAttachment(header.isSendWordDocsAsAttachment());
        line.setEvaluation(Evaluation.NONE);
        line.setMerged(false);
        line.setCorrespondenceType(correspondenceType(header, contact, template));

        SegmentInteractionLanguage row = languageRow(header, contact.getLanguageCode());
        line.setLanguageCode(row != null ? row.getLanguageCode() : header.getLanguageCodeDefault());
        line.setSubject(subject(header, row));
        line.setAttachmentNo(row != null ? row.getAttachmentNo() : null);
        line.setWordTemplateNo(row != null ? row.getWordTemplateNo() : null);
        line.setAttachmentInherited(row != null && row.getAttachmentNo() != null);
    }

    /**
     * The correspondence type a new line gets (NAV Segment Line, Contact No. OnValidate).
     *
     * @param header the header
     * @param contact the contact
     * @param template the header's template, or {@code null}
     * @return the resolved type; {@link CorrespondenceType#NONE} records without delivering
     */
    public static CorrespondenceType correspondenceType(SegmentHeader header, Contact contact,
            InteractionTemplate template) {
        CorrespondenceType headerType = header.getCorrespondenceTypeDefault();
        if (header.isIgnoreContactCorrespondenceType() && headerType != CorrespondenceType.NONE) {
            return headerType;
        }
        CorrespondenceType preferred = contact.getCorrespondenceType();
        if (template != null && (template.isIgnoreContactCorrespondenceType() || preferred == CorrespondenceType.NONE)) {
            return template.getCorrespondenceType();
        }
        if (preferred == CorrespondenceType.NONE) {
            return headerType;
        }
        return preferred;
    }

    /**
     * The subject a line in a language gets: the subject of the header's row for that language when it has one, else
     * the header's Subject (Default). The reference design takes the row's subject only (NAV table 5077, Language Code
     * OnValidate), so a row without a subject gave its lines none and their e-mails went out under the segment's
     * description; Segmenta falls back to the header's subject instead.
     *
     * @param header the segment header
     * @param row the header's row for the line's language, or {@code null} when it has none
     * @return the subject, or {@code null} when neither the row nor the header has one
     */
    public static String subject(SegmentHeader header, SegmentInteractionLanguage row) {
        String own = row == null ? null : row.getSubject();
        return own != null && !own.isBlank() ? own : header.getSubjectDefault();
    }

    /**
     * The header's language row for a language: the contact's language when the header has a row for it, else
     * the header's default language's row (NAV {@code FindLanguage}).
     *
     * @param header the header with its language rows
     * @param languageCode the contact's language, possibly empty
     * @return the row, or {@code null} when the header has no row for either
     */
    public static SegmentInteractionLanguage languageRow(SegmentHeader header, String languageCode) {
        SegmentInteractionLanguage fallback = null;
        for (SegmentInteractionLanguage row : header.getLanguages()) {
            String code = row.getLanguageCode() == null ? "" : row.getLanguageCode();
            if (languageCode != null && !languageCode.isEmpty() && code.equals(languageCode)) {
                return row;
            }
            if (code.equals(header.getLanguageCodeDefault() == null ? "" : header.getLanguageCodeDefault())) {
                fallback = row;
            }
        }
        return fallback;
    }

    /**
     * The Word template a line merges: its own, else the one of the header's row for the line's language (or the
     * default language's row), else the segment's modified Word template.
     *
     * @param header the header with its language rows
     * @param line the line
     * @return the Word template's attachment No., or null when the line has none
     */
    public static Long wordTemplate(SegmentHeader header, SegmentLine line) {
        if (line.getWordTemplateNo() != null) {
            return line.getWordTemplateNo();
        }
        SegmentInteractionLanguage row = languageRow(header, line.getLanguageCode());
        if (row != null && row.getWordTemplateNo() != null) {
            return row.getWordTemplateNo();
        }
        return header.getModifiedWordTemplateNo();
    }

    /**
     * @param header the header with its language rows
     * @return whether every line has a document to deliver from the header alone ({@link #hasDocument} is true for
     *         any line): a modified Word template, or a default-language row and a document on every row
     */
    public static boolean documentForEveryLanguage(SegmentHeader header) {
        if (header.getModifiedWordTemplateNo() != null) {
            return true;
        }
        String defaultCode = header.getLanguageCodeDefault() == null ? "" : header.getLanguageCodeDefault();
        boolean defaultRow = false;
        for (SegmentInteractionLanguage row : header.getLanguages()) {
            if (row.getWordTemplateNo() == null && row.getAttachmentNo() == null) {
                return false;
            }
            defaultRow |= defaultCode.equals(row.getLanguageCode() == null ? "" : row.getLanguageCode());
        }
        return defaultRow;
    }

    /**
     * @param header the header with its language rows
     * @param line the line
     * @return whether the line has a document to deliver: its own attachment, or a Word template or attachment from
     *         the header's row for its language
     */
    public static boolean hasDocument(SegmentHeader header, SegmentLine line) {
        if (line.getAttachmentNo() != null || wordTemplate(header, line) != null) {
            return true;
        }
        SegmentInteractionLanguage row = languageRow(header, line.getLanguageCode());
        return row != null && row.getAttachmentNo() != null;
    }
}
