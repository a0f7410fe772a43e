package org.segmenta.example.loyalty.ui.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.example.loyalty.LoyaltyService;
import org.segmenta.example.loyalty.Member;
import org.segmenta.example.loyalty.Tier;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "Loyalty" part, contributed by the plug-in's {@code fragment.e4xmi}: the members with tier and points, how many
 * each tier has, and a line to enrol a contact. It only calls {@link LoyaltyService} and shows what it returns; it
 * refreshes when the service announces a change.
 */
public final class LoyaltyPart {

    @Inject
    LoyaltyService loyalty;

    private TableViewer viewer;
    private Label summary;
    private Text contactNo;
    private Combo tier;
    private Text points;
    private Label message;

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        Composite enrol = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(enrol);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(enrol);
        new Label(enrol, SWT.NONE).setText("Contact No.:");
        contactNo = new Text(enrol, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(contactNo);
        new Label(enrol, SWT.NONE).setText("Tier:");
        tier = new Combo(enrol, SWT.READ_ONLY);
        tier.setItems(Tier.labels().toArray(String[]::new));
        tier.select(0);
        new Label(enrol, SWT.NONE).setText("Points:");
        points = new Text(enrol, SWT.BORDER);
        points.setText("0");
        GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(points);
        Button button = new Button(enrol, SWT.PUSH);
        button.setText("Enrol");
        button.addListener(SWT.Selection, e -> enrol());
        message = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Contact No.", 100, m -> m.contactNo());
        column("Name", 180, m -> m.name() == null ? "" : m.name());
        column("Tier", 90, m -> m.tier().label());
        column("Points", 90, m -> String.format("%,d", m.points()));
        column("Joined", 100, m -> m.joined().toString());
        column("Text Messages", 110, m -> m.textMessages() ? "Yes" : "No");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Member, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Member) element);
            }
        });
    }

    private void enrol() {
        try {
            Member m = loyalty.enrol(contactNo.getText().strip(), Tier.of(tier.getText()),
                    Long.parseLong(points.getText().strip()));
            message.setText("Enrolled " + m.contactNo() + " in " + m.tier().label() + ".");
        } catch (NumberFormatException e) {
            message.setText("Points must be a whole number, such as 1200.");
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
        }
        message.getParent().layout();
    }

    /** Shows the members and tier counts as the service has them now. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(loyalty.members());
        Map<Tier, Long> counts = loyalty.tierCounts();
        summary.setText(counts.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("   ")) + "   (members: "
                + counts.values().stream().mapToLong(Long::longValue).sum() + ")");
        summary.getParent().layout();
    }

    /** @param data the changed contact No. (unused: the list is read again) */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void changed(@UIEventTopic(LoyaltyService.TOPIC_CHANGED) Object data) {
        refresh();
    }

    /** @return the members table (for tests) */
    public org.eclipse.swt.widgets.Table table() {
        return viewer.getTable();
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }
}
