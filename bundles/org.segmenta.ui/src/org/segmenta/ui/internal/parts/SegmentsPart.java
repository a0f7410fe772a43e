package org.segmenta.ui.internal.parts;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.SegmentSummary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Segments part: the open segments, each a worksheet of contacts waiting to be merged and logged. Double-click or
 * Enter opens the segment's editor. Source: NAV page 5093 Segment List.
 */
public final class SegmentsPart extends ListPart<SegmentSummary> implements SegmentAware {

    @Inject
    SegmentService segments;

    @Inject
    @Optional
    EPartService parts;

    private volatile List<SegmentSummary> snapshot = List.of();

    @PostConstruct
    void create(Composite parent) {
        createControls(parent);
        getViewer().getTable().addListener(SWT.DefaultSelection, e -> openSelected());
    }

    @Override
    protected String quickFilterMessage() {
        return Messages.SegmentsPart_filterSegments;
    }

    @Override
    protected void createBar(Composite bar) {
        Button open = new Button(bar, SWT.PUSH);
        open.setText(Messages.SegmentsPart_open);
        open.addListener(SWT.Selection, e -> openSelected());
    }

    /** Opens the editor of each selected segment. */
    public void openSelected() {
        if (parts == null) {
            return;
        }
        for (SegmentSummary s : selection()) {
            SegmentEditors.open(parts, s.no());
        }
    }

    @Override
    protected void contextMenu(org.eclipse.swt.widgets.Menu menu) {
        item(menu, Messages.SegmentsPart_open2, !selection().isEmpty(), this::openSelected);
    }

    @Override
    protected boolean sortBy(int column, boolean descending) {
        java.util.Comparator<SegmentSummary> order = switch (column) {
            case 0 -> java.util.Comparator.comparing(SegmentSummary::no);
            case 2 -> java.util.Comparator.comparingLong(SegmentSummary::lines);
            case 4 -> java.util.Comparator.comparing(SegmentSummary::date,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
            default -> null;
        };
        if (order == null) {
            return false;
        }
        this.order = descending ? order.reversed() : order;
        return true;
    }

    /** The order the user chose by a column header; the open segments are few, so they are sorted here. */
    private volatile java.util.Comparator<SegmentSummary> order;

    @Override
    protected PagedContent.Source<SegmentSummary> source() {
        return new PagedContent.Source<>() {
            @Override
            public long count() {
                List<SegmentSummary> list = segments.list(filterText());
                java.util.Comparator<SegmentSummary> o = order;
                snapshot = o == null ? list : list.stream().sorted(o).toList();
                return snapshot.size();
            }

            @Override
            public List<SegmentSummary> page(int offset, int limit) {
                List<SegmentSummary> all = snapshot;
                return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
            }
        };
    }

    @Override
    protected List<Column<SegmentSummary>> columns() {
        return List.of(new Column<>(Messages.SegmentsPart_no, 10, false, SegmentSummary::no),
                new Column<>(Messages.SegmentsPart_description, 34, false, SegmentSummary::description),
                new Column<>(Messages.SegmentsPart_noOfLines, 10, true, s -> n(s.lines())),
                new Column<>(Messages.SegmentsPart_noOfCriteriaActions, 12, true, s -> Formats.count(s.steps())),
                new Column<>(Messages.SegmentsPart_date, 10, false, s -> Formats.date(s.date())),
                new Column<>(Messages.SegmentsPart_salesperson, 10, false, SegmentSummary::salespersonCode),
                new Column<>(Messages.SegmentsPart_interactionTemplate, 14, false, SegmentSummary::interactionTemplateCode));
    }

    @Override
    protected String emptyMessage() {
        return Messages.SegmentsPart_noOpenSegmentsSegmentNew;
    }

    @Override
    protected String countMessage(long count) {
        return NLS.bind(Messages.SegmentsPart_doubleClickToOpen, n(count), (count == 1 ? Messages.SegmentsPart_openSegment : Messages.SegmentsPart_openSegments));
    }

    @Override
    public String segmentNo() {
        List<SegmentSummary> sel = selection();
        return sel.size() == 1 ? sel.get(0).no() : null;
    }

    @Inject
    @Optional
    void segmentsChanged(@UIEventTopic(SegmentaEvents.SEGMENTS_CHANGED) Object data) {
        refresh();
    }

    @Inject
    @Optional
    void segmentChanged(@UIEventTopic(SegmentaEvents.SEGMENT_CHANGED) Object data) {
        refresh();
    }

    @Focus
    void focus() {
        setFocus();
    }
}
