package org.segmenta.ui.internal.parts;

import org.segmenta.core.format.Formats;
import org.segmenta.model.rules.Captions;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InteractionLogEntry;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Interaction Log part: every interaction logged with a contact, newest first; filters by contact, segment and
 * logged segment, canceled or not; cancel, evaluate, open the stored document. Source: NAV page 5076 Interaction Log
 * Entries.
 */
public final class InteractionLogPart extends ListPart<InteractionLogEntry> {

    @Inject
    InteractionService interactions;

    private volatile InteractionLogQuery query = InteractionLogQuery.all();
    private Text contact;
    private Text segment;
    private Combo canceled;
    private Combo evaluation;
    private Long loggedSegment;

    @PostConstruct
    void create(Composite parent) {
        createControls(parent);
        getViewer().getTable().addListener(SWT.DefaultSelection, e -> openDocument());
    }

    @Override
    protected void contextMenu(org.eclipse.swt.widgets.Menu menu) {
        boolean one = selection().size() == 1;
        item(menu, Messages.InteractionLogPart_showDocument, one, this::openDocument);
        item(menu, Messages.InteractionLogPart_cancel, one, this::toggleCanceled);
    }

    @Override
    protected String quickFilterMessage() {
        return Messages.InteractionLogPart_filterInteractions;
    }

