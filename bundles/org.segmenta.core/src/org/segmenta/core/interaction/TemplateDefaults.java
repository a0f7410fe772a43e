package org.segmenta.core.interaction;

import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentaFactory;

/**
 * Copies an interaction template's defaults into a segment header when the header's template is chosen. Source:
 * Business Central table 5076 Segment Header, Interaction Template Code OnValidate (§1.3 of the domain reference).
 */
public final class TemplateDefaults {

    private TemplateDefaults() {
    }

    /**
     * Sets the header's template and copies its defaults: group, default language, unit cost and duration,
     * information flow, initiated by, campaign target and response, correspondence type, ignore-contact flag and the
     * campaign when the template has one; clears Subject (Default); rebuilds the header's language rows from the
     * template's (the rows refer to the same stored documents).
     *
     * @param header the segment header to change
     * @param template the chosen template, or {@code null} to clear the template and its rows
     */
    public static void apply(SegmentHeader header, InteractionTemplate template) {
        header.getLanguages().clear();
        header.setSubjectDefault(null);
        if (template == null) {
            header.setInteractionTemplateCode(null);
            header.setLanguageCodeDefault(null);
            return;
        }
        header.setInteractionTemplateCode(template.getCode());
        header.setInteractionGroupCode(template.getInteractionGroupCode());
        header.setLanguageCodeDefault(template.getLanguageCodeDefault());
        header.setUnitCost(template.getUnitCost());
        header.setUnitDuration(template.getUnitDuration());
        header.setInformationFlow(template.getInformationFlow());
        header.setInitiatedBy(template.getInitiatedBy());
        header.setCampaignTarget(template.isCampaignTarget());
        header.setCampaignResponse(template.isCampaignResponse());
        header.setCorrespondenceTypeDefault(template.getCorrespondenceType());
        header.setIgnoreContactCorrespondenceType(template.isIgnoreContactCorrespondenceType());
        if (template.getCampaignNo() != null && !template.getCampaignNo().isEmpty()) {
            header.setCampaignNo(template.getCampaignNo());
        }
        for (InteractionTemplateLanguage t : template.getLanguages()) {
            SegmentInteractionLanguage row = SegmentaFactory.eINSTANCE.createSegmentInteractionLanguage();
            row.setLanguageCode(t.getLanguageCode());
            row.setDescription(t.getDescription());
            row.setAttachmentNo(t.getAttachmentNo());
            row.setWordTemplateNo(t.getWordTemplateNo());
            header.getLanguages().add(row);
        }
    }
}
