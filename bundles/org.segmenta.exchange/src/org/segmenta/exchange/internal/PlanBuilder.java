package org.segmenta.exchange.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.core.contact.ContactRules;
import org.segmenta.exchange.ContactLookup;
import org.segmenta.exchange.ContactUpdate;
import org.segmenta.exchange.DuplicatePolicy;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ImportReport.Created;
import org.segmenta.exchange.ImportReport.Note;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.ImportReport.Skipped;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.rules.SegmentaValidator;

/**
 * Turns the drafts read from one file into an {@link ImportPlan}: names derived where missing, companies made from
 * organisations (or found among existing contacts) and persons linked to them, duplicates within the file and
 * against existing contacts reported, numbers drawn, and every new contact checked by the model's validator.
 */
public final class PlanBuilder {

    /** The longest mailing group code made from a category (longer names are cut). */
    public static final int MAILING_GROUP_CODE_LENGTH = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Path file;
    private final ImportFormat format;
    private final Charset charset;
    private final ImportOptions options;

    private final List<Contact> contacts = new ArrayList<>();
    private final List<Created> created = new ArrayList<>();
    private final List<ContactUpdate> updates = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, String> mailingGroups = new LinkedHashMap<>();

    /** e-mail key → line of the first row with it */
    private final Map<String, Integer> emails = new HashMap<>();
    /** name|company key → line of the first row with it */
    private final Map<String, Integer> names = new HashMap<>();
    /** company name key → the company contact (new or existing) persons link to */
    private final Map<String, Contact> companies = new HashMap<>();
    /** contacts known by No.: new ones and existing companies linked to, for the validator */
    private final Map<String, Contact> byNo = new HashMap<>();
    private final Set<String> numbersUsed = new java.util.HashSet<>();

    /**
     * @param file the file (for the report)
     * @param format its format
     * @param charset its encoding
     * @param options the import options
     */
    public PlanBuilder(Path file, ImportFormat format, Charset charset, ImportOptions options) {
        this.file = file;
        this.format = format;
        this.charset = charset;
        this.options = options;
    }

    /** Adds a note on the whole file (line 0) or a line. */
    public void note(int line, String message) {
        notes.add(new Note(line, message));
    }

    /**
     * @param drafts the rows in file order
     * @return the plan
     */
    public ImportPlan build(List<Draft> drafts) {
        for (Draft d : drafts) {
            add(d);
        }
        ImportReport report = new ImportReport(file, format, charset, created, updates, skipped, notes,
                mailingGroups);
        return new ImportPlan(contacts, updates, report);
    }

