package org.segmenta.core.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.segmenta.core.contact.ContactRules;
import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.TemplateDefaults;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.store.KeyedRepository;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Attachment;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.IndustryGroup;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Language;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentaFactory;

/**
 * {@link DemoData}: a small, deterministic world in four languages. What {@link #load()} writes, in one unit:
 * <ul>
 * <li>number series {@code CONTACT} ({@code CT000001}...), {@code CAMPAIGN} ({@code CP00001}...) and, through the
 * segment service, {@code SEGMENT};</li>
 * <li>languages ENU (1033), DAN (1030), DEU (1031), NLD (1043) with their Windows language ids; salutations
 * {@code COMPANY}, {@code M}, {@code F} with a formal and an informal formula per language;</li>
 * <li>salespeople {@code AB}, {@code LH}, {@code MV}; mailing groups NEWS, XMAS, EVENT; industry groups RETAIL,
 * WHOLESALE, MANUFACT, SERVICES; interaction groups LETTER, EMAIL, PHONE;</li>
 * <li>interaction templates {@code LETTER} (hard copy, a generated Word letter template per language, default
 * ENU), {@code EMAIL} (e-mail) and {@code PHONE} (no document); one campaign;</li>
 * <li>30 companies with 4 persons each (150 contacts) in 13 cities of DK, DE, NL, GB and US, each in its
 * country's language; four persons are marked Exclude from Segment and two are privacy blocked;</li>
 * <li>one open segment on template LETTER with the Danish contacts added by a criteria step.</li>
 * </ul>
 * Setup rows that exist already are kept as they are.
 */
@Component(service = DemoData.class)
public final class DemoDataImpl implements DemoData {

    /** The template with the Word letter. */
    public static final String LETTER = "LETTER";

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private record City(String name, String postCode, String country, String language, String salesperson) {
    }

    private static final List<City> CITIES = List.of(new City("København", "1050", "DK", "DAN", "LH"),
            new City("Aarhus", "8000", "DK", "DAN", "LH"), new City("Odense", "5000", "DK", "DAN", "LH"),
            new City("Berlin", "10115", "DE", "DEU", "AB"), new City("Hamburg", "20095", "DE", "DEU", "AB"),
            new City("München", "80331", "DE", "DEU", "AB"), new City("Amsterdam", "1012", "NL", "NLD", "MV"),
            new City("Rotterdam", "3011", "NL", "NLD", "MV"), new City("Utrecht", "3511", "NL", "NLD", "MV"),
            new City("London", "EC1A 1BB", "GB", "ENU", "AB"), new City("Manchester", "M1 1AE", "GB", "ENU", "AB"),
            new City("Chicago", "60601", "US", "ENU", "MV"), new City("Boston", "02108", "US", "ENU", "MV"));

    private static final String[] COMPANY_WORDS = { "Nordlys", "Havn", "Bergmann", "Lindqvist", "Van Dam", "Kestrel",
            "Blue Harbour", "Eikenhout", "Sonnenberg", "Fjord", "Tulip", "Redwood", "Granite", "Ostwind", "Seagull" };
    private static final String[] COMPANY_KINDS = { "Trading", "Supplies", "Møbler", "Logistics", "Design" };
    private static final String[] MALE = { "Anders", "Jens", "Klaus", "Pieter", "Thomas", "Michael", "Henrik", "Jan",
            "David", "Stefan" };
    private static final String[] FEMALE = { "Mette", "Anna", "Sabine", "Sanne", "Emma", "Laura", "Karin", "Femke",
            "Sarah", "Ulrike" };
    private static final String[] SURNAMES = { "Jensen", "Nielsen", "Müller", "Schmidt", "de Vries", "Bakker", "Smith",
            "Brown", "Hansen", "Fischer", "Visser", "Taylor", "Pedersen", "Weber", "Jansen", "Clark", "Larsen",
            "Becker", "Mulder", "Wilson" };
    private static final String[] JOBS = { "Purchasing Manager", "Managing Director", "Marketing Assistant",
            "Sales Manager" };

    private final Store store;
    private final SegmentService segments;
    private final Clock clock;

