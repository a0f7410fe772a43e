package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.Campaign;
import org.segmenta.model.IndustryGroup;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.JobResponsibility;
import org.segmenta.model.Language;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SavedSegmentCriteria;

/**
 * The repositories of one unit of work ({@link Work}). Every repository works in the unit's transaction.
 * A session belongs to the thread that runs the work and ends with it.
 */
@ProviderType
public interface StoreSession {

    /** @return true in a {@link Store#write(Work)} unit, false in a read-only one */
    boolean writable();

    /**
     * Announces a change this unit makes, for every view of the data: after the outermost unit commits, the store
     * counts the topic's change stamp up ({@link Store#changeStamps()}) and posts an OSGi Event Admin event on the
     * topic with the data ({@link org.segmenta.core.SegmentaEvents#event}), once per topic and data; after a rollback
     * nothing is announced. Services call it; faces never need to.
     *
     * @param topic a topic of {@link org.segmenta.core.SegmentaEvents}
     * @param data what changed (a segment No., a contact No., ...), or null for many
     * @throws IllegalStateException in a read-only unit
     */
    void changed(String topic, Object data);

    /** @return contacts with their mailing groups, industry groups, job responsibilities and profile answers */
    ContactRepository contacts();

    /** @return salespeople, keyed by code */
    KeyedRepository<String, Salesperson> salespeople();

    /** @return salutations with their formulas, keyed by code */
    KeyedRepository<String, Salutation> salutations();

    /** @return languages, keyed by code */
    KeyedRepository<String, Language> languages();

    /** @return mailing groups, keyed by code */
    KeyedRepository<String, MailingGroup> mailingGroups();

    /** @return industry groups, keyed by code */
    KeyedRepository<String, IndustryGroup> industryGroups();

    /** @return job responsibilities, keyed by code */
    KeyedRepository<String, JobResponsibility> jobResponsibilities();

    /** @return interaction groups, keyed by code */
    KeyedRepository<String, InteractionGroup> interactionGroups();

    /** @return profile questionnaires with their questions and answers, keyed by code */
    KeyedRepository<String, ProfileQuestionnaire> questionnaires();

    /** @return campaigns, keyed by No. */
    KeyedRepository<String, Campaign> campaigns();

    /** @return interaction templates with their language rows, keyed by code */
    KeyedRepository<String, InteractionTemplate> interactionTemplates();

    /** @return stored documents: metadata and streamed content */
    AttachmentRepository attachments();

    /** @return segment headers with their interaction languages and criteria lines, keyed by No. */
    SegmentRepository segments();

    /** @return the lines of segments, kept apart from the headers (a segment may have 100,000s) */
    SegmentLineRepository segmentLines();

    /** @return the set-based steps on segment lines: Add, Reduce, Refine, undo and redo */
    SegmentSelectionRepository selection();

    /** @return the set-based changes of a segment's lines: header to line propagation, Word template, checks */
    LineOperations lineOperations();

    /** @return the set-based part of logging a segment */
    LogOperations logging();

    /** @return the history of segment steps (what each step inserted or deleted), for undo */
    SegmentHistoryRepository segmentHistory();

    /** @return saved segment criteria with their lines, keyed by code */
    KeyedRepository<String, SavedSegmentCriteria> savedCriteria();

    /** @return logged segments, keyed by entry No. */
    LoggedSegmentRepository loggedSegments();

    /** @return the interaction log, keyed by entry No. */
    InteractionLogRepository interactionLog();

    /** @return number series, keyed by code, and the numbers they hand out */
    NumberSeriesRepository numberSeries();

    /** @return where keys are used, for refusing deletes of what is still used */
    ReferenceRepository references();

    /** @return the outbox of delivery: what Log with Send queued, and where each delivery stands */
    OutboxRepository outbox();

    /**
     * A plug-in's own tables in this unit of work (see {@link StoreExtension}).
     *
     * @param extensionId the {@link StoreExtension#id()} of a registered extension
     * @return access to its tables, in this unit's transaction
     * @throws StoreException when no extension with that id is registered, or its migrations failed (the message says
     *             which)
     */
    ExtensionData extension(String extensionId);
}
