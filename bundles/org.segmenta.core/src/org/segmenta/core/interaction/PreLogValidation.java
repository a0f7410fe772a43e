package org.segmenta.core.interaction;

import org.segmenta.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.core.interaction.LogProblem.Severity;
import org.segmenta.core.delivery.CorrespondenceChannel;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;

/**
 * Every problem Log would meet, found at once for the whole segment, with its severity. Source: Business Central
 * codeunit SegManagement {@code LogSegment} and {@code CheckSegmentLine} (§1.10 of the domain reference), which stop
 * at the first error; this one reports them all, and also what Log would silently change (D6).
 */
public final class PreLogValidation {

    /** Finds the records lines refer to; each method returns {@code null} for an unknown key. */
    public interface Lookup {
        /** @param no a contact No. @return the contact or null */
        Contact contact(String no);

        /** @param code an interaction template code @return the template or null */
        InteractionTemplate template(String code);

        /** @param code a salesperson code @return the salesperson or null */
        Salesperson salesperson(String code);

        /** @param no a campaign No. @return the campaign or null */
        Campaign campaign(String no);

        /**
         * @param type a correspondence type
         * @return the plug-in channel that delivers it ({@link CorrespondenceChannel}), or null (Segmenta's own rules)
         */
        default CorrespondenceChannel channel(CorrespondenceType type) {
            return null;
        }
    }

    private PreLogValidation() {
    }

    /**
     * Validates a segment before Log.
     *
     * @param header the segment header
     * @param lines its lines in line-number order (may be a streamed page source; read once)
     * @param lookup finds contacts, templates, salespeople and campaigns
     * @param sendAttachments whether Log will deliver the documents (the Log dialog's Send option)
     * @return the findings: header findings first, then per line in line order; empty when Log can run cleanly
     */
    public static List<LogProblem> validate(SegmentHeader header, Iterable<SegmentLine> lines, Lookup lookup,
            boolean sendAttachments) {
        return validate(header, lines, -1, lookup, sendAttachments);
    }

    /**
     * Validates a segment before Log, given only the lines that may have a finding (the store finds those set-based:
     * {@link org.segmenta.core.store.LogOperations#linesToCheck}); a line left out must have none.
     *
     * @param header the segment header
     * @param lines the lines to check, in line-number order; every line of a contact that is on several lines among them
     * @param lineCount how many lines the segment has, or -1 when {@code lines} are all of them
     * @param lookup finds contacts, templates, salespeople and campaigns
     * @param sendAttachments whether Log will deliver the documents
     * @return the findings, as {@link #validate(SegmentHeader, Iterable, Lookup, boolean)} gives them
     */
    public static List<LogProblem> validate(SegmentHeader header, Iterable<SegmentLine> lines, long lineCount,
            Lookup lookup, boolean sendAttachments) {
        List<LogProblem> problems = new ArrayList<>();
        if (blank(header.getDescription())) {
            problems.add(new LogProblem(Severity.ERROR, null, null, "Description",
                    NLS.bind(Messages.PreLogValidation_segmentHasNoDescriptionEnter, header.getNo()), Cause.NO_DESCRIPTION, null));
        }
        Map<String, Integer> firstLineOfContact = new HashMap<>();
        int count = 0;
        for (SegmentLine line : lines) {
            count++;
            checkLine(header, line, lookup, sendAttachments, problems, firstLineOfContact);
        }
        if (lineCount >= 0 ? lineCount == 0 : count == 0) {
            problems.add(new LogProblem(Severity.ERROR, null, null, null,
                    NLS.bind(Messages.PreLogValidation_segmentIsEmptyAddContacts, header.getNo()), Cause.EMPTY_SEGMENT, null));
        }
        return problems;
    }

