package org.segmenta.store.derby.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.segmenta.model.Attachment;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactJobResponsibility;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactProfileAnswer;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.CriteriaFilter;
import org.segmenta.model.DeliveryStatus;
import org.segmenta.model.Evaluation;
import org.segmenta.model.HistoryAction;
import org.segmenta.model.IndustryGroup;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.JobResponsibility;
import org.segmenta.model.Language;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.ProfileAnswer;
import org.segmenta.model.ProfileQuestion;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentHistoryEntry;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.StepKind;
import org.segmenta.model.WizardAction;

/**
 * Objects of every model class with real values (a Danish furniture maker and its contacts, after the
 * reference design's demo data), each attribute set to a value other than its default somewhere.
 */
final class Fixtures {

    static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private Fixtures() {
    }

    static Contact company() {
        Contact c = F.createContact();
        c.setNo("CT000001");
        c.setType(ContactType.COMPANY);
        c.setCompanyNo("CT000001");
        c.setName("Møbelfabrikken Fyn A/S");
        c.setName2("Afdeling Odense");
        c.setFirstName("—");
        c.setMiddleName("—");
        c.setSurname("—");
        c.setInitials("MF");
        c.setJobTitle("—");
        c.setCompanyName("Møbelfabrikken Fyn A/S");
        c.setSearchName("MØBELFABRIKKEN FYN A/S");
        c.setAddress("Vestergade 12");
        c.setAddress2("2. sal");
        c.setPostCode("5000");
        c.setCity("Odense C");
        c.setCounty("Syddanmark");
        c.setCountryRegionCode("DK");
        c.setPhoneNo("+45 66 12 34 56");
        c.setMobilePhoneNo("+45 20 12 34 56");
        c.setFaxNo("+45 66 12 34 57");
        c.setEmail("info@moebelfyn.dk");
        c.setHomePage("https://www.moebelfyn.dk");
        c.setLanguageCode("DAN");
        c.setSalutationCode("COMPANY");
        c.setCorrespondenceType(CorrespondenceType.HARD_COPY);
        c.setSalespersonCode("JO");
        c.setTerritoryCode("FYN");
        c.setExcludeFromSegment(true);
        c.setPrivacyBlocked(true);
        c.setNotes("Met at the Odense fair 2026.\nWants a call back in March; prefers e-mail.");
        ContactMailingGroup m = F.createContactMailingGroup();
        m.setMailingGroupCode("XMAS");
        c.getMailingGroups().add(m);
        ContactMailingGroup m2 = F.createContactMailingGroup();
        m2.setMailingGroupCode("NEWS");
        c.getMailingGroups().add(m2);
        ContactIndustryGroup i = F.createContactIndustryGroup();
        i.setIndustryGroupCode("MANUF");
        c.getIndustryGroups().add(i);
        ContactProfileAnswer a = F.createContactProfileAnswer();
        a.setProfileQuestionnaireCode("COMPANY");
        a.setAnswerLineNo(20000);
        a.setAnswerDescription("50–250 employees");
        c.getProfileAnswers().add(a);
        return c;
    }

    static Contact person() {
        Contact c = F.createContact();
        c.setNo("CT000002");
        c.setType(ContactType.PERSON);
        c.setCompanyNo("CT000001");
        c.setName("Karen Marie Hansen");
        c.setName2("Indkøb");
        c.setFirstName("Karen");
        c.setMiddleName("Marie");
        c.setSurname("Hansen");
        c.setInitials("KMH");
        c.setJobTitle("Indkøbschef");
        c.setCompanyName("Møbelfabrikken Fyn A/S");
        c.setSearchName("KAREN MARIE HANSEN");
        c.setAddress("Vestergade 12");
        c.setAddress2("2. sal");
        c.setPostCode("5000");
        c.setCity("Odense C");
        c.setCounty("Syddanmark");
        c.setCountryRegionCode("DK");
        c.setPhoneNo("+45 66 12 34 60");
        c.setMobilePhoneNo("+45 21 98 76 54");
        c.setFaxNo("+45 66 12 34 57");
        c.setEmail("kmh@moebelfyn.dk");
        c.setHomePage("https://www.moebelfyn.dk/kontakt");
        c.setLanguageCode("DAN");
        c.setSalutationCode("F-MRS");
        c.setCorrespondenceType(CorrespondenceType.EMAIL);
        c.setSalespersonCode("JO");
        c.setTerritoryCode("FYN");
        ContactJobResponsibility j = F.createContactJobResponsibility();
        j.setJobResponsibilityCode("PURCHASE");
        c.getJobResponsibilities().add(j);
        ContactJobResponsibility j2 = F.createContactJobResponsibility();
        j2.setJobResponsibilityCode("MANAGER");
        c.getJobResponsibilities().add(j2);
        ContactMailingGroup m = F.createContactMailingGroup();
        m.setMailingGroupCode("XMAS");
        c.getMailingGroups().add(m);
        return c;
    }

