package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.segment.Provenance;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.exchange.SegmentLineRow;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentLine;

/**
 * The command line, the export and a direct service call agree, because the rule is in one place (issue 12, defects
 * 3 and 6): a saved criteria code typed in any case is one code; a line's provenance is one text. (The window is
 * checked in the UI tests with the same expected values.)
 */
class FacesAgreeTest extends CommandLineFixture {

    @BeforeEach
    void demo() {
        ok("demo");
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

    /** Defect 6: a line's provenance reads the same in the command line's lines, its export and the core. */
    @Test
    void provenanceIsTheSameTextInLinesExportAndCore() throws Exception {
        SegmentService segments = services.get(SegmentService.class);
        ok("segment", "new", "--description", "Provenance");
        ok("segment", "add", "SEG00002", "--filter", "contact.no=CT000012|CT000015");
        segments.addContacts("SEG00002", List.of("CT000020"), "Added by hand");
        ok("segment", "lines", "SEG00002", "--json");
        List<Map<String, Object>> rows = Json.rows(cli.out());
        List<SegmentLine> lines = segments.lines("SEG00002", 0, 100);
        assertEquals(3, rows.size());
        Path csv = tmp.resolve("lines.csv");
        ok("export", "SEG00002", "--csv", csv.toString());
        List<String> exported;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.read(); // the byte order mark
            exported = CSVParser.parse(r, CSVFormat.RFC4180).getRecords().stream().skip(1)
                    .map(rec -> rec.get(rec.size() - 1)).toList();
        }
        for (int i = 0; i < lines.size(); i++) {
            String core = Provenance.describe(lines.get(i));
            assertEquals(core, rows.get(i).get("step"), "the command line's lines");
            assertEquals(core, exported.get(i), "the export");
            assertEquals(core, SegmentLineRow.of(lines.get(i), null).provenance(), "the export's rows");
        }
        assertEquals(List.of("Step 1, Add Contacts", "Step 1, Add Contacts", "Step 2, Add Contacts by hand"),
                lines.stream().map(Provenance::describe).toList());
    }
}