    private void add(Draft d) {
        if (d.skipReason != null) {
            skip(d.line, Reason.NO_IDENTITY, d.skipReason);
            return;
        }
        normalise(d);
        if (d.skipReason != null) {
            skip(d.line, Reason.NO_IDENTITY, d.skipReason);
            return;
        }
        Contact proposed = toContact(d);
        String label = describe(d);

        // duplicates within the file
        String emailKey = d.email == null ? null : ContactLookup.normalise(d.email);
        String nameKey = ContactLookup.normalise(proposed.getName()) + "|" + ContactLookup.normalise(d.companyName)
                + "|" + proposed.getType();
        Integer first = emailKey == null ? null : emails.get(emailKey);
        if (first != null) {
            skip(d.line, Reason.DUPLICATE_IN_FILE, label + " has the same e-mail address (" + d.email
                    + ") as the contact at line " + first + "; it is imported once.");
            return;
        }
        first = names.get(nameKey);
        if (first == null && d.company) {
            Contact c = companies.get(ContactLookup.normalise(d.companyName));
            if (c != null && created.stream().anyMatch(e -> e.contact() == c && e.fromOrganisation())) {
                // a company card after a person of that company: it completes the company made from the person's ORG
                fillEmpty(c, proposed);
                notes.add(new Note(d.line, label + " completes the company " + c.getNo()
                        + " made from the organisation of an earlier card or row."));
                names.put(nameKey, d.line);
                if (emailKey != null) {
                    emails.put(emailKey, d.line);
                }
                return;
            }
        }
        if (first != null) {
            skip(d.line, Reason.DUPLICATE_IN_FILE, label + " has the same name and company as the contact at line "
                    + first + "; it is imported once.");
            return;
        }
        if (emailKey != null) {
            emails.put(emailKey, d.line);
        }
        names.put(nameKey, d.line);

        // duplicates of existing contacts
        ContactLookup lookup = options.existing();
        Optional<Contact> existing = emailKey == null ? Optional.empty() : lookup.findByEmail(d.email);
        String why = "the same e-mail address (" + d.email + ")";
        if (existing.isEmpty()) {
            existing = lookup.findByName(proposed.getName(), d.companyName, proposed.getType());
            why = "the same name and company";
        }
        if (existing.isPresent()) {
            duplicateOfExisting(d, existing.get(), proposed, label, why);
            return;
        }

        // the company a person works for
        if (!d.company && d.companyName != null) {
            Contact company = companyFor(d);
            proposed.setCompanyNo(company.getNo());
        }
        proposed.setNo(nextNumber(d.line));
        if (d.company) {
            proposed.setCompanyNo(proposed.getNo());
            companies.put(ContactLookup.normalise(d.companyName), proposed);
        }
        Diagnostic diagnostic = SegmentaValidator.validate(proposed, byNo::get);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            skip(d.line, Reason.INVALID, label + " breaks a rule: " + diagnostic.getChildren().get(0).getMessage());
            return;
        }
        add(d.line, proposed, false);
        for (String n : d.notes) {
            notes.add(new Note(d.line, label + ": " + n));
        }
    }

    private void duplicateOfExisting(Draft d, Contact existing, Contact proposed, String label, String why) {
        String what = label + " already exists as contact " + existing.getNo() + " (" + why + ")";
        if (options.duplicates() == DuplicatePolicy.FILL_EMPTY_FIELDS) {
            Contact copy = EcoreUtil.copy(existing);
            List<String> filled = fillEmpty(copy, proposed);
            if (!filled.isEmpty()) {
                updates.add(new ContactUpdate(existing, copy, filled, d.line));
                return;
            }
            skip(d.line, Reason.DUPLICATE_EXISTING, what + " and the file adds nothing to it.");
            return;
        }
        skip(d.line, Reason.DUPLICATE_EXISTING, what + "; it is not imported again.");
    }

    private Contact companyFor(Draft d) {
        String key = ContactLookup.normalise(d.companyName);
        Contact company = companies.get(key);
        if (company != null) {
            return company;
        }
        Optional<Contact> existing = options.existing().findByName(d.companyName, d.companyName, ContactType.COMPANY);
        if (existing.isPresent()) {
            company = existing.get();
            byNo.put(company.getNo(), company);
            notes.add(new Note(d.line, describe(d) + " is linked to the existing company " + company.getNo() + " "
                    + company.getName() + "."));
        } else {
            company = SegmentaFactory.eINSTANCE.createContact();
            company.setType(ContactType.COMPANY);
            company.setName(d.companyName);
            company.setCompanyName(d.companyName);
            company.setSearchName(ContactRules.searchName(d.companyName));
            company.setNo(nextNumber(d.line));
            company.setCompanyNo(company.getNo());
            add(d.line, company, true);
        }
        companies.put(key, company);
        return company;
    }

    private void add(int line, Contact c, boolean fromOrganisation) {
        contacts.add(c);
        byNo.put(c.getNo(), c);
        created.add(new Created(line, c, fromOrganisation));
    }

    private String nextNumber(int line) {
        String no = options.numbers().get();
        if (no == null || no.isBlank() || !numbersUsed.add(no)) {
            throw new IllegalStateException("line " + line + ": the number series gave "
                    + (no == null || no.isBlank() ? "no number" : "the number " + no + " twice")
                    + "; check the number series passed to the import.");
        }
        return no;
    }

    private void skip(int line, Reason reason, String message) {
        skipped.add(new Skipped(line, reason, message));
    }

    /** Cleans the values, drops an invalid e-mail, derives a missing name, maps country and language. */
    private void normalise(Draft d) {
        for (var f : Draft.class.getFields()) {
            if (f.getType() == String.class && !java.lang.reflect.Modifier.isFinal(f.getModifiers())) {
                try {
                    f.set(d, Draft.clean((String) f.get(d)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (d.email != null && !EMAIL.matcher(d.email).matches()) {
            d.notes.add("'" + d.email + "' is not an e-mail address and was left out");
            d.email = null;
        }
        if (d.name == null) {
            d.name = Draft.join(" ", d.firstName, d.middleName, d.surname);
        }
        if (d.name == null && d.companyName != null) {
            d.company = true;
        }
        if (d.company) {
            if (d.companyName == null) {
                d.companyName = d.name;
            }
            d.name = d.companyName;
        }
        if (d.name == null) {
            if (d.email != null) {
                d.name = d.email;
                d.notes.add("the card or row has no name; the contact is named after its e-mail address");
            } else if (d.phone != null || d.mobile != null) {
                d.name = d.phone != null ? d.phone : d.mobile;
                d.notes.add("the card or row has no name or e-mail; the contact is named after its phone number");
            } else {
                d.skipReason = "it has no name, company, e-mail address or phone number to make a contact of.";
                return;
            }
        }
        if (d.country != null) {
            String iso = Countries.isoCode(d.country);
            if (iso == null) {
                d.notes.add("country '" + d.country + "' is not a country name or ISO code; Country/Region Code left empty");
            }
            d.country = iso;
        }
        if (d.language != null) {
            String code = options.languageCodes().apply(d.language);
            if (code == null) {
                d.notes.add("language '" + d.language + "' has no language code; Language Code left empty");
            }
            d.language = code;
        }
    }

    private Contact toContact(Draft d) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setType(d.company ? ContactType.COMPANY : ContactType.PERSON);
        c.setName(d.name);
        c.setName2(d.name2);
        c.setSearchName(ContactRules.searchName(d.name));
        if (!d.company) {
            c.setFirstName(d.firstName);
            c.setMiddleName(d.middleName);
            c.setSurname(d.surname);
            c.setInitials(d.initials);
            c.setJobTitle(d.jobTitle);
        }
        c.setCompanyName(d.companyName);
        c.setAddress(d.address);
        c.setAddress2(d.address2);
        c.setPostCode(d.postCode);
        c.setCity(d.city);
        c.setCounty(d.county);
        c.setCountryRegionCode(d.country);
        c.setPhoneNo(d.phone);
        c.setMobilePhoneNo(d.mobile);
        c.setFaxNo(d.fax);
        c.setEmail(d.email);
        c.setHomePage(d.homePage);
        c.setLanguageCode(d.language);
        Set<String> codes = new LinkedHashSet<>();
        for (String category : d.categories) {
            String name = Draft.clean(category);
            if (name == null) {
                continue;
            }
            String code = name.toUpperCase(Locale.ROOT);
            if (code.length() > MAILING_GROUP_CODE_LENGTH) {
                code = code.substring(0, MAILING_GROUP_CODE_LENGTH).strip();
            }
            if (codes.add(code)) {
                ContactMailingGroup g = SegmentaFactory.eINSTANCE.createContactMailingGroup();
                g.setMailingGroupCode(code);
                c.getMailingGroups().add(g);
                mailingGroups.putIfAbsent(code, name);
            }
        }
        return c;
    }

    /** Fills the empty attributes of {@code target} from {@code source}; returns the names of those filled. */
    private static List<String> fillEmpty(Contact target, Contact source) {
        List<String> filled = new ArrayList<>();
        for (EAttribute a : SegmentaPackage.Literals.CONTACT.getEAllAttributes()) {
            if (a == SegmentaPackage.Literals.CONTACT__NO || a == SegmentaPackage.Literals.CONTACT__COMPANY_NO
                    || a == SegmentaPackage.Literals.CONTACT__TYPE || a.getEType() != org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING) {
                continue;
            }
            Object mine = target.eGet(a);
            Object theirs = source.eGet(a);
            if ((mine == null || mine.toString().isBlank()) && theirs != null) {
                target.eSet(a, theirs);
                filled.add(a.getName());
            }
        }
        Set<String> have = new java.util.HashSet<>();
        target.getMailingGroups().forEach(g -> have.add(g.getMailingGroupCode()));
        boolean groups = false;
        for (ContactMailingGroup g : source.getMailingGroups()) {
            if (have.add(g.getMailingGroupCode())) {
                ContactMailingGroup copy = SegmentaFactory.eINSTANCE.createContactMailingGroup();
                copy.setMailingGroupCode(g.getMailingGroupCode());
                target.getMailingGroups().add(copy);
                groups = true;
            }
        }
        if (groups) {
            filled.add("mailingGroups");
        }
        return filled;
    }

    private static String describe(Draft d) {
        return (d.company ? "Company " : "") + "'" + d.label() + "'";
    }
}
