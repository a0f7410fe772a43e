package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.SegmentaPreferences;
import org.segmenta.ui.internal.handlers.NewSegmentHandler;
import org.segmenta.ui.internal.letters.OutputPage;

/**
 * The preferences are read by their callers: Window › Preferences › Defaults' salesperson and language go into a new
 * segment (through the interaction service, which refuses an unknown code), Merge's output folder is where the Merge
 * wizard proposes to write the letters.
 */
class DefaultsPreferencesTest {

    @TempDir
    Path folder;

    private TestServices services;

    @BeforeEach
    void open() {
        services = new TestServices(folder);
        services.demo().load();
    }

    @AfterEach
    void close() throws Exception {
        SegmentaPreferences.set(SegmentaPreferences.MERGE_OUTPUT_FOLDER, "");
        services.close();
    }

    @Test
    void aNewSegmentGetsTheDefaultSalespersonAndLanguage() {
        NewSegmentHandler.Created c = NewSegmentHandler.create(services.segments(), services.interactions(), "ab", "enu");
        var h = services.segments().get(c.header().getNo()).orElseThrow();
        assertEquals("AB", h.getSalespersonCode());
        assertEquals("ENU", h.getLanguageCodeDefault());
        assertTrue(c.message().startsWith("Segment " + h.getNo() + " created."), c.message());
    }

    @Test
    void anUnknownDefaultIsNotUsedAndTheEditorSaysWhy() {
        NewSegmentHandler.Created c = NewSegmentHandler.create(services.segments(), services.interactions(), "NOBODY", "");
        var h = services.segments().get(c.header().getNo()).orElseThrow();
        assertNull(h.getSalespersonCode());
        assertTrue(c.message().contains("were not used: ") && c.message().contains("NOBODY"), c.message());
    }

    @Test
    void noDefaultsMakeAPlainSegment() {
        NewSegmentHandler.Created c = NewSegmentHandler.create(services.segments(), services.interactions(), "", "");
        assertNull(services.segments().get(c.header().getNo()).orElseThrow().getSalespersonCode());
    }

    @Test
    void theMergeWizardWritesToTheMergeOutputFolder() throws Exception {
        assertEquals(Path.of(System.getProperty("user.home"), "Segmenta letters"), OutputPage.outputFolder());
        SegmentaPreferences.set(SegmentaPreferences.MERGE_OUTPUT_FOLDER, folder.resolve("letters").toString());
        assertEquals(folder.resolve("letters"), OutputPage.outputFolder());
    }
}
