package org.segmenta.ui.internal.handlers;

import org.segmenta.ui.internal.Messages;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.ui.internal.preferences.DatabasePreferencePage;
import org.segmenta.ui.internal.preferences.DefaultsPreferencePage;
import org.segmenta.ui.internal.preferences.MergePreferencePage;
import org.segmenta.ui.internal.preferences.SmtpPreferencePage;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.store.ConnectionCheck;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.ui.internal.preferences.UpdatesPreferencePage;

import jakarta.inject.Named;

/** Window › Preferences...: Database, Defaults, Merge and E-Mail pages in a JFace preference dialog. */
public final class PreferencesHandler {

    /**
     * @param shell the active shell
     * @param settings the delivery settings, when delivery is installed
     * @param delivery the delivery service (Send Test Message), when installed
     * @param connections tries a team server (Test Connection), when the store is installed
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional DeliverySettingsService settings, @Optional DeliveryService delivery,
            @Optional ConnectionCheck connections) {
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode("database", new DatabasePreferencePage(connections)));
        manager.addToRoot(new PreferenceNode("defaults", new DefaultsPreferencePage()));
        manager.addToRoot(new PreferenceNode("merge", new MergePreferencePage()));
        manager.addToRoot(new PreferenceNode("email", new SmtpPreferencePage(settings, delivery)));
        manager.addToRoot(new PreferenceNode("updates", new UpdatesPreferencePage()));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager);
        dialog.create();
        dialog.getShell().setText(Messages.PreferencesHandler_preferences);
        dialog.open();
    }
}
