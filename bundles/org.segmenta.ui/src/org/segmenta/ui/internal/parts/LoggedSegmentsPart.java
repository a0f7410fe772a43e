package org.segmenta.ui.internal.parts;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.ui.Background;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentHeader;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.UiIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Logged Segments part: the segments already logged, with their interactions and canceled state; cancel or
 * uncancel (with every entry), make a follow-up segment, deliver what is pending or resend what failed; selecting
 * one filters the Interaction Log. Source: NAV page 5139 Logged Segments (Resend: §1.11 of the domain reference).
 */
public final class LoggedSegmentsPart extends ListPart<LoggedSegment> {

    @Inject
    InteractionService interactions;
    @Inject
    @Optional
    EPartService parts;
    @Inject
    @Optional
    Prompter prompter;

    @Inject
    @Optional
    DeliveryService delivery;
    @Inject
    @Optional
    DeliverySettingsService deliverySettings;
    @Inject
    Background background;

    private static final String DELIVER_NOW = Messages.LoggedSegmentsPart_deliverNow;
    private static final String RESEND_FAILED = Messages.LoggedSegmentsPart_resendFailed;
    private static final String NO_DELIVERY = Messages.LoggedSegmentsPart_deliveryIsNotAvailableIn;
    private static final String SELECT_ONE = Messages.LoggedSegmentsPart_selectOneLoggedSegment;

    private Button cancel;

    @PostConstruct
    void create(Composite parent) {
        createControls(parent);
        getViewer().addSelectionChangedListener(e -> {
            List<LoggedSegment> sel = selection();
            cancel.setText(sel.size() == 1 && sel.get(0).isCanceled() ? Messages.LoggedSegmentsPart_uncancel : Messages.LoggedSegmentsPart_cancel);
            cancel.getParent().layout();
            if (sel.size() == 1) {
                showLog(sel.get(0));
            }
        });
        getViewer().getTable().addListener(SWT.DefaultSelection, e -> {
            List<LoggedSegment> sel = selection();
            if (sel.size() == 1 && parts != null) {
                showLog(sel.get(0));
                parts.showPart(UiIds.PART_INTERACTION_LOG, EPartService.PartState.ACTIVATE);
            }
        });
    }

    private void showLog(LoggedSegment ls) {
        if (parts == null) {
            return;
        }
        var p = parts.findPart(UiIds.PART_INTERACTION_LOG);
        if (p != null) {
            if (p.getObject() == null) {
                parts.showPart(p, EPartService.PartState.CREATE);
            }
            if (p.getObject() instanceof InteractionLogPart log) {
                log.filterByLoggedSegment(ls.getEntryNo(), ls.getSegmentNo());
            }
        }
    }

    @Override
    protected void contextMenu(org.eclipse.swt.widgets.Menu menu) {
        boolean one = selection().size() == 1;
        item(menu, Messages.LoggedSegmentsPart_cancel2, one, this::toggleCanceled);
        item(menu, Messages.LoggedSegmentsPart_followUpSegment, one, this::followUp);
        item(menu, Messages.LoggedSegmentsPart_deliverNow2, one && delivery != null, () -> deliver(false));
        item(menu, Messages.LoggedSegmentsPart_resendFailed2, one && delivery != null, () -> deliver(true));
    }

    @Override
    protected String quickFilterMessage() {
        return Messages.LoggedSegmentsPart_filterLoggedSegments;
    }

