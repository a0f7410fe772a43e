package org.segmenta.core.setup;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.store.KeyedRepository;
import org.segmenta.core.store.Reference;
import org.segmenta.core.store.StoreSession;
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
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;

/**
 * One set-up table that {@link SetupService} keeps: its name on the command line, its caption, its model class
 * and key, and the kind of key other data refers to it by. The constants are the only instances; the type
 * parameter keeps every call typed ({@code setup.list(SetupTable.SALESPEOPLE)} is a {@code List<Salesperson>}).
 *
 * @param <T> the model class of the table's rows
 */
public final class SetupTable<T extends EObject> {

    /** Salespeople (NAV table 13 Salesperson/Purchaser), by code. */
    public static final SetupTable<Salesperson> SALESPEOPLE = new SetupTable<>("salesperson", "Salesperson",
            Salesperson.class, Literals.SALESPERSON, Literals.SALESPERSON__CODE, Reference.Target.SALESPERSON,
            StoreSession::salespeople);
    /** Languages (NAV table 8 Language), by code. */
    public static final SetupTable<Language> LANGUAGES = new SetupTable<>("language", "Language", Language.class,
            Literals.LANGUAGE, Literals.LANGUAGE__CODE, Reference.Target.LANGUAGE, StoreSession::languages);
    /** Salutations with their formulas per language (NAV tables 5068, 5069), by code. */
    public static final SetupTable<Salutation> SALUTATIONS = new SetupTable<>("salutation", "Salutation",
            Salutation.class, Literals.SALUTATION, Literals.SALUTATION__CODE, Reference.Target.SALUTATION,
            StoreSession::salutations);
    /** Mailing groups (NAV table 5055), by code. */
    public static final SetupTable<MailingGroup> MAILING_GROUPS = new SetupTable<>("mailing-group", "Mailing Group",
            MailingGroup.class, Literals.MAILING_GROUP, Literals.MAILING_GROUP__CODE, Reference.Target.MAILING_GROUP,
            StoreSession::mailingGroups);
    /** Industry groups (NAV table 5057), by code. */
    public static final SetupTable<IndustryGroup> INDUSTRY_GROUPS = new SetupTable<>("industry-group",
            "Industry Group", IndustryGroup.class, Literals.INDUSTRY_GROUP, Literals.INDUSTRY_GROUP__CODE,
            Reference.Target.INDUSTRY_GROUP, StoreSession::industryGroups);
    /** Job responsibilities (NAV table 5066), by code. */
    public static final SetupTable<JobResponsibility> JOB_RESPONSIBILITIES = new SetupTable<>("job-responsibility",
            "Job Responsibility", JobResponsibility.class, Literals.JOB_RESPONSIBILITY,
            Literals.JOB_RESPONSIBILITY__CODE, Reference.Target.JOB_RESPONSIBILITY, StoreSession::jobResponsibilities);
    /** Profile questionnaires with their questions and answers (NAV tables 5087, 5088), by code. */
    public static final SetupTable<ProfileQuestionnaire> QUESTIONNAIRES = new SetupTable<>("questionnaire",
            "Profile Questionnaire", ProfileQuestionnaire.class, Literals.PROFILE_QUESTIONNAIRE,
            Literals.PROFILE_QUESTIONNAIRE__CODE, Reference.Target.PROFILE_QUESTIONNAIRE, StoreSession::questionnaires);
    /** Interaction groups (NAV table 5062), by code. */
    public static final SetupTable<InteractionGroup> INTERACTION_GROUPS = new SetupTable<>("interaction-group",
            "Interaction Group", InteractionGroup.class, Literals.INTERACTION_GROUP, Literals.INTERACTION_GROUP__CODE,
            Reference.Target.INTERACTION_GROUP, StoreSession::interactionGroups);
    /** Interaction templates with their language rows and Word documents (NAV tables 5064, 5103), by code. */
    public static final SetupTable<InteractionTemplate> INTERACTION_TEMPLATES = new SetupTable<>(
            "interaction-template", "Interaction Template", InteractionTemplate.class, Literals.INTERACTION_TEMPLATE,
            Literals.INTERACTION_TEMPLATE__CODE, Reference.Target.INTERACTION_TEMPLATE,
            StoreSession::interactionTemplates);
    /** Campaigns (NAV table 5071), by No.; a blank No. takes the next of number series {@code CAMPAIGN}. */
    public static final SetupTable<Campaign> CAMPAIGNS = new SetupTable<>("campaign", "Campaign", Campaign.class,
            Literals.CAMPAIGN, Literals.CAMPAIGN__NO, Reference.Target.CAMPAIGN, StoreSession::campaigns);