    static Salesperson salesperson() {
        Salesperson s = F.createSalesperson();
        s.setCode("JO");
        s.setName("Jim Olive");
        s.setJobTitle("Sales Manager");
        s.setEmail("jim.olive@cronus.example");
        s.setPhoneNo("+45 70 20 30 40");
        s.setBlocked(true);
        return s;
    }

    static Salutation salutation() {
        Salutation s = F.createSalutation();
        s.setCode("F-MRS");
        s.setDescription("Female, married or unmarried");
        s.getFormulas().add(formula("ENU", SalutationType.FORMAL, "Dear Mrs. %2"));
        s.getFormulas().add(formula("ENU", SalutationType.INFORMAL, "Dear %1"));
        s.getFormulas().add(formula("DAN", SalutationType.INFORMAL, "Kære %1"));
        return s;
    }

    private static SalutationFormula formula(String language, SalutationType type, String text) {
        SalutationFormula f = F.createSalutationFormula();
        f.setLanguageCode(language);
        f.setSalutationType(type);
        f.setText(text);
        return f;
    }

    static Language language() {
        Language l = F.createLanguage();
        l.setCode("DAN");
        l.setName("Danish");
        l.setWindowsLanguageId(1030);
        return l;
    }

    static MailingGroup mailingGroup() {
        MailingGroup m = F.createMailingGroup();
        m.setCode("XMAS");
        m.setDescription("Christmas cards");
        return m;
    }

    static IndustryGroup industryGroup() {
        IndustryGroup i = F.createIndustryGroup();
        i.setCode("MANUF");
        i.setDescription("Manufacturing");
        return i;
    }

    static JobResponsibility jobResponsibility() {
        JobResponsibility j = F.createJobResponsibility();
        j.setCode("PURCHASE");
        j.setDescription("Purchasing");
        return j;
    }

    static InteractionGroup interactionGroup() {
        InteractionGroup g = F.createInteractionGroup();
        g.setCode("LETTER");
        g.setDescription("Letters");
        return g;
    }

    static ProfileQuestionnaire questionnaire() {
        ProfileQuestionnaire q = F.createProfileQuestionnaire();
        q.setCode("COMPANY");
        q.setDescription("General company information");
        ProfileQuestion size = F.createProfileQuestion();
        size.setLineNo(10000);
        size.setDescription("Number of employees");
        size.getAnswers().add(answer(20000, "Under 50"));
        size.getAnswers().add(answer(30000, "50–250"));
        q.getQuestions().add(size);
        ProfileQuestion customer = F.createProfileQuestion();
        customer.setLineNo(40000);
        customer.setDescription("Customer type");
        customer.getAnswers().add(answer(50000, "Key account"));
        q.getQuestions().add(customer);
        return q;
    }

    private static ProfileAnswer answer(int lineNo, String description) {
        ProfileAnswer a = F.createProfileAnswer();
        a.setLineNo(lineNo);
        a.setDescription(description);
        return a;
    }

    static Campaign campaign() {
        Campaign c = F.createCampaign();
        c.setNo("CP1001");
        c.setDescription("Spring furniture fair 2027");
        c.setStartingDate(LocalDate.of(2027, 3, 1));
        c.setEndingDate(LocalDate.of(2027, 4, 30));
        c.setSalespersonCode("JO");
        c.setActivated(true);
        return c;
    }

    static Attachment attachment() {
        Attachment a = F.createAttachment();
        a.setFileName("Invitation spring fair.docx");
        a.setFieldMapping("first_name\tFirst Name\nmy_note\t");
        a.setMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        a.setReadOnly(true);
        return a;
    }