    /**
     * @param store the store
     * @param segments the segment service (numbers and fills the open segment; it must use the same store)
     * @param clock what "today" is (segment and campaign dates); {@code null} (no clock service, as in the
     *            product): the system clock
     */
    @Activate
    public DemoDataImpl(@Reference Store store, @Reference SegmentService segments,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.segments = Objects.requireNonNull(segments, "segments");
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    @Override
    public boolean isEmpty() {
        return store.read(s -> s.contacts().count() == 0);
    }

    @Override
    public Summary load() {
        return store.write(s -> {
            long existing = s.contacts().count();
            if (existing > 0) {
                throw new IllegalStateException(NLS.bind(Messages.DemoDataImpl_notEmpty,
                        Formats.plural(existing, Messages.DemoDataImpl_contactOne, Messages.DemoDataImpl_contactOther)));
            }
            LocalDate today = LocalDate.now(clock);
            s.changed(org.segmenta.core.SegmentaEvents.CONTACTS_CHANGED, null);
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, null);
            s.changed(org.segmenta.core.SegmentaEvents.LOG_CHANGED, null);
            series(s, "CONTACT", "Contacts", "CT000001");
            series(s, "CAMPAIGN", "Campaigns", "CP00001");
            languages(s);
            salutations(s);
            salespeople(s);
            groups(s);
            String campaignNo = campaign(s, today);
            int templates = templates(s, today);
            List<Contact> contacts = contacts(s);
            s.contacts().insertAll(contacts.iterator());

            SegmentHeader h = segments.create("Autumn catalogue letter to Danish customers");
            h = s.segments().require(h.getNo());
            TemplateDefaults.apply(h, s.interactionTemplates().require(LETTER));
            h.setCampaignNo(campaignNo);
            s.segments().update(h);
            segments.apply(h.getNo(), StepRequest.of(CriteriaAction.ADD,
                    new FieldFilter(BuiltInCriteriaSources.CONTACT, "countryRegionCode", "DK")));
            int companies = (int) contacts.stream().filter(c -> c.getType() == ContactType.COMPANY).count();
            return new Summary(contacts.size(), companies, templates, h.getNo());
        });
    }

    @Override
    public boolean setupMissing() {
        return store.read(s -> s.interactionTemplates().list().isEmpty() || s.interactionGroups().list().isEmpty()
                || s.salespeople().list().isEmpty());
    }

