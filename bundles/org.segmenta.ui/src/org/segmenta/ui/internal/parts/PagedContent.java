package org.segmenta.ui.internal.parts;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * The content of a virtual table over a list too long to hold: the rows the table asks for are read a page at a
 * time by a background job, kept in a bounded cache and put into the table on the UI thread. The UI never waits for
 * the database.
 * <p>
 * The table is given items only as far as the user has scrolled ({@link #WINDOW} rows at first, {@link #WINDOW} more
 * each time the rows near its end are shown), while {@link #count()} and the count listener give the full number.
 * On GTK a virtual table's {@code setItemCount(n)} appends n rows to the native list store one by one (about 10 to
 * 50 microseconds each): for a segment of 300,000 lines that alone took 3 to 14 seconds on every open, so the items
 * must grow with what is seen, not with what exists.
 *
 * @param <T> the row type
 */
public final class PagedContent<T> implements ILazyContentProvider {

    /** Rows read at a time. */
    public static final int PAGE = 100;
    /** Items the table gets at first, and more each time its last ones are shown. */
    public static final int WINDOW = 1_000;
    private static final int CACHED_PAGES = 40;

    /** Where the rows come from; called on a background thread. */
    public interface Source<T> {

        /** @return how many rows there are now */
        long count();

        /**
         * @param offset rows to skip
         * @param limit rows at most
         * @return the rows
         */
        List<T> page(int offset, int limit);
    }

    private final TableViewer viewer;
    private final UISynchronize sync;
    private final String what;
    private final Source<T> source;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private final java.util.concurrent.atomic.AtomicLong pagesRead = new java.util.concurrent.atomic.AtomicLong();
    private int generation;
    private long count = -1;
    /** the table's item count: at most {@link #count}, grown by {@link #WINDOW} as the user scrolls */
    private int shown;
    private boolean growing;
    private String jobName;
    private Consumer<Long> onCount = n -> {
    };
    private Consumer<RuntimeException> onError = e -> {
    };

    /**
     * @param viewer a viewer over an {@code SWT.VIRTUAL} table; this becomes its content provider
     * @param sync the UI thread
     * @param what what the rows are, for the jobs' names ("contacts")
     * @param source where the rows come from
     */
    public PagedContent(TableViewer viewer, UISynchronize sync, String what, Source<T> source) {
        this.viewer = viewer;
        this.sync = sync;
        this.what = what;
        this.source = source;
        viewer.setContentProvider(this);
        viewer.setUseHashlookup(false);
    }

    /** @param listener told the number of rows after each {@link #refresh()}, on the UI thread */
    public void onCount(Consumer<Long> listener) {
        this.onCount = listener;
    }

    /** @param listener told when reading fails, on the UI thread */
    public void onError(Consumer<RuntimeException> listener) {
        this.onError = listener;
    }

    private Runnable nextCount;

    /** @param r run once, after the next count has been shown */
    public void onNextCount(Runnable r) {
        nextCount = r;
    }

    /** @return how many pages have been read from the source so far (a table shows what is visible: a few) */
    public long pagesRead() {
        return pagesRead.get();
    }

    /** @return the number of rows known now; -1 before the first count */
    public long count() {
        return count;
    }

    /** @return how many of them the table has items for now (grows as the user scrolls) */
    public int shown() {
        return shown;
    }

    /**
     * Names the job of the next {@link #refresh()}s and shows it in the progress area (for a read that may take a
     * while, such as the lines of a large segment); without it the reads run as hidden system jobs.
     *
     * @param name the job's name, for example "Opening segment SEG00001"
     */
    public void showProgressAs(String name) {
        this.jobName = name;
    }

    /**
     * Gives the table items up to {@code index} (in whole windows), so that the row can be selected or shown.
     * Costs in proportion to the rows added (the GTK table appends them one by one).
     *
     * @param index a row index below {@link #count()}
     */
    public void reveal(int index) {
        grow(index + 1);
    }

    /** Grows the table's items to at least {@code atLeast} rows, in whole windows, up to the count. */
    private void grow(long atLeast) {
        if (count <= shown || atLeast <= shown) {
            return;
        }
        long target = Math.min(count, Math.min(Integer.MAX_VALUE, (atLeast + WINDOW - 1) / WINDOW * (long) WINDOW));
        shown = (int) target;
        viewer.setItemCount(shown);
    }

    /**
     * Reads the number of rows and the first page again in the background, then shows them; the rows further down
     * are read again when the table asks for them.
     */
    public void refresh() {
        int mine = ++generation;
        loading.clear();
        Job job = Job.create(jobName != null ? jobName : NLS.bind(Messages.PagedContent_reading, what), monitor -> {
            long n;
            List<T> first;
            try {
                monitor.beginTask(jobName != null ? jobName : NLS.bind(Messages.PagedContent_reading, what), 2);
                monitor.subTask(NLS.bind(Messages.PagedContent_countingThe, what));
                n = source.count();
                monitor.worked(1);
                monitor.subTask(String.format(Messages.PagedContent_readingTheFirstDOf, PAGE, n, what));
                first = n == 0 ? List.of() : source.page(0, PAGE);
                monitor.worked(1);
                if (n > 0) {
                    pagesRead.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed(mine, e);
                return Status.OK_STATUS;
            }
            sync.asyncExec(() -> {
                if (mine != generation || viewer.getTable().isDisposed()) {
                    return;
                }
                pages.clear();
                pages.put(0, first);
                count = n;
                // keep what the user had scrolled to (a refresh after a step), else one window
                shown = (int) Math.min(n, Math.max(WINDOW, Math.min(shown, Integer.MAX_VALUE)));
                viewer.setItemCount(shown);
                viewer.getTable().clearAll();
                onCount.accept(n);
                Runnable once = nextCount;
                nextCount = null;
                if (once != null) {
                    once.run();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(jobName == null);
        job.schedule();
    }

    /**
     * @param index a row index
     * @return the row if it has been read, else null
     */
    public T cached(int index) {
        List<T> page = pages.get(index / PAGE);
        return page == null || index % PAGE >= page.size() ? null : page.get(index % PAGE);
    }

    /**
     * Puts a changed row in place of the one read before, in the cache and the table.
     *
     * @param index the row index
     * @param row the changed row
     */
    public void replace(int index, T row) {
        List<T> page = pages.get(index / PAGE);
        if (page != null && index % PAGE < page.size()) {
            List<T> copy = new java.util.ArrayList<>(page);
            copy.set(index % PAGE, row);
            pages.put(index / PAGE, copy);
        }
        viewer.replace(row, index);
    }

    @Override
    public void updateElement(int index) {
        if (index >= shown - PAGE && shown < count && !growing) {
            // the user has scrolled to the last rows the table has: give it the next window, after this event
            growing = true;
            sync.asyncExec(() -> {
                growing = false;
                if (!viewer.getTable().isDisposed()) {
                    grow(shown + 1L);
                }
            });
        }
        int p = index / PAGE;
        List<T> page = pages.get(p);
        if (page != null) {
            if (index % PAGE < page.size()) {
                viewer.replace(page.get(index % PAGE), index);
            }
            return;
        }
        load(p);
    }

    private void load(int p) {
        if (!loading.add(p)) {
            return;
        }
        int mine = generation;
        Job job = Job.create(NLS.bind(Messages.PagedContent_reading, what), monitor -> {
            List<T> rows;
            try {
                rows = source.page(p * PAGE, PAGE);
                pagesRead.incrementAndGet();
            } catch (RuntimeException e) {
                failed(mine, e);
                return Status.OK_STATUS;
            }
            sync.asyncExec(() -> {
                if (mine != generation || viewer.getTable().isDisposed()) {
                    return;
                }
                loading.remove(p);
                pages.put(p, rows);
                int n = viewer.getTable().getItemCount();
                for (int i = 0; i < rows.size() && p * PAGE + i < n; i++) {
                    viewer.replace(rows.get(i), p * PAGE + i);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void failed(int mine, RuntimeException e) {
        sync.asyncExec(() -> {
            if (mine == generation && !viewer.getTable().isDisposed()) {
                onError.accept(e);
            }
        });
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        // the source is fixed; refresh() reads it again
    }

    @Override
    public void dispose() {
        generation++;
    }
}