    static InteractionTemplate template() {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("INVITE");
        t.setInteractionGroupCode("LETTER");
        t.setDescription("Invitation to the fair");
        t.setUnitCost(new BigDecimal("12.5"));
        t.setUnitDuration(15);
        t.setInformationFlow(InformationFlow.OUTBOUND);
        t.setInitiatedBy(InitiatedBy.US);
        t.setCampaignNo("CP1001");
        t.setCampaignTarget(true);
        t.setCampaignResponse(true);
        t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
        t.setIgnoreContactCorrespondenceType(true);
        t.setLanguageCodeDefault("ENU");
        t.setWizardAction(WizardAction.MERGE);
        InteractionTemplateLanguage en = F.createInteractionTemplateLanguage();
        en.setLanguageCode("ENU");
        en.setDescription("English invitation");
        en.setWordTemplateNo(7L);
        t.getLanguages().add(en);
        InteractionTemplateLanguage da = F.createInteractionTemplateLanguage();
        da.setLanguageCode("DAN");
        da.setDescription("Dansk invitation");
        da.setAttachmentNo(8L);
        t.getLanguages().add(da);
        return t;
    }

    static SegmentHeader segment() {
        SegmentHeader h = F.createSegmentHeader();
        h.setNo("SEG00001");
        h.setDate(LocalDate.of(2027, 2, 15));
        h.setDescription("Fair invitations Fyn");
        h.setSalespersonCode("JO");
        h.setInteractionTemplateCode("INVITE");
        h.setInteractionGroupCode("LETTER");
        h.setInformationFlow(InformationFlow.OUTBOUND);
        h.setInitiatedBy(InitiatedBy.US);
        h.setCampaignNo("CP1001");
        h.setCampaignTarget(true);
        h.setCampaignResponse(true);
        h.setSendWordDocsAsAttachment(true);
        h.setLanguageCodeDefault("ENU");
        h.setSubjectDefault("You are invited: spring fair 2027");
        h.setIgnoreContactCorrespondenceType(true);
        h.setCorrespondenceTypeDefault(CorrespondenceType.EMAIL);
        h.setUnitCost(new BigDecimal("3.75"));
        h.setUnitDuration(5);
        h.setModifiedWordTemplateNo(9L);
        SegmentInteractionLanguage en = F.createSegmentInteractionLanguage();
        en.setLanguageCode("ENU");
        en.setDescription("English");
        en.setSubject("You are invited");
        en.setWordTemplateNo(7L);
        h.getLanguages().add(en);
        SegmentInteractionLanguage da = F.createSegmentInteractionLanguage();
        da.setLanguageCode("DAN");
        da.setDescription("Dansk");
        da.setSubject("Du er inviteret");
        da.setAttachmentNo(8L);
        h.getLanguages().add(da);
        h.getCriteriaLines().add(criteria(1, CriteriaAction.ADD, "Contacts in Fyn", filter("Contact", "postCode", "5000..5999"),
                filter("Contact Mailing Group", "mailingGroupCode", "XMAS|NEWS")));
        SegmentCriteriaLine refine = criteria(2, CriteriaAction.REFINE, "Only purchasers",
                filter("Contact Job Responsibility", "jobResponsibilityCode", "PURCHASE"));
        h.getCriteriaLines().add(refine);
        return h;
    }

    static SegmentCriteriaLine criteria(int step, CriteriaAction action, String description, CriteriaFilter... filters) {
        SegmentCriteriaLine l = F.createSegmentCriteriaLine();
        l.setStepNo(step);
        l.setAction(action);
        l.setKind(StepKind.REUSED_LOGGED_SEGMENT);
        l.setAllowExistingContacts(true);
        l.setExpandCompanies(true);
        l.setAllowRelatedCompanies(true);
        l.setIgnoreExclusion(true);
        l.setEntireCompanies(true);
        l.setLoggedSegmentEntryNo(4L);
        l.setUndone(true);
        l.setDescription(description);
        for (CriteriaFilter f : filters) {
            l.getFilters().add(f);
        }
        return l;
    }

    static CriteriaFilter filter(String source, String field, String expression) {
        CriteriaFilter f = F.createCriteriaFilter();
        f.setSource(source);
        f.setField(field);
        f.setExpression(expression);
        return f;
    }

    static SegmentLine line(String segmentNo, int lineNo, String contactNo) {
        SegmentLine l = F.createSegmentLine();
        l.setSegmentNo(segmentNo);
        l.setLineNo(lineNo);
        l.setContactNo(contactNo);
        l.setContactCompanyNo("CT000001");
        l.setDate(LocalDate.of(2027, 2, 20));
        l.setTimeOfInteraction(LocalTime.of(14, 30, 15));
        l.setDescription("Fair invitations Fyn");
        l.setSalespersonCode("JO");
        l.setInteractionTemplateCode("INVITE");
        l.setInteractionGroupCode("LETTER");
        l.setInformationFlow(InformationFlow.OUTBOUND);
        l.setInitiatedBy(InitiatedBy.US);
        l.setCampaignNo("CP1001");
        l.setCampaignTarget(true);
        l.setCampaignResponse(true);
        l.setSendWordDocsAsAttachment(true);
        l.setCorrespondenceType(CorrespondenceType.EMAIL);
        l.setLanguageCode("DAN");
        l.setSubject("Du er inviteret");
        l.setPersonalNote("Tak for sidst i Odense!\nVi ses til messen.");
        l.setEvaluation(Evaluation.POSITIVE);
        l.setCost(new BigDecimal("3.75"));
        l.setDuration(5);
        l.setAttachmentNo(8L);
        l.setAttachmentInherited(true);
        l.setWordTemplateNo(7L);
        l.setMerged(true);
        l.setAttemptFailed(true);
        l.setStepNo(1);
        l.setStepKind(StepKind.REUSED_LOGGED_SEGMENT);
        l.setReusedLoggedSegmentEntryNo(4L);
        return l;
    }