    @Override
    public SetupSummary loadSetup() {
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, null);
            series(s, "CONTACT", "Contacts", "CT000001");
            series(s, "CAMPAIGN", "Campaigns", "CP00001");
            int languages = s.languages().list().size();
            int salutations = s.salutations().list().size();
            int salespeople = s.salespeople().list().size();
            int groups = s.mailingGroups().list().size() + s.industryGroups().list().size()
                    + s.interactionGroups().list().size();
            languages(s);
            salutations(s);
            salespeople(s);
            groups(s);
            int templates = templates(s, LocalDate.now(clock));
            return new SetupSummary(s.languages().list().size() - languages,
                    s.salutations().list().size() - salutations, s.salespeople().list().size() - salespeople,
                    s.mailingGroups().list().size() + s.industryGroups().list().size()
                            + s.interactionGroups().list().size() - groups,
                    templates);
        });
    }

    private static <T extends org.eclipse.emf.ecore.EObject> void insertIfMissing(KeyedRepository<String, T> repo,
            String key, T object) {
        if (!repo.exists(key)) {
            repo.insert(object);
        }
    }

    private static void series(StoreSession s, String code, String description, String start) {
        NumberSeries n = F.createNumberSeries();
        n.setCode(code);
        n.setDescription(description);
        n.setStartingNo(start);
        insertIfMissing(s.numberSeries(), code, n);
    }

    private static void languages(StoreSession s) {
        String[][] rows = { { "ENU", "English (United States)", "1033" }, { "DAN", "Danish", "1030" },
                { "DEU", "German", "1031" }, { "NLD", "Dutch", "1043" } };
        for (String[] r : rows) {
            Language l = F.createLanguage();
            l.setCode(r[0]);
            l.setName(r[1]);
            l.setWindowsLanguageId(Integer.parseInt(r[2]));
            insertIfMissing(s.languages(), r[0], l);
        }
    }

    private static void salutations(StoreSession s) {
        // code, language, formal, informal
        String[][] rows = { { "COMPANY", "ENU", "Dear Sir or Madam", "Dear {CompanyName} team" },
                { "COMPANY", "DAN", "Kære kunde", "Kære {CompanyName}" },
                { "COMPANY", "DEU", "Sehr geehrte Damen und Herren", "Liebes Team von {CompanyName}" },
                { "COMPANY", "NLD", "Geachte heer, mevrouw", "Beste collega's van {CompanyName}" },
                { "M", "ENU", "Dear Mr. {Surname}", "Dear {FirstName}" },
                { "M", "DAN", "Kære {FirstName} {Surname}", "Hej {FirstName}" },
                { "M", "DEU", "Sehr geehrter Herr {Surname}", "Hallo {FirstName}" },
                { "M", "NLD", "Geachte heer {Surname}", "Beste {FirstName}" },
                { "F", "ENU", "Dear Ms. {Surname}", "Dear {FirstName}" },
                { "F", "DAN", "Kære {FirstName} {Surname}", "Hej {FirstName}" },
                { "F", "DEU", "Sehr geehrte Frau {Surname}", "Hallo {FirstName}" },
                { "F", "NLD", "Geachte mevrouw {Surname}", "Beste {FirstName}" } };
        String[][] descriptions = { { "COMPANY", "Company" }, { "M", "Male person" }, { "F", "Female person" } };
        for (String[] d : descriptions) {
            Salutation sal = F.createSalutation();
            sal.setCode(d[0]);
            sal.setDescription(d[1]);
            for (String[] r : rows) {
                if (r[0].equals(d[0])) {
                    sal.getFormulas().add(formula(r[1], SalutationType.FORMAL, r[2]));
                    sal.getFormulas().add(formula(r[1], SalutationType.INFORMAL, r[3]));
                }
            }
            insertIfMissing(s.salutations(), d[0], sal);
        }
    }

    private static SalutationFormula formula(String language, SalutationType type, String text) {
        SalutationFormula f = F.createSalutationFormula();
        f.setLanguageCode(language);
        f.setSalutationType(type);
        f.setText(text);
        return f;
    }

    private static void salespeople(StoreSession s) {
        String[][] rows = { { "AB", "Alice Brandt", "Key Account Manager", "alice.brandt@segmenta.example", "+45 70 10 20 31" },
                { "LH", "Lars Holm", "Sales Manager Nordic", "lars.holm@segmenta.example", "+45 70 10 20 32" },
                { "MV", "Marit Verhoeven", "Sales Representative", "marit.verhoeven@segmenta.example", "+45 70 10 20 33" } };
        for (String[] r : rows) {
            Salesperson p = F.createSalesperson();
            p.setCode(r[0]);
            p.setName(r[1]);
            p.setJobTitle(r[2]);
            p.setEmail(r[3]);
            p.setPhoneNo(r[4]);
            insertIfMissing(s.salespeople(), r[0], p);
        }
    }

    private static void groups(StoreSession s) {
        for (String[] r : new String[][] { { "NEWS", "Newsletter" }, { "XMAS", "Christmas card" },
                { "EVENT", "Event invitations" } }) {
            MailingGroup g = F.createMailingGroup();
            g.setCode(r[0]);
            g.setDescription(r[1]);
            insertIfMissing(s.mailingGroups(), r[0], g);
        }
        for (String[] r : new String[][] { { "RETAIL", "Retail" }, { "WHOLESALE", "Wholesale" },
                { "MANUFACT", "Manufacturing" }, { "SERVICES", "Services" } }) {
            IndustryGroup g = F.createIndustryGroup();
            g.setCode(r[0]);
            g.setDescription(r[1]);
            insertIfMissing(s.industryGroups(), r[0], g);
        }
        for (String[] r : new String[][] { { "LETTER", "Letters" }, { "EMAIL", "E-mails" },
                { "PHONE", "Phone calls" } }) {
            InteractionGroup g = F.createInteractionGroup();
            g.setCode(r[0]);
            g.setDescription(r[1]);
            insertIfMissing(s.interactionGroups(), r[0], g);
        }
    }

    private static String campaign(StoreSession s, LocalDate today) {
        Campaign c = F.createCampaign();
        c.setNo(s.numberSeries().next("CAMPAIGN"));
        c.setDescription("Autumn catalogue " + today.getYear());
        c.setStartingDate(today.minusDays(14));
        c.setEndingDate(today.plusDays(60));
        c.setSalespersonCode("AB");
        c.setActivated(true);
        s.campaigns().insert(c);
        return c.getNo();
    }

    private int templates(StoreSession s, LocalDate today) {
        int made = 0;
        if (!s.interactionTemplates().exists(LETTER)) {
            InteractionTemplate letter = template(LETTER, "LETTER", "Catalogue letter", CorrespondenceType.HARD_COPY,
                    InformationFlow.OUTBOUND, "2.50", 5);
            letter.setLanguageCodeDefault("ENU");
            for (String lang : List.of("ENU", "DAN", "DEU", "NLD")) {
                Attachment a = F.createAttachment();
                a.setFileName("Catalogue letter (" + lang + ").docx");
                a.setMediaType(DOCX);
                a.setCreated(Instant.now(clock));
                a = s.attachments().create(a, new ByteArrayInputStream(DemoLetter.docx(lang)));
                InteractionTemplateLanguage row = F.createInteractionTemplateLanguage();
                row.setLanguageCode(lang);
                row.setDescription("Catalogue letter (" + lang + ")");
                row.setWordTemplateNo(a.getNo());
                letter.getLanguages().add(row);
            }
            s.interactionTemplates().insert(letter);
            made++;
        }
        if (!s.interactionTemplates().exists("EMAIL")) {
            s.interactionTemplates().insert(template("EMAIL", "EMAIL", "Follow-up e-mail", CorrespondenceType.EMAIL,
                    InformationFlow.OUTBOUND, "0.20", 2));
            made++;
        }
        if (!s.interactionTemplates().exists("PHONE")) {
            InteractionTemplate phone = template("PHONE", "PHONE", "Phone call", CorrespondenceType.NONE,
                    InformationFlow.OUTBOUND, "1.00", 10);
            s.interactionTemplates().insert(phone);
            made++;
        }
        return made;
    }

    private static InteractionTemplate template(String code, String group, String description, CorrespondenceType type,
            InformationFlow flow, String cost, int minutes) {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode(code);
        t.setInteractionGroupCode(group);
        t.setDescription(description);
        t.setCorrespondenceType(type);
        t.setInformationFlow(flow);
        t.setInitiatedBy(InitiatedBy.US);
        t.setUnitCost(new BigDecimal(cost));
        t.setUnitDuration(minutes);
        return t;
    }

    /** 30 companies, each followed by its 4 persons, numbered from the CONTACT series. */
    private static List<Contact> contacts(StoreSession s) {
        List<Contact> all = new ArrayList<>();
        String[] groups = { "NEWS", "XMAS", "EVENT" };
        String[] industries = { "RETAIL", "WHOLESALE", "MANUFACT", "SERVICES" };
        int person = 0;
        for (int i = 0; i < 30; i++) {
            City city = CITIES.get(i % CITIES.size());
            Contact co = F.createContact();
            co.setNo(s.numberSeries().next("CONTACT"));
            co.setType(ContactType.COMPANY);
            co.setCompanyNo(co.getNo());
            co.setName(COMPANY_WORDS[i % COMPANY_WORDS.length] + " " + COMPANY_KINDS[i % COMPANY_KINDS.length]
                    + (i >= COMPANY_WORDS.length ? " " + city.name() : ""));
            co.setCompanyName(co.getName());
            co.setSearchName(ContactRules.searchName(co.getName()));
            co.setAddress((10 + i * 7) + " " + (city.country().equals("DK") ? "Havnegade"
                    : city.country().equals("DE") ? "Hauptstraße" : city.country().equals("NL") ? "Kerkstraat" : "High Street"));
            co.setPostCode(city.postCode());
            co.setCity(city.name());
            co.setCountryRegionCode(city.country());
            co.setLanguageCode(city.language());
            co.setSalutationCode("COMPANY");
            co.setSalespersonCode(city.salesperson());
            co.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            co.setPhoneNo("+00 " + (1000 + i * 37));
            co.setEmail("info@" + co.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example");
            co.setHomePage("www." + co.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example");
            ContactIndustryGroup ig = F.createContactIndustryGroup();
            ig.setIndustryGroupCode(industries[i % industries.length]);
            co.getIndustryGroups().add(ig);
            all.add(co);
            for (int p = 0; p < 4; p++) {
                person++;
                boolean female = person % 2 == 0;
                Contact c = F.createContact();
                c.setNo(s.numberSeries().next("CONTACT"));
                c.setType(ContactType.PERSON);
                c.setCompanyNo(co.getNo());
                c.setCompanyName(co.getName());
                c.setFirstName(female ? FEMALE[person % FEMALE.length] : MALE[person % MALE.length]);
                c.setSurname(SURNAMES[(person * 7) % SURNAMES.length]);
                c.setName(c.getFirstName() + " " + c.getSurname());
                c.setSearchName(ContactRules.searchName(c.getName()));
                c.setJobTitle(JOBS[p]);
                c.setAddress(co.getAddress());
                c.setPostCode(co.getPostCode());
                c.setCity(co.getCity());
                c.setCountryRegionCode(co.getCountryRegionCode());
                c.setLanguageCode(co.getLanguageCode());
                c.setSalutationCode(female ? "F" : "M");
                c.setSalespersonCode(co.getSalespersonCode());
                c.setCorrespondenceType(p == 3 ? CorrespondenceType.EMAIL : CorrespondenceType.HARD_COPY);
                c.setEmail(p == 2 && i % 3 == 0 ? null
                        : (c.getFirstName() + "." + c.getSurname()).toLowerCase(java.util.Locale.ROOT)
                                .replaceAll("[^a-z.]", "") + "@" + co.getEmail().substring(5));
                c.setPhoneNo(co.getPhoneNo() + "-" + (p + 1));
                c.setExcludeFromSegment(person % 29 == 0);
                c.setPrivacyBlocked(person % 53 == 0);
                ContactMailingGroup mg = F.createContactMailingGroup();
                mg.setMailingGroupCode(groups[person % groups.length]);
                c.getMailingGroups().add(mg);
                all.add(c);
            }
        }
        return all;
    }
}
