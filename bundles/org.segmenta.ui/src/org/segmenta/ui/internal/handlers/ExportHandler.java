package org.segmenta.ui.internal.handlers;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.exchange.util.ContactVCardExport;
import org.segmenta.exchange.util.SegmentLineExport;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.wizards.ExportDialog;
import org.segmenta.ui.internal.wizards.ExportDialog.Choice;

import jakarta.inject.Named;

/**
 * File › Export...: the Export dialog, then the export in a background job (cancellable while the lines are read;
 * the file is written whole or not at all by {@link SegmentLineExport} and {@link ContactVCardExport}).
 */
public final class ExportHandler {

    /**
     * @param shell the active shell
     * @param active the active part (its segment is preselected)
     * @param segments the segment service
     * @param store the store, for the contacts
     * @param background runs the export with progress in the status line
     * @param prompter says what was written
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, SegmentService segments, Store store,
            Background background, @Optional Prompter prompter) {
        List<String> open = segments.list().stream()
                .map(s -> s.no() + (s.description() == null || s.description().isBlank() ? "" : " " + s.description()))
                .toList();
        ExportDialog dialog = new ExportDialog(shell, open, Segments.current(active));
        if (dialog.open() != Window.OK) {
            return;
        }
        Choice c = dialog.choice();
        background.work(NLS.bind(Messages.ExportHandler_exportingTo, c.file().getFileName()), shell).cancellable().run((IProgressMonitor m) -> {
            if (c.kind() == ExportDialog.Kind.CONTACTS_VCARD) {
                m.beginTask(Messages.ExportHandler_readingTheContacts, IProgressMonitor.UNKNOWN);
                // streamed: a page of contacts at a time (keyset by No.), written as read
                long count;
                try {
                    count = ContactVCardExport.export(store, c.file(),
                            read -> m.subTask(Formats.plural(read, Messages.ExportHandler_writingContact, Messages.ExportHandler_writingContacts)), m::isCanceled);
                } catch (java.util.concurrent.CancellationException e) {
                    throw new OperationCanceledException();
                }
                return NLS.bind(Messages.ExportHandler_writtenTo, Formats.count(count), (count == 1 ? Messages.ExportHandler_contact : Messages.ExportHandler_contacts), c.file());
            }
            long total = segments.lineCount(c.segmentNo());
            m.beginTask(NLS.bind(Messages.ExportHandler_exportingTheLinesOfSegment, c.segmentNo()), (int) Math.max(1, total));
            // streamed: a page of lines at a time (keyset), written as read; nothing holds the whole segment
            long[] done = { 0 };
            long written;
            try {
                written = SegmentLineExport.export(store, c.segmentNo(),
                        c.kind() == ExportDialog.Kind.LINES_XLSX ? SegmentLineExport.Format.XLSX : SegmentLineExport.Format.CSV,
                        c.file(), read -> {
                            m.worked((int) (read - done[0]));
                            m.subTask(NLS.bind(Messages.ExportHandler_ofLines, Formats.count(read),
                                    Formats.plural(total, Messages.Count_lineOne, Messages.Count_lineOther)));
                            done[0] = read;
                        }, m::isCanceled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new OperationCanceledException();
            }
            int rowsWritten = (int) written;
            return NLS.bind(Messages.ExportHandler_ofSegmentWrittenTo, Formats.count(rowsWritten), (rowsWritten == 1 ? Messages.ExportHandler_line : Messages.ExportHandler_lines), c.segmentNo(), c.file());
        }, said -> Prompter.or(prompter).inform(shell, Messages.ExportHandler_export, said));
    }
}