    static SegmentHistoryEntry history(String segmentNo, int step, SegmentLine snapshot) {
        SegmentHistoryEntry e = F.createSegmentHistoryEntry();
        e.setSegmentNo(segmentNo);
        e.setStepNo(step);
        e.setAction(HistoryAction.DELETION);
        e.setLineNo(snapshot == null ? 0 : snapshot.getLineNo());
        e.setContactNo(snapshot == null ? null : snapshot.getContactNo());
        e.setLine(snapshot);
        return e;
    }

    static SavedSegmentCriteria savedCriteria() {
        SavedSegmentCriteria s = F.createSavedSegmentCriteria();
        s.setCode("FYN-BUYERS");
        s.setDescription("Purchasers of companies on Fyn");
        s.getLines().add(criteria(1, CriteriaAction.ADD, "Contacts in Fyn", filter("Contact", "postCode", "5000..5999")));
        s.getLines().add(criteria(2, CriteriaAction.REDUCE, "Not blocked", filter("Contact", "privacyBlocked", "Yes"),
                filter("Contact", "city", "@*odense*")));
        return s;
    }

    static LoggedSegment loggedSegment() {
        LoggedSegment l = F.createLoggedSegment();
        l.setSegmentNo("SEG00001");
        l.setDescription("Fair invitations Fyn");
        l.setCreationDate(LocalDate.of(2027, 2, 21));
        l.setUserId("CRONUS\\JIM");
        l.setCanceled(true);
        return l;
    }

    static InteractionLogEntry logEntry(String contactNo, long loggedSegmentEntryNo) {
        InteractionLogEntry e = F.createInteractionLogEntry();
        e.setContactNo(contactNo);
        e.setContactCompanyNo("CT000001");
        e.setDate(LocalDate.of(2027, 2, 21));
        e.setTimeOfInteraction(LocalTime.of(9, 5, 0));
        e.setDescription("Fair invitations Fyn");
        e.setInformationFlow(InformationFlow.OUTBOUND);
        e.setInitiatedBy(InitiatedBy.US);
        e.setAttachmentNo(8L);
        e.setCost(new BigDecimal("3.75"));
        e.setDuration(5);
        e.setUserId("CRONUS\\JIM");
        e.setInteractionGroupCode("LETTER");
        e.setInteractionTemplateCode("INVITE");
        e.setCampaignNo("CP1001");
        e.setCampaignEntryNo(17L);
        e.setCampaignResponse(true);
        e.setCampaignTarget(true);
        e.setSegmentNo("SEG00001");
        e.setEvaluation(Evaluation.VERY_NEGATIVE);
        e.setAttemptFailed(true);
        e.setSalespersonCode("JO");
        e.setDeliveryStatus(DeliveryStatus.ERROR);
        e.setCanceled(true);
        e.setCorrespondenceType(CorrespondenceType.FAX);
        e.setLoggedSegmentEntryNo(loggedSegmentEntryNo);
        e.setSendWordDocsAsAttachment(true);
        e.setInteractionLanguageCode("DAN");
        e.setSubject("Du er inviteret");
        e.setWordTemplateNo(7L);
        e.setMerged(true);
        e.setContactVia("kmh@moebelfyn.dk");
        e.setPostponed(true);
        e.setDocumentType("Quote");
        e.setDocumentNo("SQ-1042");
        e.setOpportunityNo("OP-77");
        e.setTaskNo("TD-12");
        return e;
    }

    static NumberSeries numberSeries() {
        NumberSeries n = F.createNumberSeries();
        n.setCode("LOG-2027");
        n.setDescription("Logged segments 2027");
        n.setStartingNo("2027-LS-001");
        n.setLastNoUsed("2027-LS-041");
        return n;
    }
}
