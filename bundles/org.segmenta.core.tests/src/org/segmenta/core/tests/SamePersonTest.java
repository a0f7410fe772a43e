package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.Contact;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Issue 12, defect 7: two contact cards of one person on two lines of a segment (the same e-mail address ignoring
 * case, or the same name and company) give a pre-Log warning that names both lines (SuiteCRM #6420, Odoo PR 167746).
 * Demo data: CT000012 Jens ... and CT000015 ..., persons of CT000011; two more cards are made for them.
 */
class SamePersonTest {

    @TempDir
    Path tmp;

    private LocalStore store;
    private SegmentServiceImpl segments;
    private InteractionServiceImpl interactions;

    @BeforeEach
    void open() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        Clock clock = Clock.fixed(HeaderPropagationTest.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        interactions = new InteractionServiceImpl(store, segments, WordMerge.service(), clock);
        new DemoDataImpl(store, segments, clock).load();
        store.write(s -> {
            Contact a = EcoreUtil.copy(s.contacts().require("CT000012"));
            a.setNo("CT900001");
            a.setName("J. Other Card");
            a.setFirstName("J.");
            a.setEmail("  " + a.getEmail().toUpperCase() + " ");
            Contact b = EcoreUtil.copy(s.contacts().require("CT000015"));
            b.setNo("CT900002");
            b.setEmail("private.address@example.org");
            s.contacts().insertAll(List.of(a, b).iterator());
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void twoCardsOfOnePersonOnTwoLinesAreAWarningNamingBothLines() {
        String seg = segments.create("Same person").getNo();
        segments.apply(seg, StepRequest.of(CriteriaAction.ADD,
                new FieldFilter("contact", "no", "CT000012|CT000015|CT900001|CT900002|CT000013")));
        Map<String, Integer> line = segments.lines(seg, 0, 100).stream()
                .collect(Collectors.toMap(SegmentLine::getContactNo, SegmentLine::getLineNo));
        List<String> warnings = interactions.validate(seg, false).stream()
                .filter(p -> p.severity() == LogProblem.Severity.WARNING && "Contact No.".equals(p.field()))
                .map(LogProblem::message).toList();
        assertEquals(List.of(pair(line, "CT000012", "CT900001", "the same e-mail address"),
                pair(line, "CT000015", "CT900002", "the same name and company")).stream().sorted().toList(),
                warnings.stream().sorted().toList());
    }

    /** The warning, on the later of the two lines. */
    private static String pair(Map<String, Integer> line, String a, String b, String reason) {
        String first = line.get(a) < line.get(b) ? a : b;
        String later = first.equals(a) ? b : a;
        return "Line " + line.get(later) + " (" + later + ") and line " + line.get(first) + " (" + first
                + ") are likely the same person: " + reason + ". Remove one of the lines, or log both if they are two people.";
    }

    @Test
    void theSameCardTwiceIsNotTwoCards() {
        String seg = segments.create("Twice").getNo();
        segments.addContacts(seg, List.of("CT000012", "CT000012"), "Added by hand");
        assertEquals(List.of(), interactions.validate(seg, false).stream()
                .filter(p -> "Contact No.".equals(p.field()) && p.message().contains("same person")).toList());
    }
}
