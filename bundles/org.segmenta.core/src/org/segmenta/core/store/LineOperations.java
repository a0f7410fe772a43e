package org.segmenta.core.store;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;

/**
 * Set-based changes of the lines of one segment: each is one or a few UPDATE statements over the segment's lines,
 * never a loop over them, so that they cost about linearly more on 100,000 lines. The rules are the reference
 * design's header → line propagation (NAV table 5076 {@code UpdateSegLinesByFieldNo}, table 5077 {@code InitLine};
 * §1.4–1.5 of the domain reference); the interaction service decides which of them to run.
 * <p>
 * "The lines that follow the header" are the lines whose Interaction Template Code equals the header's (both blank
 * counts as equal); a line on another template keeps its values.
 */
@ProviderType
public interface LineOperations {

    /**
     * Gives the lines that follow the header the header's (new) template and its defaults, line by line as when the
     * line was added:
     * <ul>
     * <li>template, interaction group, cost (Unit Cost), duration (Unit Duration), information flow, initiated by,
     * campaign target and response from the header; the campaign when the header has one;</li>
     * <li>the line keeps its own salesperson; a line without one takes the header's, else its contact's;</li>
     * <li>the line keeps its own description; a line without one takes the header's;</li>
     * <li>the correspondence type is resolved again: the header's when it ignores the contact's and is not blank;
     * else the template's when the template ignores the contact's or the contact has none; else the contact's;</li>
     * <li>the language is resolved again: the contact's when the header has a language row for it, else the
     * header's default (a line keeps its language when the header has no default);</li>
     * <li>subject, attachment and Word template come from the header's row for that language (inherited), or none;
     * a personalised letter of the old template is dropped (the line is no longer merged).</li>
     * </ul>
     * A blank header value never blanks a line's own value. With {@code template == null} (the header's template
     * cleared) the following lines lose their template and keep everything else.
     *
     * @param header the header after the template was chosen, with its new language rows
     * @param template the chosen template, or {@code null}
     * @param previousTemplateCode the header's template before (the lines on it follow the header), or null
     * @return how many lines changed
     */
    int applyTemplate(SegmentHeader header, InteractionTemplate template, String previousTemplateCode);

    /**
     * Sets one field on the lines that follow the header, and nothing else on them.
     *
     * @param segmentNo the segment
     * @param headerTemplateCode the header's template; lines on another template keep their value
     * @param lineField the line attribute
     * @param value its value, of the attribute's type
     * @return how many lines changed
     */
    int propagate(String segmentNo, String headerTemplateCode, EAttribute lineField, Object value);

    /**
     * The Subject (Default) rule (NAV "You have modified %1. Do you want to update the corresponding segment
     * lines?"): the lines that follow the header, are in the header's default language and still have the old
     * subject get the new one.
     *
     * @param segmentNo the segment
     * @param headerTemplateCode the header's template
     * @param languageCode the header's default language, or null
     * @param oldSubject the subject before, or null
     * @param newSubject the new subject
     * @return how many lines changed
     */
    int propagateSubject(String segmentNo, String headerTemplateCode, String languageCode, String oldSubject,
            String newSubject);

    /**
     * Makes a stored Word document the Word template of every line of the segment that has no personalised letter
     * of its own; an inherited attachment of such a line is dropped (a line has a Word template or an attachment).
     *
     * @param segmentNo the segment
     * @param attachmentNo the stored document
     * @return how many lines changed
     */
    int useWordTemplate(String segmentNo, long attachmentNo);

    /** Two lines of one segment whose contacts are likely the same person. */
    record SamePerson(int lineNo, String contactNo, int otherLineNo, String otherContactNo, String reason) {
    }

    /**
     * Finds lines whose contacts are likely the same person (SuiteCRM #6420, Odoo PR 167746): two different contact
     * cards with the same e-mail address (ignoring case and surrounding blanks), or with the same name and the same
     * company name (ignoring case). One SQL grouping; each group of lines gives its first line paired with each
     * other line.
     *
     * @param segmentNo the segment
     * @param limit the most pairs to return
     * @return the pairs, by line No.
     */
    List<SamePerson> samePersons(String segmentNo, int limit);

    /**
     * A shown line with a personal note, and what decides which Word document prints it.
     *
     * @param lineNo the line No.
     * @param contactNo its contact
     * @param wordTemplateNo the line's own Word template (attachment No.), or null when it takes the header's
     * @param languageCode the line's language, or null
     * @param merged whether the line has a letter of its own (the note is not merged into it)
     */
    record NoteLine(int lineNo, String contactNo, Long wordTemplateNo, String languageCode, boolean merged) {
    }

    /**
     * The segment's lines that have a personal note, for the pre-Log check of whether their documents print it: one
     * SELECT over the segment's lines (a line without a note is never read), ordered by Word template, language and
     * line No., so that the lines of one document come together.
     *
     * @param segmentNo the segment
     * @return the lines with a note; empty when none has one
     */
    List<NoteLine> personalNotes(String segmentNo);

    /**
     * How many shown lines of a segment have each correspondence type: one grouping over the segment's lines (no
     * contact is read). What decides whether Log's Send Attachments can send anything (Business Central report 5185
     * Log Segment enables it only when a line has a non-blank correspondence type; §1.10 of the domain reference).
     *
     * @param segmentNo the segment
     * @return correspondence type &rarr; number of lines, only the types some line has; empty for a segment without
     *         lines
     */
    java.util.Map<org.segmenta.model.CorrespondenceType, Long> correspondenceTypes(String segmentNo);
}
