package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.store.derby.tests.UnitGuards.NEWS;
import static org.segmenta.store.derby.tests.UnitGuards.THREE_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.TWO_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.step;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.store.ContactRepository;
import org.segmenta.model.Contact;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.World;

/**
 * The store's optimizer hints work on a machine whose default locale is Turkish. Derby upper-cases an unquoted
 * {@code --DERBY-PROPERTIES} value with the JVM's default locale ({@code String.toUpperCase()}), so a hint naming
 * {@code segment_line_by_contact} or {@code contact_by_email_key} asked, under tr-TR, for an index
 * {@code SEGMENT_LİNE_BY_CONTACT} (dotted capital I) that does not exist (42X65) and the statement failed. Every
 * statement that names an index runs here with the default locale tr-TR from the database's creation on (Derby
 * compiles a statement once per database, so the locale must be Turkish when each is first prepared): Add with
 * members in the segment (the member probe, the count of excluded contacts), the live count (the contact index's
 * read of a segment's members), Check before Log and Log (the member probe per line), and duplicate matching by
 * e-mail and name (the import's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurkishLocaleHintTest {

    private Locale before;
    private World w;

    @BeforeAll
    void world(@TempDir Path dir) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertEquals("SEGMENT_L\u0130NE", "segment_line".toUpperCase(), "the locale upper-cases i to a dotted I");
        w = new World(dir, 300, 20261208L);
        UnitGuards.salespeopleAndLetter(w);
    }

    @AfterAll
    void close() {
        try {
            if (w != null) {
                w.close();
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void stepsTheLiveCountCheckBeforeLogAndLogRunUnderATurkishLocale() {
        InteractionService interactions = w.services.interactions();
        String seg = w.segments.create("Tür").getNo();
        interactions.chooseTemplate(seg, "LETTER", false);
        long first = w.segments.apply(seg, step(CriteriaAction.ADD, THREE_CITIES)).added();
        assertTrue(first > 100, "the first Add gives " + first + " lines");
        // the segment has members now: the Add probes each candidate's membership by the named index
        long counted = w.segments.count(seg, step(CriteriaAction.ADD, TWO_CITIES, NEWS)).newLines();
        long added = w.segments.apply(seg, step(CriteriaAction.ADD, TWO_CITIES, NEWS)).added();
        assertEquals(counted, added, "the live count and the Add agree");
        Set<String> expectedNew = w.contacts.values().stream()
                .filter(c -> "Aalborg".equals(c.getCity()))
                .filter(c -> c.getMailingGroups().stream().anyMatch(g -> "NEWS".equals(g.getMailingGroupCode())))
                .filter(c -> !c.isExcludeFromSegment() && !c.isPrivacyBlocked()).map(Contact::getNo)
                .collect(Collectors.toSet());
        assertEquals(expectedNew.size(), added, "only the Aalborg members of NEWS are new (Copenhagen's are in)");
        long lines = w.segments.lineCount(seg);
        assertEquals(first + added, lines);
        // Check before Log and Log probe each line's other lines of the same contact by the named index
        interactions.validate(seg, false);
        long entries = interactions.log(seg, new LogOptions(false, false, "TR")).entries();
        assertTrue(entries > 0 && entries <= lines, entries + " entries of " + lines + " lines");
    }

    @Test
    void duplicateMatchingByEmailAndNameRunsUnderATurkishLocale() {
        Contact withMail = w.contacts.values().stream().filter(c -> c.getEmail() != null && !c.getEmail().isBlank())
                .findFirst().orElseThrow();
        Contact named = w.contacts.values().stream().filter(c -> c.getName() != null && c.getCompanyName() != null
                && !c.getNo().equals(c.getCompanyNo())).findFirst().orElseThrow();
        List<Contact> found = w.store.read(s -> s.contacts().findMatching(List.of(withMail.getEmail()),
                List.of(new ContactRepository.NameKey(named.getName(), named.getCompanyName()))));
        Set<String> nos = found.stream().map(Contact::getNo).collect(Collectors.toSet());
        assertTrue(nos.contains(withMail.getNo()), "found by e-mail: " + nos);
        assertTrue(nos.contains(named.getNo()), "found by name and company: " + nos);
    }
}
