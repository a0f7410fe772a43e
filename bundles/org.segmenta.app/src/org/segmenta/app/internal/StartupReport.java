package org.segmenta.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.EventHandler;

/**
 * Reports how long the window took to become usable, for {@code segmenta cli bench --startup}: with the system
 * property {@value #PROPERTY} set to a file, the first time the event loop runs an event after the workbench has
 * started (its window and parts rendered), this writes {@code startupMs=N} into that file, N being the milliseconds
 * since this process started (the start script's {@code exec} keeps the process, so its own work counts), then on lines
 * of their own {@code uiThreadCpuMs} and {@code processCpuMs}, the CPU time the UI thread and the whole process had used
 * by then (-1 when unknown), and closes the workbench. Without the property it does nothing.
 */
final class StartupReport {

    /** The system property naming the report file (the bench's {@code StartupBench.REPORT_PROPERTY}). */
    static final String PROPERTY = "segmenta.startup.report";

    private StartupReport() {
    }

    /** @param context the application context (from {@code @PostContextCreate}) */
    static void arm(IEclipseContext context) {
        String file = System.getProperty(PROPERTY);
        IEventBroker broker = context.get(IEventBroker.class);
        if (file == null || file.isBlank() || broker == null) {
            return;
        }
        EventHandler[] handler = new EventHandler[1];
        handler[0] = event -> {
            broker.unsubscribe(handler[0]);
            Display display = Display.getDefault();
            display.asyncExec(() -> {
                write(Path.of(file));
                IWorkbench workbench = context.get(IWorkbench.class);
                if (workbench != null) {
                    workbench.close();
                }
            });
        };
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, handler[0]);
    }

    private static void write(Path file) {
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        long ms = start == null ? -1 : Duration.between(start, Instant.now()).toMillis();
        // the CPU the start took so far, of the UI thread (this one) and of the whole process: on a loaded machine the
        // wall time swings with the neighbours, these much less (for comparing builds; the bench reads the first line)
        long uiCpuMs = -1;
        long cpuMs = -1;
        try {
            uiCpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            cpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        } catch (RuntimeException | LinkageError e) {
            // not measured
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, "startupMs=" + ms + "\nuiThreadCpuMs=" + uiCpuMs + "\nprocessCpuMs=" + cpuMs + "\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("segmenta: could not write the start-up report " + file + ": " + e.getMessage());
        }
    }
}
