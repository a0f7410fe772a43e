package org.segmenta.ui.internal.addons;

import org.segmenta.ui.internal.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.store.Store;

import jakarta.inject.Inject;

/**
 * Lets the views notice changes made by another program on the same database (another user in team mode, a command
 * line run): while the window has the focus it reads the store's change stamps ({@link Store#changeStamps()}, one
 * cheap query) every few seconds, and when the window gets the focus back; for each topic whose stamp moved it posts
 * the topic's event with {@link SegmentaEvents#ELSEWHERE}, and the parts refresh as for their own changes. A topic
 * this program's services announced since the last look is not posted again (its views heard it already).
 */
public final class ChangeStampAddon {

    /** How often the stamps are read while the window has the focus, in milliseconds. */
    static final int EVERY_MS = 4000;

    @Inject
    @Optional
    @Service
    Store store;

    @Inject
    @Optional
    IEventBroker events;

    private final Set<String> heardHere = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Map<String, Long> seen;

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        Display display = Display.getCurrent();
        if (display == null || store == null || events == null) {
            return;
        }
        look();
        display.timerExec(EVERY_MS, () -> tick(display));
        display.addFilter(org.eclipse.swt.SWT.Activate, e -> look());
    }

    /** Hears the events of this program's own services, so that their topics are not posted twice. */
    @Inject
    @Optional
    void heard(@UIEventTopic(SegmentaEvents.ALL) Event event) {
        if (!SegmentaEvents.ELSEWHERE.equals(event.getProperty(SegmentaEvents.DATA))) {
            heardHere.add(event.getTopic());
        }
    }

    private void tick(Display display) {
        if (display.isDisposed()) {
            return;
        }
        if (display.getActiveShell() != null) {
            look();
        }
        display.timerExec(EVERY_MS, () -> tick(display));
    }

    /** Reads the stamps in the background and posts the topics that moved. */
    void look() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        Job job = Job.create(Messages.ChangeStampAddon_lookingForChangesByOthers, m -> {
            try {
                Map<String, Long> now = new HashMap<>(store.changeStamps());
                Map<String, Long> before = seen;
                seen = now;
                if (before != null) {
                    for (String topic : SegmentaEvents.TOPICS) {
                        long was = before.getOrDefault(topic, 0L);
                        long is = now.getOrDefault(topic, 0L);
                        if (is != was && !heardHere.remove(topic)) {
                            events.post(topic, SegmentaEvents.ELSEWHERE);
                        }
                    }
                }
                heardHere.clear();
            } catch (RuntimeException e) {
                // the store is unavailable (server down): the parts say so when they read; try again later
            } finally {
                reading.set(false);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