    @Override
    protected void createBar(Composite bar) {
        contact = new Text(bar, SWT.BORDER | SWT.SEARCH);
        contact.setMessage(Messages.InteractionLogPart_contactNo);
        segment = new Text(bar, SWT.BORDER | SWT.SEARCH);
        segment.setMessage(Messages.InteractionLogPart_segmentNo);
        canceled = new Combo(bar, SWT.READ_ONLY);
        canceled.setItems(Messages.InteractionLogPart_allEntries, Messages.InteractionLogPart_notCanceled, Messages.InteractionLogPart_canceled);
        canceled.select(0);
        for (Text t : List.of(contact, segment)) {
            t.addListener(SWT.DefaultSelection, e -> applyFilters());
        }
        canceled.addListener(SWT.Selection, e -> applyFilters());
        Button clear = new Button(bar, SWT.PUSH);
        clear.setText(Messages.InteractionLogPart_clearFilter);
        clear.addListener(SWT.Selection, e -> {
            contact.setText("");
            segment.setText("");
            canceled.select(0);
            loggedSegment = null;
            applyFilters();
        });
        Button cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.InteractionLogPart_switchCanceled);
        cancel.addListener(SWT.Selection, e -> toggleCanceled());
        evaluation = new Combo(bar, SWT.READ_ONLY);
        evaluation.add(Messages.InteractionLogPart_evaluate);
        for (Evaluation v : Evaluation.VALUES) {
            evaluation.add(Captions.shown(v));
        }
        evaluation.select(0);
        evaluation.addListener(SWT.Selection, e -> {
            int i = evaluation.getSelectionIndex();
            if (i > 0) {
                evaluate(Evaluation.VALUES.get(i - 1));
            }
            evaluation.select(0);
        });
        Button open = new Button(bar, SWT.PUSH);
        open.setText(Messages.InteractionLogPart_showDocument2);
        open.addListener(SWT.Selection, e -> openDocument());
    }

    private void applyFilters() {
        InteractionLogQuery q = InteractionLogQuery.all()
                .withContactNo(contact.getText())
                .withSegmentNo(segment.getText())
                .withLoggedSegmentEntryNo(loggedSegment)
                .withCanceled(canceled.getSelectionIndex() == 0 ? null : canceled.getSelectionIndex() == 2);
        query = q;
        refreshToTop();
    }

    /**
     * Shows only the entries of a logged segment (as selecting it in Logged Segments does).
     *
     * @param entryNo the logged segment's entry No.
     * @param segmentNo its segment No., shown in the filter
     */
    public void filterByLoggedSegment(long entryNo, String segmentNo) {
        loggedSegment = entryNo;
        segment.setText("");
        segment.setMessage(NLS.bind(Messages.InteractionLogPart_loggedSegment, entryNo, segmentNo));
        applyFilters();
    }

    /**
     * @param contactNo shows only this contact's entries; null for all
     */
    public void filterByContact(String contactNo) {
        contact.setText(contactNo == null ? "" : contactNo);
        applyFilters();
    }

    /** @return the query the part shows */
    public InteractionLogQuery query() {
        return query;
    }

    private void toggleCanceled() {
        List<InteractionLogEntry> sel = selection();
        run(Messages.InteractionLogPart_switchingCanceled, () -> {
            for (InteractionLogEntry e : sel) {
                interactions.setCanceled(e.getEntryNo(), !e.isCanceled());
            }
            return NLS.bind(Messages.InteractionLogPart_switched, Formats.count(sel.size()), (sel.size() == 1 ? Messages.InteractionLogPart_entry : Messages.InteractionLogPart_entries));
        });
    }

    private void evaluate(Evaluation v) {
        List<InteractionLogEntry> sel = selection();
        run(Messages.InteractionLogPart_evaluating, () -> {
            for (InteractionLogEntry e : sel) {
                interactions.evaluate(e.getEntryNo(), v);
            }
            return NLS.bind(Messages.InteractionLogPart_evaluated, Formats.count(sel.size()), (sel.size() == 1 ? Messages.InteractionLogPart_entry : Messages.InteractionLogPart_entries), Captions.shown(v));
        });
    }

    private void run(String name, java.util.function.Supplier<String> work) {
        Job job = Job.create(name, m -> {
            String message;
            try {
                message = work.get();
            } catch (RuntimeException e) {
                message = e.getMessage();
            }
            String shown = message;
            sync.asyncExec(() -> {
                if (getViewer().getTable().isDisposed()) {
                    return;
                }
                refresh();
                say(shown);
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Writes the selected entry's stored document to a temporary file and opens it with the desktop's program. */
    public void openDocument() {
        List<InteractionLogEntry> sel = selection();
        if (sel.size() != 1) {
            return;
        }
        InteractionLogEntry entry = sel.get(0);
        if (entry.getAttachmentNo() == null) {
            say(NLS.bind(Messages.InteractionLogPart_entryHasNoStoredDocument, entry.getEntryNo()));
            return;
        }
        Job job = Job.create(NLS.bind(Messages.InteractionLogPart_openingTheDocumentOfEntry, entry.getEntryNo()), m -> {
            try (InputStream in = interactions.openDocument(entry.getEntryNo())) {
                Path file = Files.createTempFile("segmenta-" + entry.getEntryNo() + "-", ".docx");
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
                sync.asyncExec(() -> {
                    if (!Program.launch(file.toString())) {
                        say(NLS.bind(Messages.InteractionLogPart_noProgramOpensOpenIt, file));
                    } else {
                        say(NLS.bind(Messages.InteractionLogPart_opened, file));
                    }
                });
            } catch (IOException | RuntimeException e) {
                sync.asyncExec(() -> say(NLS.bind(Messages.InteractionLogPart_couldNotOpenTheDocument, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    @Override
    protected PagedContent.Source<InteractionLogEntry> source() {
        return new PagedContent.Source<>() {
            @Override
            public long count() {
                return interactions.countEntries(query.withText(filterText()));
            }

            @Override
            public List<InteractionLogEntry> page(int offset, int limit) {
                return interactions.entries(query.withText(filterText()).page(offset, limit));
            }
        };
    }

    @Override
    protected Color foreground(InteractionLogEntry row) {
        return row.isCanceled() ? getViewer().getTable().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND) : null;
    }

    @Override
    protected List<Column<InteractionLogEntry>> columns() {
        return List.of(new Column<>(Messages.InteractionLogPart_entryNo, 7, true, e -> String.valueOf(e.getEntryNo())),
                new Column<>(Messages.InteractionLogPart_date, 9, false, e -> Formats.date(e.getDate())),
                new Column<>(Messages.InteractionLogPart_contactNo, 9, false, InteractionLogEntry::getContactNo),
                new Column<>(Messages.InteractionLogPart_interactionTemplate, 10, false, InteractionLogEntry::getInteractionTemplateCode),
                new Column<>(Messages.InteractionLogPart_description, 18, false, InteractionLogEntry::getDescription),
                new Column<>(Messages.InteractionLogPart_informationFlow, 8, false, e -> shown(e.getInformationFlow())),
                new Column<>(Messages.InteractionLogPart_initiatedBy, 7, false, e -> shown(e.getInitiatedBy())),
                new Column<>(Messages.InteractionLogPart_salesperson, 7, false, InteractionLogEntry::getSalespersonCode),
                new Column<>(Messages.InteractionLogPart_correspondenceType, 9, false, e -> shown(e.getCorrespondenceType())),
                new Column<>(Messages.InteractionLogPart_costLCY, 6, true, e -> Formats.amount(e.getCost())),
                new Column<>(Messages.InteractionLogPart_segmentNo, 8, false, InteractionLogEntry::getSegmentNo),
                new Column<>(Messages.InteractionLogPart_evaluation, 8, false, e -> shown(e.getEvaluation())),
                new Column<>(Messages.InteractionLogPart_document, 6, false, e -> e.getAttachmentNo() == null ? "" : Messages.InteractionLogPart_yes),
                new Column<>(Messages.InteractionLogPart_deliveryStatus, 8, false, e -> shown(e.getDeliveryStatus())),
                new Column<>(Messages.InteractionLogPart_canceled, 6, false, e -> yes(e.isCanceled())));
    }

    @Override
    protected String emptyMessage() {
        return NLS.bind(Messages.InteractionLogPart_noInteractionsLogged, (loggedSegment != null || contact.getText().length() + segment.getText().length() > 0
                ? Messages.InteractionLogPart_thatMatchTheFilter : "."));
    }

    @Override
    protected String countMessage(long count) {
        return n(count) + (count == 1 ? Messages.InteractionLogPart_interaction : Messages.InteractionLogPart_interactions)
                + (loggedSegment != null ? NLS.bind(Messages.InteractionLogPart_ofLoggedSegment, loggedSegment) : "");
    }

    @Inject
    @Optional
    void logChanged(@UIEventTopic(SegmentaEvents.LOG_CHANGED) Object data) {
        refresh();
    }

    @Inject
    @Optional
    void deliveryChanged(@UIEventTopic(SegmentaEvents.DELIVERY_CHANGED) Object data) {
        refresh();
    }

    @Focus
    void focus() {
        setFocus();
    }
}
