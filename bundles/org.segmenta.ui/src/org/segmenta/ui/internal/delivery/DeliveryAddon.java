package org.segmenta.ui.internal.delivery;

import org.segmenta.ui.internal.Messages;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.SmtpPasswordSource;
import org.segmenta.ui.Background;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Delivery while the window runs: offers the SMTP password kept in secure storage to the delivery service
 * ({@link SecureStorageSmtpPassword} as an OSGi service), and when the window has started resumes what is pending in
 * the outbox (what a crashed or killed run left, what was logged while no server was set up) in a background job,
 * its result in the status line. Source of the rule: issue 17 ("a crash or kill -9 mid-delivery resumes on the next
 * start without sending anything twice"); the exactly-once guarantee is the delivery service's.
 */
public final class DeliveryAddon {

    static final String RESUMING = Messages.DeliveryAddon_deliveringWhatIsPending;
    static final String RESUMED = Messages.DeliveryAddon_pendingDeliveries;

    @Inject
    @Optional
    DeliveryService delivery;

    @Inject
    @Optional
    DeliverySettingsService settings;

    @Inject
    Background background;

    private ServiceRegistration<SmtpPasswordSource> registration;

    @PostConstruct
    void register() {
        Bundle bundle = FrameworkUtil.getBundle(DeliveryAddon.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            registration = context.registerService(SmtpPasswordSource.class, new SecureStorageSmtpPassword(), null);
        }
    }

    @PreDestroy
    void unregister() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // the framework is stopping: already gone
            }
            registration = null;
        }
    }

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication app) {
        for (MWindow w : app.getChildren()) {
            if (w.getWidget() instanceof Shell s && !s.isDisposed()) {
                resume(s, delivery, settings);
                return;
            }
        }
    }

    /**
     * Delivers every pending entry of the outbox in a background job (shown in the status line while it runs); the
     * result goes to the status line, a failure (a missing password, ...) is shown and logged.
     *
     * @param shell the main window
     * @param service the delivery service, or null when the delivery bundle is not installed
     * @param settingsService the delivery settings, or null
     * @return the job, or null when there is no delivery service
     */
    public Job resume(Shell shell, DeliveryService service, DeliverySettingsService settingsService) {
        if (service == null || settingsService == null || shell == null) {
            return null;
        }
        return background.work(RESUMING, shell).run(m -> service.deliverPending(settingsService.load()), r -> {
            String said = message(r);
            if (said != null) {
                Background.announce(said);
            }
        });
    }

    /**
     * @param r what a run did
     * @return the status line's text, or null when the run found nothing to do
     */
    static String message(DeliveryReport r) {
        if (r.sent() + r.failed() + r.uncertain() + r.skipped() == 0 && r.notes().isEmpty()) {
            return null;
        }
        return RESUMED + r.summary() + (r.notes().isEmpty() ? "." : ". " + r.notes().get(0));
    }
}
