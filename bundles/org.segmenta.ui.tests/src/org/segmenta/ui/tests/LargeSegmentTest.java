package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/**
 * A segment of 100,000 lines opens in its editor: measures the time from making the part to the first page of lines
 * on screen (printed and written to {@code target/first-page.txt}; not asserted, machines differ).
 */
class LargeSegmentTest {

    private static final int LINES = 100_000;

    @TempDir
    Path folder;

    private TestServices services;
    private PartContext ui;

    @BeforeEach
    void open() {
        services = new TestServices(folder).seed(LINES);
        ui = new PartContext(services);
    }

    @AfterEach
    void close() {
        ui.close();
        services.close();
    }

    @Test
    void aHundredThousandLineSegmentOpensWithItsFirstPage() throws Exception {
        String no = services.segments().create("All contacts").getNo();
        services.segments().apply(no, StepRequest.of(CriteriaAction.ADD));
        assertEquals(LINES, services.segments().lineCount(no));

        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().put(SegmentEditors.SEGMENT_NO, no);
        ui.context.set(MPart.class, part);
        ui.context.set(MDirtyable.class, part);
        ui.shell.open();
        long start = System.nanoTime();
        SegmentEditorPart editor = ui.make(SegmentEditorPart.class);
        ui.waitUntil(() -> editor.lineContent().count() == LINES
                && editor.lines().getTable().getItem(0).getText(1).equals("CT000001"), "the first page of lines");
        long millis = (System.nanoTime() - start) / 1_000_000;
        String figure = "A " + LINES + "-line segment opened with its first page of lines in " + millis + " ms";
        System.out.println(figure);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "first-page.txt"), figure + "\n");
        Screenshots.save(ui.shell, "segment-100k-lines.png");

        long jump = System.nanoTime();
        editor.lines().getTable().setTopIndex(LINES - 30);
        ui.waitUntil(() -> editor.lines().getTable().getItem(LINES - 1).getText(1).startsWith("CT"), "the last page");
        System.out.println("Jumping to the last page took " + (System.nanoTime() - jump) / 1_000_000 + " ms");
    }
}