    private static void checkLine(SegmentHeader header, SegmentLine line, Lookup lookup, boolean send,
            List<LogProblem> out, Map<String, Integer> firstLineOfContact) {
        int lineNo = line.getLineNo();
        String contactNo = line.getContactNo();
        Contact contact = blank(contactNo) ? null : lookup.contact(contactNo);
        if (contact == null) {
            out.add(error(line, blank(contactNo) ? Cause.NO_CONTACT : Cause.CONTACT_MISSING, null, "Contact No.", blank(contactNo) ? NLS.bind(Messages.PreLogValidation_lineHasNoContactChoose, lineNo)
                    : NLS.bind(Messages.PreLogValidation_lineContactDoesNotExist, lineNo, contactNo)));
        }
        if (line.getDate() == null) {
            out.add(error(line, Cause.NO_DATE, null, "Date", NLS.bind(Messages.PreLogValidation_lineHasNoDateSet, lineNo)));
        }
        if (blank(line.getSalespersonCode())) {
            out.add(error(line, Cause.NO_SALESPERSON, null, "Salesperson Code", NLS.bind(Messages.PreLogValidation_lineHasNoSalespersonSet, lineNo, contactNo)));
        } else {
            Salesperson sp = lookup.salesperson(line.getSalespersonCode());
            if (sp == null) {
                out.add(error(line, Cause.SALESPERSON_MISSING, line.getSalespersonCode(), "Salesperson Code", NLS.bind(Messages.PreLogValidation_lineSalespersonDoesNotExist, lineNo, line.getSalespersonCode())));
            } else if (sp.isBlocked()) {
                out.add(error(line, Cause.SALESPERSON_BLOCKED, sp.getCode(), "Salesperson Code", NLS.bind(Messages.PreLogValidation_lineSalespersonIsBlockedChoose, lineNo, sp.getCode())));
            }
        }
        InteractionTemplate template = null;
        if (blank(line.getInteractionTemplateCode())) {
            out.add(error(line, Cause.NO_TEMPLATE, null, "Interaction Template Code", NLS.bind(Messages.PreLogValidation_lineHasNoInteractionTemplate, lineNo, contactNo)));
        } else {
            template = lookup.template(line.getInteractionTemplateCode());
            if (template == null) {
                out.add(error(line, Cause.TEMPLATE_MISSING, line.getInteractionTemplateCode(), "Interaction Template Code", NLS.bind(Messages.PreLogValidation_lineInteractionTemplateDoesNot, lineNo, line.getInteractionTemplateCode())));
            }
        }
        if (!blank(line.getCampaignNo()) && lookup.campaign(line.getCampaignNo()) == null) {
            out.add(error(line, Cause.CAMPAIGN_MISSING, line.getCampaignNo(), "Campaign No.",
                    NLS.bind(Messages.PreLogValidation_lineCampaignDoesNotExist, lineNo, line.getCampaignNo())));
        }
        if (contact == null) {
            return;
        }
        CorrespondenceType type = line.getCorrespondenceType();
        CorrespondenceChannel channel = type == CorrespondenceType.NONE ? null : lookup.channel(type);
        if (channel != null) {
            // a plug-in delivers this type: its own check of the contact (a mobile phone No., an account, ...)
            java.util.Optional<String> problem = channel.problem(contact);
            if (problem.isPresent()) {
                out.add(send ? error(line, Cause.CHANNEL, channel.label(), "Correspondence Type", NLS.bind(Messages.PreLogValidation_line, lineNo, contactNo, channel.label(), problem.get()))
                        : warning(line, Cause.CHANNEL, channel.label(), "Correspondence Type", NLS.bind(Messages.PreLogValidation_line, lineNo, contactNo, channel.label(), problem.get())));
            }
        } else if (send && type == CorrespondenceType.FAX) {
            // Business Central 23 obsoleted Fax: "Fax is not supported anymore." (§1.14); Segmenta cannot deliver it
            out.add(error(line, Cause.FAX_NOT_SENT, null, "Correspondence Type", NLS.bind(Messages.PreLogValidation_lineCorrespondenceTypeFaxCannot, lineNo, contactNo)));
        } else if ((type == CorrespondenceType.EMAIL && blank(contact.getEmail()))
                || (type == CorrespondenceType.FAX && blank(contact.getFaxNo()))) {
            String what = type == CorrespondenceType.EMAIL ? Messages.PreLogValidation_eMailAddress : Messages.PreLogValidation_faxNumber;
            if (send) {
                out.add(error(line, Cause.NO_ADDRESS_TO_SEND, what, "Correspondence Type", NLS.bind(Messages.PreLogValidation_lineContactHasNoTo, lineNo, contactNo, contact.getName(), what)));
            } else {
                out.add(warning(line, Cause.NO_ADDRESS, what, "Correspondence Type", NLS.bind(Messages.PreLogValidation_lineContactHasNoLog, lineNo, contactNo, what)));
            }
        }
        if (send && type != CorrespondenceType.NONE && (channel == null || channel.needsDocument())
                && !LineDefaults.hasDocument(header, line)) {
            String language = blank(line.getLanguageCode()) ? Messages.PreLogValidation_theDefaultLanguage : NLS.bind(Messages.PreLogValidation_language, line.getLanguageCode());
            out.add(error(line, Cause.NO_DOCUMENT, line.getInteractionTemplateCode(), "Attachment", NLS.bind(Messages.PreLogValidation_lineHasNoDocumentFor, lineNo, contactNo, language, line.getInteractionTemplateCode())));
        }
        if (contact.isPrivacyBlocked()) {
            out.add(warning(line, Cause.PRIVACY_BLOCKED, null, "Contact No.", NLS.bind(Messages.PreLogValidation_lineContactIsPrivacyBlocked, lineNo, contactNo)));
        } else if (contact.isExcludeFromSegment()) {
            out.add(warning(line, Cause.EXCLUDED, null, "Contact No.", NLS.bind(Messages.PreLogValidation_lineContactIsMarkedExclude, lineNo, contactNo)));
        }
        Integer first = firstLineOfContact.putIfAbsent(contactNo, lineNo);
        if (first != null) {
            out.add(warning(line, Cause.CONTACT_TWICE, null, "Contact No.", NLS.bind(Messages.PreLogValidation_lineContactIsAlsoOn, lineNo, contactNo, first)));
        }
    }

    private static LogProblem error(SegmentLine line, Cause cause, String detail, String field, String message) {
        return new LogProblem(Severity.ERROR, line.getLineNo(), line.getContactNo(), field, message, cause, detail);
    }

    private static LogProblem warning(SegmentLine line, Cause cause, String detail, String field, String message) {
        return new LogProblem(Severity.WARNING, line.getLineNo(), line.getContactNo(), field, message, cause, detail);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
