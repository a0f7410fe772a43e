package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.segmenta.merge.word.MergeBench;

/**
 * Letters per second for a one-page letter, 10,000 records, one thread, after warm-up, and the ratio to
 * re-zipping the template. Not asserted (machines differ); runs only with {@code -Dsegmenta.bench=true}, e.g.
 * {@code ./mvnw -o verify -pl bundles/org.segmenta.merge.word.tests -Dsegmenta.test.vmargs="-Dsegmenta.bench=true -Dsegmenta.shared=$PWD/../shared"}.
 */
class MergeBenchTest {

    @Test
    @EnabledIfSystemProperty(named = "segmenta.bench", matches = "true")
    void lettersPerSecond() throws Exception {
        for (String f : new String[] { "bouke_macword2011.docx", "poi_52449_danish.docx" }) {
            MergeBench.Result r = MergeBench.run(CorpusMergeTest.SERVICE, Docx.corpus(f), Contacts.karen(), 10_000, 3_000);
            System.out.println("bench " + f + ": " + r);
            assertEquals(10_000, r.letters());
        }
    }
}
