package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.Background;
import org.segmenta.ui.internal.parts.StatusLine;

/**
 * The background helper in the real window: the status line shows the running job and its progress, Cancel stops
 * it, a failure is shown to the user and written to the platform log, a result reaches the part on the UI thread.
 */
class BackgroundTest {

    private Workbench wb;
    private MWindow window;
    private Shell shell;
    private StatusLine status;
    private Background background;

    @BeforeEach
    void open() {
        wb = new Workbench(c -> {
        });
        window = wb.showMainWindow();
        shell = (Shell) window.getWidget();
        MToolControl control = (MToolControl) wb.context.get(EModelService.class)
                .find("org.segmenta.ui.toolcontrol.statusline", window);
        status = assertInstanceOf(StatusLine.class, control.getObject());
        background = ContextInjectionFactory.make(Background.class, window.getContext());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void theStatusLineShowsTheJobAndCancelStopsIt() throws Exception {
        assertEquals("Ready", status.text());
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>();
        background.work("Importing contacts", shell).cancellable().onCancel(() -> outcome.set("cancelled"))
                .run(monitor -> {
                    monitor.beginTask("Reading rc_google_contacts.csv", 10);
                    monitor.worked(4);
                    started.countDown();
                    while (!monitor.isCanceled()) {
                        Thread.sleep(10);
                    }
                    throw new OperationCanceledException();
                }, r -> outcome.set("done"));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        wb.waitUntil(() -> status.text().startsWith("Importing contacts: Reading rc_google_contacts.csv"),
                "the status line shows the job: " + status.text());
        assertTrue(status.cancelButton().isVisible(), "a cancellable job offers Cancel");
        Screenshots.save(shell, "status-line-running.png");
        status.cancelButton().notifyListeners(SWT.Selection, new Event());
        wb.waitUntil(() -> "cancelled".equals(outcome.get()), "Cancel stops the job");
        wb.waitUntil(() -> "Ready".equals(status.text()), "the status line is ready again");
        assertTrue(!status.cancelButton().isVisible());
    }

    @Test
    void aFailureIsShownAndLoggedAndAResultReachesThePart() throws Exception {
        AtomicReference<String> failed = new AtomicReference<>();
        background.work("Exporting lines", shell).onFailure(failed::set).run(monitor -> {
            throw new IllegalStateException("the disk is full (/tmp/x.csv)");
        }, r -> {
        });
        wb.waitUntil(() -> failed.get() != null, "the failure reaches the part");
        assertEquals("the disk is full (/tmp/x.csv)", failed.get());
        assertTrue(wb.prompter.saidSomething("Exporting lines failed: the disk is full (/tmp/x.csv)"),
                wb.prompter.said.toString());
        String log = Background.logFile();
        if (log != null) {
            wb.waitUntil(() -> read(Path.of(log)).contains("the disk is full (/tmp/x.csv)"), "the log has it");
        }

        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        background.work("Counting", shell).run((IProgressMonitor monitor) -> 42, r -> {
            result.set(r);
            thread.set(Thread.currentThread());
        });
        wb.waitUntil(() -> result.get() != null, "the result arrives");
        assertEquals(42, result.get());
        assertEquals(wb.display.getThread(), thread.get(), "on the UI thread");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
