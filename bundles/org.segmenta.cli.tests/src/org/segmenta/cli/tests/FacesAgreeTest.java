package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.Cli;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.model.SavedSegmentCriteria;

/**
 * The command line and a direct service call agree, because the rule is in the service (issue 12, defect 3): a
 * saved criteria code typed in any case is one code. (The window's handler is checked in the UI tests with the same
 * expected code.)
 */
class FacesAgreeTest {

    @TempDir
    Path tmp;

    private DirectServices services;
    private Console cli;

    @BeforeEach
    void open() {
        services = new DirectServices(tmp);
        cli = new Console(services);
        ok("demo");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void ok(String... args) {
        assertEquals(Cli.OK, cli.run(args), String.join(" ", args) + "\n" + cli.both());
    }

    private List<String> savedCodes() {
        return services.get(Store.class).read(s -> s.savedCriteria().list().stream()
                .map(SavedSegmentCriteria::getCode).sorted().toList());
    }

    @Test
    void savedCriteriaCodesAreTheSameFromTheCommandLineAndTheService() {
        ok("segment", "save-criteria", "SEG00001", "autumn");
        assertEquals("Saved the criteria of segment SEG00001 as AUTUMN.", cli.out().strip());
        String direct = services.get(SegmentService.class).saveCriteria("SEG00001", "Spring ", "Spring");
        assertEquals("SPRING", direct);
        assertEquals(List.of("AUTUMN", "SPRING"), savedCodes());

        ok("segment", "new", "--description", "Again");
        ok("segment", "reuse-criteria", "SEG00002", "AUTUMN");
        ok("segment", "new", "--description", "Once more");
        ok("segment", "reuse-criteria", "SEG00003", "spring");
        assertEquals(services.get(SegmentService.class).lineCount("SEG00001"),
                services.get(SegmentService.class).lineCount("SEG00003"));
    }
}
