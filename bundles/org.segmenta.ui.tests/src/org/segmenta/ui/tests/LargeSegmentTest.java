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

    private SegmentEditorPart open(String segmentNo) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().put(SegmentEditors.SEGMENT_NO, segmentNo);
        ui.context.set(MPart.class, part);
        ui.context.set(MDirtyable.class, part);
        return ui.make(SegmentEditorPart.class);
    }

    @Test
    void aHundredThousandLineSegmentOpensWithItsFirstPage() throws Exception {
        String no = services.segments().create("All contacts").getNo();
        services.segments().apply(no, StepRequest.of(CriteriaAction.ADD));
        assertEquals(LINES, services.segments().lineCount(no));

        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            services.segments().lineCount(no);
            long t1 = System.nanoTime();
            var page = services.segments().lines(no, 0, 100);
            long t2 = System.nanoTime();
            services.store().read(s -> {
                for (var l : page) {
                    s.contacts().get(l.getContactNo());
                }
                return null;
            });
            long t3 = System.nanoTime();
            services.segments().get(no);
            services.segments().steps(no);
            long t4 = System.nanoTime();
            System.out.println("round " + round + ": lineCount " + (t1 - t0) / 1_000_000 + " ms, lines(0,100) " + (t2 - t1) / 1_000_000
                    + " ms, 100 contacts " + (t3 - t2) / 1_000_000 + " ms, header+steps " + (t4 - t3) / 1_000_000 + " ms");
        }
        ui.shell.open();
        // the first editor in a fresh JVM also pays for loading and compiling the UI classes: measure it too
        String small = services.segments().create("One").getNo();
        services.segments().addContacts(small, java.util.List.of("CT000001"), "by hand");
        long cold = System.nanoTime();
        SegmentEditorPart first = open(small);
        ui.waitUntil(() -> first.lineContent().count() == 1 && first.lines().getTable().getItem(0).getText(1).equals("CT000001"),
                "the small segment's line");
        long coldMillis = (System.nanoTime() - cold) / 1_000_000;
        for (org.eclipse.swt.widgets.Control c : ui.shell.getChildren()) {
            c.dispose();
        }

        long start = System.nanoTime();
        SegmentEditorPart editor = open(no);
        long made = System.nanoTime();
        ui.waitUntil(() -> editor.lineContent().count() == LINES, "the count");
        long counted = System.nanoTime();
        ui.waitUntil(() -> editor.lines().getTable().getItem(0).getText(1).equals("CT000001"), "the first page of lines");
        System.out.println("made " + (made - start) / 1_000_000 + " ms, counted+first page read and set " + (counted - made) / 1_000_000
                + " ms, shown " + (System.nanoTime() - counted) / 1_000_000 + " ms");
        long millis = (System.nanoTime() - start) / 1_000_000;
        String figure = "A " + LINES + "-line segment opened with its first page of lines in " + millis
                + " ms (the very first editor of the JVM, a 1-line segment, took " + coldMillis + " ms)";
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
