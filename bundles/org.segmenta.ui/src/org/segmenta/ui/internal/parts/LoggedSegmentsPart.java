package org.segmenta.ui.internal.parts;

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
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentHeader;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.UiIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Logged Segments part: the segments already logged, with their interactions and canceled state; cancel or
 * uncancel (with every entry), make a follow-up segment; selecting one filters the Interaction Log. Source: NAV page
 * 5139 Logged Segments.
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

    private Button cancel;

    @PostConstruct
    void create(Composite parent) {
        createControls(parent);
        getViewer().addSelectionChangedListener(e -> {
            List<LoggedSegment> sel = selection();
            cancel.setText(sel.size() == 1 && sel.get(0).isCanceled() ? "Uncancel" : "Cancel");
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
        item(menu, "&Cancel...", one, this::toggleCanceled);
        item(menu, "&Follow-up Segment", one, this::followUp);
    }

    @Override
    protected String quickFilterMessage() {
        return "Filter logged segments";
    }

    @Override
    protected void createBar(Composite bar) {
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Switch the Canceled mark of the logged segment and all its interactions");
        cancel.addListener(SWT.Selection, e -> toggleCanceled());
        Button followUp = new Button(bar, SWT.PUSH);
        followUp.setText("Follow-up Segment");
        followUp.setToolTipText("Make a new segment with the contacts of the logged segment");
        followUp.addListener(SWT.Selection, e -> followUp());
    }

    /** Switches the Canceled mark of the selected logged segment, with all its entries, after asking. */
    public void toggleCanceled() {
        List<LoggedSegment> sel = selection();
        if (sel.size() != 1) {
            say("Select one logged segment.");
            return;
        }
        LoggedSegment ls = sel.get(0);
        boolean to = !ls.isCanceled();
        if (!Prompter.or(prompter).confirm(cancel.getShell(), to ? "Cancel Logged Segment" : "Uncancel Logged Segment",
                "Do you want to " + (to ? "cancel" : "uncancel") + " logged segment " + ls.getEntryNo() + " (" + ls.getSegmentNo()
                        + ") and its " + ls.getNoOfInteractions() + " interactions?")) {
            return;
        }
        Job job = Job.create("Canceling logged segment " + ls.getEntryNo(), m -> {
            String message;
            try {
                int n = interactions.setLoggedSegmentCanceled(ls.getEntryNo(), to);
                message = "Logged segment " + ls.getEntryNo() + (to ? " canceled" : " uncanceled") + " with " + n + " interactions.";
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
            say("Select one logged segment.");
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
        return List.of(new Column<>("Entry No.", 8, true, l -> String.valueOf(l.getEntryNo())),
                new Column<>("Segment No.", 10, false, LoggedSegment::getSegmentNo),
                new Column<>("Description", 30, false, LoggedSegment::getDescription),
                new Column<>("No. of Interactions", 12, true, l -> n(l.getNoOfInteractions())),
                new Column<>("Creation Date", 12, false, l -> s(l.getCreationDate())),
                new Column<>("User ID", 10, false, LoggedSegment::getUserId),
                new Column<>("Canceled", 8, false, l -> yes(l.isCanceled())));
    }

    @Override
    protected String emptyMessage() {
        return "No logged segments.";
    }

    @Override
    protected String countMessage(long count) {
        return n(count) + (count == 1 ? " logged segment" : " logged segments");
    }

    @Inject
    @Optional
    void logChanged(@UIEventTopic(SegmentaEvents.LOG_CHANGED) Object data) {
        refresh();
    }

    @Focus
    void focus() {
        setFocus();
    }
}
