package org.segmenta.ui.internal.handlers;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.dialogs.WhenNoDialog;
import org.segmenta.ui.internal.wizards.ImportContactsWizard;
import org.segmenta.ui.internal.wizards.ImportReportDialog;
import org.segmenta.ui.internal.wizards.ImportResult;

import jakarta.inject.Named;

/**
 * File › Import...: the Import Contacts wizard, then the import file by file in a background job (each file whole
 * or not at all; Cancel stops before the next file), then the report, opened when the user is in no other dialog.
 */
public final class ImportContactsHandler {

    /**
     * @param shell the active shell
     * @param imports the import service
     * @param background runs the import with progress in the status line
     * @param prompter says when the service is missing
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ContactImportService imports,
            Background background, @Optional Prompter prompter) {
        if (imports == null) {
            Prompter.or(prompter).error(shell, Messages.ImportContactsHandler_importContacts,
                    Messages.ImportContactsHandler_theContactImportServiceIs);
            return;
        }
        ImportContactsWizard wizard = new ImportContactsWizard(imports);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setPageSize(720, 360);
        if (dialog.open() != Window.OK) {
            return;
        }
        List<Path> files = wizard.files();
        background.work(Messages.ImportContactsHandler_importingContacts, shell).cancellable().run((IProgressMonitor monitor) -> {
            // each file's share of the progress is the service's own (rows read, new, updated, skipped; cancel rolls
            // the file back)
            SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ImportContactsHandler_importing, files.size(), (files.size() == 1 ? Messages.ImportContactsHandler_file : Messages.ImportContactsHandler_files)), files.size());
            List<ImportResult> results = new ArrayList<>();
            for (Path f : files) {
                if (monitor.isCanceled()) {
                    results.add(new ImportResult(f, null, Messages.ImportContactsHandler_cancelledBeforeThisFile));
                    continue;
                }
                try {
                    results.add(new ImportResult(f, imports.importFile(f, wizard.options(f), progress.newChild(1, SubMonitor.SUPPRESS_NONE)), null));
                } catch (OperationCanceledException e) {
                    results.add(new ImportResult(f, null, Messages.ImportContactsHandler_cancelledNothingStored));
                } catch (ContactImportException e) {
                    results.add(new ImportResult(f, null, e.getMessage()));
                } catch (RuntimeException e) {
                    org.eclipse.core.runtime.ILog.of(ImportContactsHandler.class)
                            .log(org.eclipse.core.runtime.Status.error(NLS.bind(Messages.ImportContactsHandler_importingFailed, f), e));
                    results.add(new ImportResult(f, null, e.getMessage() == null ? e.toString() : e.getMessage()));
                }
            }
            monitor.done();
            return results;
        }, results -> {
            // the import service posts CONTACTS_CHANGED after each file's commit; the report waits until the user has
            // left any dialog they opened meanwhile, so that it never opens over it
            WhenNoDialog.run(shell, () -> new ImportReportDialog(shell, results).open());
        });
    }
}