    private static final List<SetupTable<?>> ALL = List.of(INTERACTION_TEMPLATES, INTERACTION_GROUPS, SALESPEOPLE,
            LANGUAGES, SALUTATIONS, MAILING_GROUPS, INDUSTRY_GROUPS, JOB_RESPONSIBILITIES, QUESTIONNAIRES, CAMPAIGNS);

    private final String name;
    private final String caption;
    private final Class<T> type;
    private final EClass eClass;
    private final EAttribute key;
    private final Reference.Target target;
    private final Function<StoreSession, KeyedRepository<String, T>> repository;

    private SetupTable(String name, String caption, Class<T> type, EClass eClass, EAttribute key,
            Reference.Target target, Function<StoreSession, KeyedRepository<String, T>> repository) {
        this.name = name;
        this.caption = caption;
        this.type = type;
        this.eClass = eClass;
        this.key = key;
        this.target = target;
        this.repository = repository;
    }

    /** @return every set-up table, in the order a Setup page lists them */
    public static List<SetupTable<?>> all() {
        return ALL;
    }

    /**
     * @param name a table's {@link #name()} (for example {@code interaction-template}), its caption ({@code
     *            Interaction Template}), or a plural of either ({@code salespeople}, {@code campaigns}); any case
     * @return the table, or empty
     */
    public static Optional<SetupTable<?>> byName(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (SetupTable<?> t : ALL) {
            String plural = t.name.equals("salesperson") ? "salespeople"
                    : t.name.endsWith("y") ? t.name.substring(0, t.name.length() - 1) + "ies" : t.name + "s";
            if (n.equals(t.name) || n.equals(plural) || n.equals(t.caption.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                    || n.equals(t.name.replace("-", ""))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param target a kind of key
     * @return the table whose keys are of that kind, or empty (contacts are not a set-up table)
     */
    public static Optional<SetupTable<?>> of(Reference.Target target) {
        return ALL.stream().filter(t -> t.target == target).findFirst();
    }

    /** @return the name on the command line, for example {@code interaction-template} */
    public String name() {
        return name;
    }

    /** @return the caption, for example {@code Interaction Template} */
    public String caption() {
        return caption;
    }

    /** @return the model class of its rows */
    public Class<T> type() {
        return type;
    }

    /** @return the EMF class of its rows */
    public EClass eClass() {
        return eClass;
    }

    /** @return the key attribute ({@code code}, or {@code no} for campaigns) */
    public EAttribute key() {
        return key;
    }

    /** @return the kind of key other data refers to its rows by */
    public Reference.Target target() {
        return target;
    }

    /**
     * @param session a unit of work
     * @return the table's repository in that unit
     */
    public KeyedRepository<String, T> repository(StoreSession session) {
        return repository.apply(session);
    }

    /** @return a new, empty row */
    public T create() {
        return type.cast(SegmentaFactory.eINSTANCE.create(eClass));
    }

    /**
     * @param row a row of this table
     * @return its key, or null when not set
     */
    public String keyOf(T row) {
        return (String) row.eGet(key);
    }

    /**
     * @param object any object
     * @return it as a row of this table
     * @throws IllegalArgumentException when it is of another class
     */
    public T cast(Object object) {
        if (!type.isInstance(object)) {
            throw new IllegalArgumentException(caption + " rows are " + type.getSimpleName() + " objects, not "
                    + (object == null ? "null" : object.getClass().getSimpleName()) + ".");
        }
        return type.cast(object);
    }

    @Override
    public String toString() {
        return name;
    }
}
