package org.segmenta.core.store;

/**
 * A place in the data that refers to a key of another table: a contact's salesperson, a segment line's contact, an
 * interaction template's interaction group, ... What {@link ReferenceRepository#uses} counts before a key is
 * deleted, so that a delete of something still in use is refused with what uses it (the reference design's
 * {@code TableRelation} with its "You cannot delete ... because it is used" checks).
 * <p>
 * Each constant names the table that refers ({@link #where()}, in words, plural) and the field ({@link #field()}),
 * and the kind of key it refers to ({@link #target()}).
 */
public enum Reference {

    /** the persons of a company (Contact.Company No. of a person) */
    PERSON_COMPANY(Target.CONTACT, "persons", "Company No."),
    /** lines of open segments (Segment Line.Contact No.) */
    SEGMENT_LINE_CONTACT(Target.CONTACT, "open segment lines", "Contact No."),
    /** interaction log entries (Interaction Log Entry.Contact No.) */
    LOG_ENTRY_CONTACT(Target.CONTACT, "interaction log entries", "Contact No."),

    /** contacts' salesperson */
    CONTACT_SALESPERSON(Target.SALESPERSON, "contacts", "Salesperson Code"),
    /** campaigns' salesperson */
    CAMPAIGN_SALESPERSON(Target.SALESPERSON, "campaigns", "Salesperson Code"),
    /** segment headers' salesperson */
    SEGMENT_SALESPERSON(Target.SALESPERSON, "open segments", "Salesperson Code"),
    /** segment lines' salesperson */
    SEGMENT_LINE_SALESPERSON(Target.SALESPERSON, "open segment lines", "Salesperson Code"),
    /** interaction log entries' salesperson */
    LOG_ENTRY_SALESPERSON(Target.SALESPERSON, "interaction log entries", "Salesperson Code"),

    /** contacts' language */
    CONTACT_LANGUAGE(Target.LANGUAGE, "contacts", "Language Code"),
    /** salutation formulas' language */
    SALUTATION_FORMULA_LANGUAGE(Target.LANGUAGE, "salutation formulas", "Language Code"),
    /** interaction templates' language rows */
    TEMPLATE_LANGUAGE(Target.LANGUAGE, "interaction template languages", "Language Code"),
    /** interaction templates' default language */
    TEMPLATE_DEFAULT_LANGUAGE(Target.LANGUAGE, "interaction templates", "Language Code (Default)"),
    /** segment headers' default language */
    SEGMENT_DEFAULT_LANGUAGE(Target.LANGUAGE, "open segments", "Language Code (Default)"),
    /** segment headers' language rows */
    SEGMENT_LANGUAGE(Target.LANGUAGE, "segment interaction languages", "Language Code"),
    /** segment lines' language */
    SEGMENT_LINE_LANGUAGE(Target.LANGUAGE, "open segment lines", "Language Code"),
    /** interaction log entries' language */
    LOG_ENTRY_LANGUAGE(Target.LANGUAGE, "interaction log entries", "Interaction Language Code"),

    /** contacts' salutation */
    CONTACT_SALUTATION(Target.SALUTATION, "contacts", "Salutation Code"),
    /** contacts' mailing groups */
    CONTACT_MAILING_GROUP(Target.MAILING_GROUP, "contacts", "Mailing Group Code"),
    /** contacts' industry groups */
    CONTACT_INDUSTRY_GROUP(Target.INDUSTRY_GROUP, "contacts", "Industry Group Code"),
    /** contacts' job responsibilities */
    CONTACT_JOB_RESPONSIBILITY(Target.JOB_RESPONSIBILITY, "contacts", "Job Responsibility Code"),
    /** contacts' profile answers */
    CONTACT_PROFILE_ANSWER(Target.PROFILE_QUESTIONNAIRE, "contacts", "Profile Questionnaire Code"),

    /** interaction templates' group */
    TEMPLATE_INTERACTION_GROUP(Target.INTERACTION_GROUP, "interaction templates", "Interaction Group Code"),
    /** segment headers' interaction group */
    SEGMENT_INTERACTION_GROUP(Target.INTERACTION_GROUP, "open segments", "Interaction Group Code"),
    /** segment lines' interaction group */
    SEGMENT_LINE_INTERACTION_GROUP(Target.INTERACTION_GROUP, "open segment lines", "Interaction Group Code"),
    /** interaction log entries' group */
    LOG_ENTRY_INTERACTION_GROUP(Target.INTERACTION_GROUP, "interaction log entries", "Interaction Group Code"),

