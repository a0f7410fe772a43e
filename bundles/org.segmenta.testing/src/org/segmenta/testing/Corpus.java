package org.segmenta.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared test corpus (real files written by other tools), read in place from {@code ../shared/data}. */
public final class Corpus {

    private Corpus() {
    }

    /**
     * @param folder a folder of {@code shared/data}, for example {@code docx} or {@code contacts}
     * @return its path; the calling test is skipped, saying where it looked, when the corpus is not there
     *         (CI has it beside the clone; {@code .ci/run} warns when it does not)
     */
    public static Path dir(String folder) {
        Path dir = Path.of(System.getProperty("segmenta.shared", "../shared"), "data", folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "the shared test corpus is not at " + dir.toAbsolutePath()
                + "; clone the repository beside shared/ or set SEGMENTA_SHARED");
        return dir;
    }
}
