package org.segmenta.core.demo;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.segmenta.core.contact.ContactRules;
import org.segmenta.core.store.Store;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentaFactory;

/**
 * A small, predictable world of generated data, for the tests ({@code TestServices.seed}) and the {@code bench}
 * command's figures that need stored contacts (delivery): unlike {@link DemoData}, which is realistic sample data
 * for a user to try Segmenta on, every value here follows from the contact's number, so a test knows what to
 * expect (see {@link #inCity}).
 */
public final class SeedData {

    /** The cities contacts live in, in turn: contact {@code i} (1-based) lives in {@code CITIES[(i - 1) % 4]}. */
    public static final List<String> CITIES = List.of("Copenhagen", "Aarhus", "Odense", "Aalborg");

    /** The interaction template {@link #seed} creates: an outbound letter, hard copy. */
    public static final String TEMPLATE = "LETTER";

    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private SeedData() {
    }

    /**
     * Creates salespeople JO and MARY, the interaction group LETTERS with the template {@link #TEMPLATE}, and
     * {@code contacts} contacts {@code CT000001...}: every fifth a company, the others persons of the company before
     * them; contact {@code i} lives in {@code CITIES[(i - 1) % 4]}, has the e-mail address {@code c<i>@example.dk}
     * and salesperson JO. Two write units (set-up, then the contacts).
     *
     * @param store an empty store
     * @param contacts how many contacts
     */
    public static void seed(Store store, int contacts) {
        store.write(s -> {
            for (String code : List.of("JO", "MARY")) {
                Salesperson sp = F.createSalesperson();
                sp.setCode(code);
                sp.setName(code.equals("JO") ? "Jo Hansen" : "Mary Dane");
                s.salespeople().insert(sp);
            }
            InteractionGroup group = F.createInteractionGroup();
            group.setCode("LETTERS");
            group.setDescription("Letters");
            s.interactionGroups().insert(group);
            InteractionTemplate t = F.createInteractionTemplate();
            t.setCode(TEMPLATE);
            t.setDescription("Letter");
            t.setInteractionGroupCode("LETTERS");
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setInitiatedBy(InitiatedBy.US);
            t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            t.setUnitCost(new BigDecimal("1.50"));
            t.setUnitDuration(5);
            s.interactionTemplates().insert(t);
            return null;
        });
        insertContacts(store, contacts);
    }

    /**
     * Inserts {@code n} contacts as {@link #seed} describes, streamed in batches in one write unit (100,000s are
     * fine); salesperson JO must exist.
     *
     * @param store the store
     * @param n how many
     * @return how many were inserted
     */
    public static long insertContacts(Store store, int n) {
        return store.write(s -> s.contacts().insertAll(new Iterator<Contact>() {
            private int i;
            private String company;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Contact next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                i++;
                Contact c = F.createContact();
                c.setNo(contactNo(i));
                c.setCity(CITIES.get((i - 1) % CITIES.size()));
                c.setEmail("c" + i + "@example.dk");
                c.setSalespersonCode("JO");
                c.setCorrespondenceType(CorrespondenceType.HARD_COPY);
                if (i % 5 == 1) {
                    c.setType(ContactType.COMPANY);
                    c.setName("Company " + i);
                    c.setCompanyNo(c.getNo());
                    c.setCompanyName(c.getName());
                    company = c.getNo();
                } else {
                    c.setType(ContactType.PERSON);
                    c.setFirstName("Ann");
                    c.setSurname("Person" + i);
                    c.setName("Ann Person" + i);
                    c.setCompanyNo(company);
                    c.setCompanyName("Company " + (i - (i - 1) % 5));
                }
                c.setSearchName(ContactRules.searchName(c.getName()));
                return c;
            }
        }));
    }

    /**
     * @param i a seeded contact's place, 1-based
     * @return its No., {@code CT000001} for 1
     */
    public static String contactNo(int i) {
        return String.format("CT%06d", i);
    }

    /**
     * @param city a city of {@link #CITIES}
     * @param contacts how many contacts were seeded
     * @return how many of them live there
     */
    public static long inCity(String city, int contacts) {
        int k = CITIES.indexOf(city);
        long count = 0;
        for (int i = 1; i <= contacts; i++) {
            if ((i - 1) % CITIES.size() == k) {
                count++;
            }
        }
        return count;
    }
}