    /** segment headers' template */
    SEGMENT_TEMPLATE(Target.INTERACTION_TEMPLATE, "open segments", "Interaction Template Code"),
    /** segment lines' template */
    SEGMENT_LINE_TEMPLATE(Target.INTERACTION_TEMPLATE, "open segment lines", "Interaction Template Code"),
    /** interaction log entries' template */
    LOG_ENTRY_TEMPLATE(Target.INTERACTION_TEMPLATE, "interaction log entries", "Interaction Template Code"),

    /** interaction templates' campaign */
    TEMPLATE_CAMPAIGN(Target.CAMPAIGN, "interaction templates", "Campaign No."),
    /** segment headers' campaign */
    SEGMENT_CAMPAIGN(Target.CAMPAIGN, "open segments", "Campaign No."),
    /** segment lines' campaign */
    SEGMENT_LINE_CAMPAIGN(Target.CAMPAIGN, "open segment lines", "Campaign No."),
    /** interaction log entries' campaign */
    LOG_ENTRY_CAMPAIGN(Target.CAMPAIGN, "interaction log entries", "Campaign No."),

    /** interaction template language rows' Word template */
    TEMPLATE_LANGUAGE_WORD_TEMPLATE(Target.ATTACHMENT, "interaction template languages", "Word Template No."),
    /** interaction template language rows' attachment */
    TEMPLATE_LANGUAGE_ATTACHMENT(Target.ATTACHMENT, "interaction template languages", "Attachment No."),
    /** segment language rows' Word template */
    SEGMENT_LANGUAGE_WORD_TEMPLATE(Target.ATTACHMENT, "segment interaction languages", "Word Template No."),
    /** segment language rows' attachment */
    SEGMENT_LANGUAGE_ATTACHMENT(Target.ATTACHMENT, "segment interaction languages", "Attachment No."),
    /** segment headers' own Word document */
    SEGMENT_MODIFIED_WORD_TEMPLATE(Target.ATTACHMENT, "open segments", "Modified Word Template No."),
    /** segment lines' Word template */
    SEGMENT_LINE_WORD_TEMPLATE(Target.ATTACHMENT, "open segment lines", "Word Template No."),
    /** segment lines' attachment */
    SEGMENT_LINE_ATTACHMENT(Target.ATTACHMENT, "open segment lines", "Attachment No."),
    /** interaction log entries' Word template */
    LOG_ENTRY_WORD_TEMPLATE(Target.ATTACHMENT, "interaction log entries", "Word Template No."),
    /** interaction log entries' attachment */
    LOG_ENTRY_ATTACHMENT(Target.ATTACHMENT, "interaction log entries", "Attachment No.");

    /** The kinds of key that are referred to. */
    public enum Target {
        /** contacts, by No. */
        CONTACT,
        /** salespeople, by code */
        SALESPERSON,
        /** languages, by code */
        LANGUAGE,
        /** salutations, by code */
        SALUTATION,
        /** mailing groups, by code */
        MAILING_GROUP,
        /** industry groups, by code */
        INDUSTRY_GROUP,
        /** job responsibilities, by code */
        JOB_RESPONSIBILITY,
        /** profile questionnaires, by code */
        PROFILE_QUESTIONNAIRE,
        /** interaction groups, by code */
        INTERACTION_GROUP,
        /** interaction templates, by code */
        INTERACTION_TEMPLATE,
        /** campaigns, by No. */
        CAMPAIGN,
        /** stored documents, by attachment No. (the key as decimal text) */
        ATTACHMENT
    }

    private final Target target;
    private final String where;
    private final String field;

    Reference(Target target, String where, String field) {
        this.target = target;
        this.where = where;
        this.field = field;
    }

    /** @return the kind of key referred to */
    public Target target() {
        return target;
    }

    /** @return what refers, in words and plural, for example {@code open segment lines} */
    public String where() {
        return where;
    }

    /** @return the referring field's caption, for example {@code Salesperson Code} */
    public String field() {
        return field;
    }

    /**
     * @param target a kind of key
     * @return every reference to that kind, in declaration order
     */
    public static java.util.List<Reference> to(Target target) {
        return java.util.Arrays.stream(values()).filter(r -> r.target == target).toList();
    }
}
