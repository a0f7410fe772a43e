package org.segmenta.store.derby.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.store.derby.internal.StoreBenchmark;

/**
 * Not a test: runs {@link StoreBenchmark} when asked, for example
 * {@code ./mvnw -o -pl ...store.derby.tests verify -Dtest=ContactBenchmarkRun
 * -Dsegmenta.test.vmargs="-Xmx1g -Dsegmenta.bench.contacts=1000000"}, and prints the figures. It asserts
 * nothing about time.
 */
class ContactBenchmarkRun {

    @TempDir
    Path dir;

    @Test
    @EnabledIfSystemProperty(named = "segmenta.bench.contacts", matches = "\\d+")
    void storeAgainstPlainJdbc() throws Exception {
        int n = Integer.parseInt(System.getProperty("segmenta.bench.contacts"));
        System.out.println("BENCH " + StoreBenchmark.contacts(n, dir));
    }
}
