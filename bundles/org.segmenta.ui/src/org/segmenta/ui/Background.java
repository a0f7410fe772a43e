package org.segmenta.ui;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

import jakarta.inject.Inject;

/**
 * The one way Segmenta's window runs long work (STYLE.md lesson 15): a service call in a {@link Job} with an
 * {@link IProgressMonitor}, shown in the status line while it runs (with a Cancel button when the call can stop),
 * its failure written to the platform log in the instance folder ({@code <instance>/.metadata/.log}) and shown to
 * the user, never swallowed, and its result handed to the part on the UI thread only if the part's widget still
 * exists.
 * <p>
 * Get one by injection ({@code @Inject Background background} or as a handler parameter), then:
 *
 * <pre>
 * background.work("Importing contacts", part).cancellable().run(monitor -&gt; imports.run(plan, monitor),
 *         report -&gt; show(report));
 * </pre>
 */
@Creatable
public final class Background {

    /**
     * A service call run in the background.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    public interface Call<T> {
        /**
         * @param monitor reports progress; {@link IProgressMonitor#isCanceled()} says the user pressed Cancel
         * @return the result handed to the part
         * @throws Exception any failure: logged and shown to the user
         */
        T call(IProgressMonitor monitor) throws Exception;
    }

    /** A job of this helper that is running now, as the status line shows it. */
    public static final class Running extends ProgressMonitorWrapper {
        private final String name;
        private final boolean cancellable;
        private volatile Job job;
        private volatile String task = "";
        private volatile String subTask = "";
        private volatile double total;
        private volatile double worked;

        Running(String name, boolean cancellable, IProgressMonitor monitor) {
            super(monitor);
            this.name = name;
            this.cancellable = cancellable;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            task = name == null ? "" : name;
            total = totalWork == IProgressMonitor.UNKNOWN ? 0 : totalWork;
        }

        @Override
        public void setTaskName(String name) {
            super.setTaskName(name);
            task = name == null ? "" : name;
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            subTask = name == null ? "" : name;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            worked += work;
        }

        /** @return the job's name, what it does now and how far it is, in one line */
        public String label() {
            StringBuilder b = new StringBuilder(name);
            if (!task.isEmpty() && !task.equals(name)) {
                b.append(": ").append(task);
            }
            if (!subTask.isEmpty()) {
                b.append(" \u00b7 ").append(subTask);
            }
            if (isCanceled()) {
                b.append(Messages.Background_cancelling);
            }
            return b.toString();
        }

        /** @return percent done 0..100, or -1 when the call does not say */
        public int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / total));
        }

        /** @return whether Cancel can stop it */
        public boolean cancellable() {
            return cancellable;
        }

        /** Asks the job to stop (the call sees it through its monitor). */
        public void cancel() {
            setCanceled(true);
            Job j = job;
            if (j != null) {
                j.cancel();
            }
        }
    }

    private static final List<Running> NOW = new CopyOnWriteArrayList<>();
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    /** @return the jobs of this helper running now, oldest first */
    public static List<Running> running() {
        return List.copyOf(NOW);
    }

    /**
     * @param listener told (on any thread) when a job starts or ends
     * @return a handle that removes the listener again
     */
    public static Runnable onChange(Runnable listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    private static void changed() {
        LISTENERS.forEach(Runnable::run);
    }

    private static volatile String lastResult;

    /**
     * Shows a job's result in the status line while no job runs (instead of "Ready"), for work whose result belongs
     * to no part, such as the deliveries resumed when the window starts.
     *
     * @param message the result, one line; null goes back to "Ready"
     */
    public static void announce(String message) {
        lastResult = message;
        changed();
    }

    /** @return the last result {@link #announce announced}, or null */
    public static String lastResult() {
        return lastResult;
    }

    @Inject
    @Optional
    Prompter prompter;

    /**
     * Starts describing a job.
     *
     * @param name what the user sees in the status line and in an error's title ("Importing contacts")
     * @param owner the widget whose part gets the result; when it is disposed before the job ends, the result
     *        is dropped (a failure is still shown, on the active shell)
     * @return the job's description, to be {@link Work#run run}
     */
    public Work work(String name, Widget owner) {
        return new Work(name, owner);
    }

    /** One job, described then run. */
    public final class Work {
        private final String name;
        private final Widget owner;
        private final Display display;
        private boolean cancellable;
        private Consumer<String> failed = m -> {
        };
        private Runnable cancelled = () -> {
        };

        Work(String name, Widget owner) {
            this.name = name;
            this.owner = owner;
            this.display = owner.getDisplay();
        }

        /**
         * The call looks at its monitor and rolls back when cancelled: the status line offers Cancel.
         *
         * @return this
         */
        public Work cancellable() {
            cancellable = true;
            return this;
        }

        /**
         * @param handler also told the failure's message on the UI thread (after it is shown), for a part's own
         *        message line
         * @return this
         */
        public Work onFailure(Consumer<String> handler) {
            failed = handler;
            return this;
        }

        /**
         * @param handler run on the UI thread when the user cancelled and the call stopped
         * @return this
         */
        public Work onCancel(Runnable handler) {
            cancelled = handler;
            return this;
        }

        /**
         * Schedules the job.
         *
         * @param <T> the call's result
         * @param call the service call, run outside the UI thread
         * @param done gets the result on the UI thread if {@code owner} still exists
         * @return the scheduled job
         */
        public <T> Job run(Call<T> call, Consumer<T> done) {
            Job job = new Job(name) {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    Running running = new Running(name, cancellable, monitor);
                    running.job = this;
                    NOW.add(running);
                    changed();
                    try {
                        T result = call.call(running);
                        ui(() -> done.accept(result));
                        return Status.OK_STATUS;
                    } catch (OperationCanceledException e) {
                        ui(cancelled);
                        return Status.CANCEL_STATUS;
                    } catch (Exception | LinkageError | AssertionError e) {
                        fail(e);
                        return Status.OK_STATUS; // logged and shown here; the job manager need not log it again
                    } finally {
                        NOW.remove(running);
                        changed();
                    }
                }

                @Override
                public boolean belongsTo(Object family) {
                    return family == Background.class;
                }
            };
            job.setUser(true);
            job.schedule();
            return job;
        }

        private void ui(Runnable r) {
            if (display.isDisposed()) {
                return;
            }
            display.asyncExec(() -> {
                if (!owner.isDisposed()) {
                    r.run();
                }
            });
        }

        private void fail(Throwable e) {
            ILog.of(Background.class).log(Status.error(NLS.bind(Messages.Background_failed, name), e));
            String message = message(e);
            String where = logFile();
            if (display.isDisposed()) {
                return;
            }
            display.asyncExec(() -> {
                Shell shell = owner.isDisposed() ? display.getActiveShell()
                        : owner instanceof org.eclipse.swt.widgets.Control c ? c.getShell() : display.getActiveShell();
                Prompter.or(prompter).error(shell, name,
                        NLS.bind(Messages.Background_failed2, name, message, (where == null ? "" : NLS.bind(Messages.Background_theDetailsAreIn, where))));
                if (!owner.isDisposed()) {
                    failed.accept(message);
                }
            });
        }
    }

    /**
     * @param e a failure
     * @return its message for the user: the exception's own message, or its type when it has none
     */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** @return the platform log file in the instance folder, or null when there is none */
    public static String logFile() {
        try {
            IPath p = Platform.getLogFileLocation();
            return p == null ? null : p.toOSString();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
