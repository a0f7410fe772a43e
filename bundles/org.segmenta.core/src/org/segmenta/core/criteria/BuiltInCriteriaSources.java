package org.segmenta.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.segmenta.core.internal.Messages;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.rules.Captions;

/**
 * The criteria sources of the reference design's Add Contacts (NAV report 5198): Contact, the contact's
 * company (business-level fields), Contact Mailing Group, Contact Industry Group (on the company), Contact Job
 * Responsibility, Contact Profile Answer and Interaction Log Entry.
 */
public final class BuiltInCriteriaSources {

    /** Id of the contact source: filters on the candidate contact itself. */
    public static final String CONTACT = "contact";
    /** Id of the company source: the contact fields of the candidate's company. */
    public static final String COMPANY = "company";
    /** Id of the mailing group source. */
    public static final String MAILING_GROUP = "mailingGroup";
    /** Id of the industry group source (evaluated on the company). */
    public static final String INDUSTRY_GROUP = "industryGroup";
    /** Id of the job responsibility source. */
    public static final String JOB_RESPONSIBILITY = "jobResponsibility";
    /** Id of the profile answer source. */
    public static final String PROFILE_ANSWER = "profileAnswer";
    /** Id of the interaction log entry source. */
    public static final String INTERACTION_LOG_ENTRY = "interactionLogEntry";

    private static final SegmentaPackage P = SegmentaPackage.eINSTANCE;

    /** Attributes that make no sense as criteria (derived or bookkeeping). */
    private static final Set<String> HIDDEN = Set.of("noOfInteractions", "documentType", "documentNo", "opportunityNo",
            "taskNo");

    private BuiltInCriteriaSources() {
    }

    /**
     * @return the built-in sources, in the order the Add Contacts dialog shows them; their labels and their fields'
     *         labels are in the user's language ({@code Kontakt › Ort} in German, {@code Contact › City} in English),
     *         as the window and the command line show them
     */
    public static List<CriteriaSource> all() {
        return List.of(source(CONTACT, Messages.CriteriaSource_contact, P.getContact(), ContactLink.SELF),
                source(COMPANY, Messages.CriteriaSource_company, P.getContact(), ContactLink.COMPANY),
                source(MAILING_GROUP, Messages.CriteriaSource_mailingGroup, P.getContactMailingGroup(),
                        ContactLink.CONTACT),
                source(INDUSTRY_GROUP, Messages.CriteriaSource_industryGroup, P.getContactIndustryGroup(),
                        ContactLink.COMPANY),
                source(JOB_RESPONSIBILITY, Messages.CriteriaSource_jobResponsibility,
                        P.getContactJobResponsibility(), ContactLink.CONTACT),
                source(PROFILE_ANSWER, Messages.CriteriaSource_profileAnswer, P.getContactProfileAnswer(),
                        ContactLink.CONTACT),
                source(INTERACTION_LOG_ENTRY, Messages.CriteriaSource_interactionLogEntry,
                        P.getInteractionLogEntry(), ContactLink.CONTACT));
    }

    /**
     * Makes a source whose fields are all the single-valued attributes of a model class.
     *
     * @param id the source id
     * @param label its caption
     * @param recordClass the model class
     * @param link how its records relate to the contact
     * @return the source
     */
    public static CriteriaSource source(String id, String label, EClass recordClass, ContactLink link) {
        List<CriteriaField> fields = new ArrayList<>();
        for (EAttribute a : recordClass.getEAllAttributes()) {
            if (!a.isMany() && !HIDDEN.contains(a.getName())) {
                fields.add(field(a));
            }
        }
        List<CriteriaField> frozen = List.copyOf(fields);
        return new CriteriaSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public EClass recordClass() {
                return recordClass;
            }

            @Override
            public ContactLink link() {
                return link;
            }

            @Override
            public List<CriteriaField> fields() {
                return frozen;
            }

            @Override
            public String toString() {
                return "CriteriaSource[" + id + "]";
            }
        };
    }

    /**
     * @param a a single-valued attribute
     * @return the criteria field for it: codes (names ending in {@code No} or {@code Code}) are {@link FieldType#CODE}
     */
    public static CriteriaField field(EAttribute a) {
        EDataType t = a.getEAttributeType();
        String name = a.getName();
        Class<?> c = t.getInstanceClass();
        FieldType type;
        List<String> options = List.of();
        if (t instanceof EEnum e) {
            type = FieldType.OPTION;
            options = e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
        } else if (c == String.class) {
            type = name.endsWith("No") || name.endsWith("Code") || name.equals("no") ? FieldType.CODE : FieldType.TEXT;
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            type = FieldType.INTEGER;
        } else if (c == java.math.BigDecimal.class) {
            type = FieldType.DECIMAL;
        } else if (c == java.time.LocalDate.class) {
            type = FieldType.DATE;
        } else if (c == boolean.class || c == Boolean.class) {
            type = FieldType.BOOLEAN;
        } else {
            type = FieldType.TEXT;
        }
        return new CriteriaField(name, Captions.shown(name), type, options, a);
    }
}
