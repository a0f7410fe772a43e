package org.segmenta.ui.internal.handlers;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.ui.internal.Messages;
import org.segmenta.install.UpdateService;
import org.segmenta.ui.Background;

import jakarta.inject.Named;

/**
 * Help › Check for Updates...: asks the {@link UpdateService} what an update from the company's p2 repository
 * (Window › Preferences › Updates) would change, in the background with progress; lists the changes and, when the
 * user agrees, installs them in the background and offers to restart.
 */
public final class CheckForUpdatesHandler {

    /**
     * @param shell the active shell
     * @param background runs the check and the installation as jobs in the status line
     * @param updates the update service (OSGi)
     * @param workbench restarts the window after an update
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Background background, UpdateService updates,
            IWorkbench workbench) {
        URI site = updates.defaultSite();
        if (site == null) {
            MessageDialog.openInformation(shell, Messages.Updates_title, Messages.Updates_noSite);
            return;
        }
        background.work(NLS.bind(Messages.Updates_checking, site), shell).cancellable()
                .run((IProgressMonitor m) -> updates.check(site, m), plan -> offer(shell, background, updates, workbench, plan));
    }

    private static void offer(Shell shell, Background background, UpdateService updates, IWorkbench workbench,
            UpdateService.Plan plan) {
        if (plan.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Updates_title,
                    NLS.bind(Messages.Updates_upToDate, updates.installedVersion(), plan.site()));
            return;
        }
        if (!MessageDialog.openQuestion(shell, Messages.Updates_available, changes(plan) + "\n" + Messages.Updates_installQuestion)) {
            return;
        }
        background.work(NLS.bind(Messages.Updates_installing, plan.site()), shell).cancellable().run((IProgressMonitor m) -> {
            updates.install(plan, m);
            return plan;
        }, done -> {
            if (MessageDialog.openQuestion(shell, Messages.Updates_installedTitle, Messages.Updates_installedRestart)) {
                workbench.restart();
            }
        });
    }

    /**
     * @param plan what an update changes
     * @return one line per change: name, id, from and to version
     */
    public static String changes(UpdateService.Plan plan) {
        StringBuilder b = new StringBuilder(NLS.bind(Messages.Updates_list, plan.site()) + "\n\n");
        for (UpdateService.Change c : plan.changes()) {
            b.append("• ").append(c.name()).append(" (").append(c.id()).append(")\n    ").append(c.fromVersion())
                    .append(" → ").append(c.toVersion()).append('\n');
        }
        return b.toString();
    }
}