    @Override
    protected void createBar(Composite bar) {
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.LoggedSegmentsPart_cancel);
        cancel.setToolTipText(Messages.LoggedSegmentsPart_switchTheCanceledMarkOf);
        cancel.addListener(SWT.Selection, e -> toggleCanceled());
        Button followUp = new Button(bar, SWT.PUSH);
        followUp.setText(Messages.LoggedSegmentsPart_followUpSegment2);
        followUp.setToolTipText(Messages.LoggedSegmentsPart_makeANewSegmentWith);
        followUp.addListener(SWT.Selection, e -> followUp());
        Button deliverNow = new Button(bar, SWT.PUSH);
        deliverNow.setText(DELIVER_NOW);
        deliverNow.setToolTipText(Messages.LoggedSegmentsPart_sendTheEMailsAnd);
        deliverNow.addListener(SWT.Selection, e -> deliver(false));
        Button resend = new Button(bar, SWT.PUSH);
        resend.setText(RESEND_FAILED);
        resend.setToolTipText(Messages.LoggedSegmentsPart_deliverTheLoggedSegmentS);
        resend.addListener(SWT.Selection, e -> deliver(true));
    }

    /**
     * Delivers the selected logged segment's pending entries in a background job ("Deliver Now"), after putting its
     * failed ones back to pending when {@code resendFailed} ("Resend Failed"); the result goes to the part's status
     * line, the delivery service's events refresh the Interaction Log's Delivery Status.
     *
     * @param resendFailed first put the failed entries back to pending
     * @return the job, or null when nothing was started
     */
    public org.eclipse.core.runtime.jobs.Job deliver(boolean resendFailed) {
        List<LoggedSegment> sel = selection();
        if (sel.size() != 1) {
            say(SELECT_ONE);
            return null;
        }
        if (delivery == null || deliverySettings == null) {
            say(NO_DELIVERY);
            return null;
        }
        LoggedSegment ls = sel.get(0);
        String name = NLS.bind(Messages.LoggedSegmentsPart_loggedSegment, (resendFailed ? Messages.LoggedSegmentsPart_resending : Messages.LoggedSegmentsPart_delivering), ls.getEntryNo());
        return background.work(name, getViewer().getTable()).onFailure(this::say).run(m -> {
            int again = resendFailed ? delivery.resend(ls.getEntryNo(), false) : 0;
            DeliveryReport r = delivery.deliver(ls.getEntryNo(), deliverySettings.load());
            return NLS.bind(Messages.LoggedSegmentsPart_deliveryOf, (resendFailed ? NLS.bind(Messages.LoggedSegmentsPart_failedPutBack, again) : ""), ls.getSegmentNo(), r.summary(), (r.notes().isEmpty() ? "." : ". " + r.notes().get(0)));
        }, this::say);
    }

    /** Switches the Canceled mark of the selected logged segment, with all its entries, after asking. */
    public void toggleCanceled() {
        List<LoggedSegment> sel = selection();
        if (sel.size() != 1) {
            say(Messages.LoggedSegmentsPart_selectOneLoggedSegment);
            return;
        }
        LoggedSegment ls = sel.get(0);
        boolean to = !ls.isCanceled();
        if (!Prompter.or(prompter).confirm(cancel.getShell(), to ? Messages.LoggedSegmentsPart_cancelLoggedSegment : Messages.LoggedSegmentsPart_uncancelLoggedSegment,
                NLS.bind(Messages.LoggedSegmentsPart_doYouWantToLogged, (to ? Messages.LoggedSegmentsPart_cancelVerb : Messages.LoggedSegmentsPart_uncancelVerb), ls.getEntryNo(), ls.getSegmentNo(),
                        Formats.plural(ls.getNoOfInteractions(), Messages.Count_interactionOne, Messages.Count_interactionOther)))) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.LoggedSegmentsPart_cancelingLoggedSegment, ls.getEntryNo()), m -> {
            String message;
            try {
                int n = interactions.setLoggedSegmentCanceled(ls.getEntryNo(), to);
                message = NLS.bind(Messages.LoggedSegmentsPart_loggedSegmentWithInteractions, ls.getEntryNo(), (to ? Messages.LoggedSegmentsPart_canceled : Messages.LoggedSegmentsPart_uncanceled),
                        Formats.plural(n, Messages.Count_interactionOne, Messages.Count_interactionOther));
            } catch (RuntimeException e) {
                message = e.getMessage();
            }
            String shown = message;
            sync.asyncExec(() -> {
                refresh();
                say(shown);
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Makes a follow-up segment from the selected logged segment and opens it. */
    public void followUp() {
        List<LoggedSegment> sel = selection();
        if (sel.size() != 1) {
            say(Messages.LoggedSegmentsPart_selectOneLoggedSegment);
            return;
        }
        try {
            SegmentHeader h = interactions.followUp(sel.get(0).getEntryNo(), null, false);
            if (parts != null) {
                SegmentEditors.open(parts, h.getNo());
            }
        } catch (RuntimeException e) {
            say(e.getMessage());
        }
    }

    @Override
    protected PagedContent.Source<LoggedSegment> source() {
        return new PagedContent.Source<>() {
            @Override
            public long count() {
                return interactions.countLoggedSegments(filterText());
            }

            @Override
            public List<LoggedSegment> page(int offset, int limit) {
                return interactions.loggedSegments(filterText(), offset, limit);
            }
        };
    }

    @Override
    protected Color foreground(LoggedSegment row) {
        return row.isCanceled() ? getViewer().getTable().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND) : null;
    }

    @Override
    protected List<Column<LoggedSegment>> columns() {
        return List.of(new Column<>(Messages.LoggedSegmentsPart_entryNo, 8, true, l -> String.valueOf(l.getEntryNo())),
                new Column<>(Messages.LoggedSegmentsPart_segmentNo, 10, false, LoggedSegment::getSegmentNo),
                new Column<>(Messages.LoggedSegmentsPart_description, 30, false, LoggedSegment::getDescription),
                new Column<>(Messages.LoggedSegmentsPart_noOfInteractions, 12, true, l -> n(l.getNoOfInteractions())),
                new Column<>(Messages.LoggedSegmentsPart_creationDate, 12, false, l -> Formats.date(l.getCreationDate())),
                new Column<>(Messages.LoggedSegmentsPart_userID, 10, false, LoggedSegment::getUserId),
                new Column<>(Messages.LoggedSegmentsPart_canceled2, 8, false, l -> yes(l.isCanceled())));
    }

    @Override
    protected String emptyMessage() {
        return Messages.LoggedSegmentsPart_noLoggedSegments;
    }

    @Override
    protected String countMessage(long count) {
        return n(count) + (count == 1 ? Messages.LoggedSegmentsPart_loggedSegment2 : Messages.LoggedSegmentsPart_loggedSegments);
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
