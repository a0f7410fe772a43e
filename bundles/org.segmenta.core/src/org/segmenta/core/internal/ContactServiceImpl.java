package org.segmenta.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.segmenta.core.contact.ContactRules;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.contact.LikelyDuplicate;
import org.segmenta.core.contact.SavedContact;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.InUseException;
import org.segmenta.core.store.Reference.Target;
import org.segmenta.core.store.ReferenceRepository.Use;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactJobResponsibility;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactProfileAnswer;
import org.segmenta.model.ContactType;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.model.rules.SegmentaValidator;

/** {@link ContactService} over the store: each call is one unit of work. */
@Component(service = ContactService.class)
public final class ContactServiceImpl implements ContactService {

    /** How many likely duplicates are reported at most. */
    private static final int MAX_DUPLICATES = 10;
    /** How many contacts with the same search name are looked at for the same company. */
    private static final int SAME_NAME_LOOKUP = 50;

    private final Store store;

    /**
     * @param store the store
     */
    @Activate
    public ContactServiceImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Optional<Contact> get(String no) {
        String key = KnownCodes.normalize(no);
        return key == null ? Optional.empty() : store.read(s -> s.contacts().get(key));
    }

    @Override
    public SavedContact create(Contact draft) {
        KnownCodes.normalizeAll(draft);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.CONTACTS_CHANGED, draft.getNo());
            if (draft.getNo() == null) {
                draft.setNo(nextNo(s));
            }
            ContactRules.apply(draft, null, company(s, draft));
            checkCodes(s, draft, null);
            s.contacts().insert(draft);
            return new SavedContact(draft, duplicates(s, draft));
        });
    }

    @Override
    public SavedContact change(Contact changed) {
        KnownCodes.normalizeAll(changed);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.CONTACTS_CHANGED, changed.getNo());
            Contact before = s.contacts().require(changed.getNo());
            KnownCodes codes = new KnownCodes(s);
            if (before.getType() == ContactType.COMPANY && changed.getType() == ContactType.PERSON) {
                Use persons = s.references().uses(org.segmenta.core.store.Reference.PERSON_COMPANY, before.getNo(), 3);
                if (persons != null) {
                    codes.problem(changed, Formats.bind(Messages.Core_companyWithPersons, SegmentaValidator.label(changed),
                            persons));
                    codes.throwIfAny();
                }
            }
            ContactRules.apply(changed, before, company(s, changed));
            checkCodes(s, changed, before);
            s.contacts().update(changed);
            if (changed.getType() == ContactType.COMPANY && !Objects.equals(before.getName(), changed.getName())) {
                s.contacts().copyCompanyName(changed.getNo(), changed.getName());
            }
            return new SavedContact(changed, duplicates(s, changed));
        });
    }

    @Override
    public void delete(String no) {
        String key = KnownCodes.normalize(no);
        store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.CONTACTS_CHANGED, key);
            Contact c = s.contacts().require(key);
            List<Use> uses = new ArrayList<>();
            for (org.segmenta.core.store.Reference r : org.segmenta.core.store.Reference
                    .to(org.segmenta.core.store.Reference.Target.CONTACT)) {
                Use u = s.references().uses(r, key, 3);
                if (u != null) {
                    uses.add(u);
                }
            }
            if (!uses.isEmpty()) {
                throw new InUseException(SegmentaValidator.label(c) + " (" + c.getName() + ")", uses,
                        Messages.Core_contactInUseFix);
            }
            s.contacts().delete(key);
            return null;
        });
    }

    @Override
    public List<LikelyDuplicate> duplicates(Contact contact) {
        Contact probe = org.eclipse.emf.ecore.util.EcoreUtil.copy(contact);
        KnownCodes.normalizeAll(probe);
        if (probe.getSearchName() == null) {
            probe.setSearchName(ContactRules.searchName(probe.getName()));
        }
        return store.read(s -> duplicates(s, probe));
    }

    private static List<LikelyDuplicate> duplicates(StoreSession s, Contact c) {
        Map<String, LikelyDuplicate> found = new LinkedHashMap<>();
        for (Contact other : s.contacts().findByEmail(c.getEmail(), MAX_DUPLICATES + 1)) {
            if (!other.getNo().equals(c.getNo())) {
                found.putIfAbsent(other.getNo(), new LikelyDuplicate(other.getNo(), other.getName(),
                        other.getType() == ContactType.PERSON ? other.getCompanyName() : null,
                        LikelyDuplicate.Reason.SAME_EMAIL));
            }
        }
        String search = c.getSearchName() != null ? c.getSearchName() : ContactRules.searchName(c.getName());
        for (Contact other : s.contacts().findBySearchName(search, SAME_NAME_LOOKUP)) {
            boolean sameCompany = c.getType() == ContactType.COMPANY ? other.getType() == ContactType.COMPANY
                    : other.getType() == ContactType.PERSON && Objects.equals(blankToNull(other.getCompanyNo()),
                            blankToNull(c.getCompanyNo()));
            if (sameCompany && !other.getNo().equals(c.getNo())) {
                found.putIfAbsent(other.getNo(), new LikelyDuplicate(other.getNo(), other.getName(),
                        other.getType() == ContactType.PERSON ? other.getCompanyName() : null,
                        LikelyDuplicate.Reason.SAME_NAME_AND_COMPANY));
            }
        }
        return found.values().stream().limit(MAX_DUPLICATES).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** @return the person's company as stored, or null (the store's validation reports a wrong one) */
    private static Contact company(StoreSession s, Contact c) {
        if (c.getType() != ContactType.PERSON || c.getCompanyNo() == null) {
            return null;
        }
        return s.contacts().get(c.getCompanyNo()).filter(co -> co.getType() == ContactType.COMPANY).orElse(null);
    }

    /**
     * Codes must be set up; on a change only the codes that changed are checked, so that a contact whose salesperson
     * was blocked later can still get a new address.
     */
    private static void checkCodes(StoreSession s, Contact c, Contact before) {
        KnownCodes codes = new KnownCodes(s);
        for (org.eclipse.emf.ecore.EAttribute a : List.of(Literals.CONTACT__SALESPERSON_CODE,
                Literals.CONTACT__LANGUAGE_CODE, Literals.CONTACT__SALUTATION_CODE)) {
            if (before == null || !Objects.equals(before.eGet(a), c.eGet(a))) {
                codes.require(c, a, a == Literals.CONTACT__SALESPERSON_CODE ? Target.SALESPERSON
                        : a == Literals.CONTACT__LANGUAGE_CODE ? Target.LANGUAGE : Target.SALUTATION);
            }
        }
        for (ContactMailingGroup g : c.getMailingGroups()) {
            if (before == null || before.getMailingGroups().stream()
                    .noneMatch(b -> Objects.equals(b.getMailingGroupCode(), g.getMailingGroupCode()))) {
                codes.require(g, Literals.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE, Target.MAILING_GROUP);
            }
        }
        for (ContactIndustryGroup g : c.getIndustryGroups()) {
            if (before == null || before.getIndustryGroups().stream()
                    .noneMatch(b -> Objects.equals(b.getIndustryGroupCode(), g.getIndustryGroupCode()))) {
                codes.require(g, Literals.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE, Target.INDUSTRY_GROUP);
            }
        }
        for (ContactJobResponsibility g : c.getJobResponsibilities()) {
            if (before == null || before.getJobResponsibilities().stream()
                    .noneMatch(b -> Objects.equals(b.getJobResponsibilityCode(), g.getJobResponsibilityCode()))) {
                codes.require(g, Literals.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE,
                        Target.JOB_RESPONSIBILITY);
            }
        }
        for (ContactProfileAnswer a : c.getProfileAnswers()) {
            if (before == null || before.getProfileAnswers().stream()
                    .noneMatch(b -> Objects.equals(b.getProfileQuestionnaireCode(), a.getProfileQuestionnaireCode()))) {
                codes.require(a, Literals.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE,
                        Target.PROFILE_QUESTIONNAIRE);
            }
        }
        codes.throwIfAny();
    }

    private static String nextNo(StoreSession s) {
        if (!s.numberSeries().exists(CONTACT_SERIES)) {
            NumberSeries series = SegmentaFactory.eINSTANCE.createNumberSeries();
            series.setCode(CONTACT_SERIES);
            series.setDescription("Contacts");
            series.setStartingNo("CT000001");
            s.numberSeries().insert(series);
        }
        String no = s.numberSeries().next(CONTACT_SERIES);
        if (s.contacts().exists(no)) {
            // contacts stored without the series (numbered by hand, by a tool or an old import) took the next Nos.:
            // continue after the highest stored No. of the same shape, instead of trying them one by one
            String prefix = no.replaceAll("[0-9]+$", "");
            String max = s.contacts().highestNo(prefix, no.length());
            if (max != null && max.compareTo(no) > 0 && max.substring(prefix.length()).matches("[0-9]+")) {
                NumberSeries series = s.numberSeries().require(CONTACT_SERIES);
                series.setLastNoUsed(max);
                s.numberSeries().update(series);
                no = s.numberSeries().next(CONTACT_SERIES);
            }
            while (s.contacts().exists(no)) {
                no = s.numberSeries().next(CONTACT_SERIES);
            }
        }
        return no;
    }
}
