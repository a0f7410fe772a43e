package org.segmenta.ui.internal.dialogs;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.ui.internal.Messages;

/**
 * The pre-Log check's findings as the service groups them ({@link FindingGroup}): one row per cause with its count,
 * summary and first lines, expandable to every finding of the group. The children are made only when a group is
 * expanded, on a virtual tree, so 20,000 findings of one cause cost one row until the user asks for them. Used by the
 * segment editor's Check before Log tab and the Log dialog.
 */
public final class FindingsTree {

    private final Tree tree;
    private List<FindingGroup> groups = List.of();

    /**
     * @param parent the parent (a grid layout)
     * @param onLine called with a line No. when the user double-clicks a finding on a line, or null
     */
    public FindingsTree(Composite parent, IntConsumer onLine) {
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(tree);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        for (String[] c : new String[][] { { Messages.Findings_severity, "120" }, { Messages.Findings_count, "70" },
                { Messages.Findings_lineNo, "70" }, { Messages.Findings_contactNo, "90" }, { Messages.Findings_message, "700" } }) {
            TreeColumn col = new TreeColumn(tree, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        tree.addListener(SWT.SetData, e -> {
            TreeItem item = (TreeItem) e.item;
            TreeItem parentItem = item.getParentItem();
            if (parentItem == null) {
                fillGroup(item, groups.get(tree.indexOf(item)));
            } else {
                FindingGroup g = (FindingGroup) parentItem.getData();
                fillFinding(item, g.findings().get(parentItem.indexOf(item)));
            }
        });
        tree.addListener(SWT.Expand, e -> {
            TreeItem item = (TreeItem) e.item;
            if (item.getData() instanceof FindingGroup g && item.getItemCount() != g.count()) {
                item.setItemCount(g.count());
            }
        });
        // a finding's whole text (the column cuts a long one) as the tool tip of the row under the mouse
        tree.addListener(SWT.MouseHover, e -> {
            TreeItem item = tree.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            tree.setToolTipText(item == null ? null : item.getText(4));
        });
        if (onLine != null) {
            tree.addListener(SWT.DefaultSelection, e -> {
                Object data = e.item == null ? null : e.item.getData();
                LogProblem p = data instanceof LogProblem lp ? lp
                        : data instanceof FindingGroup g && g.count() == 1 ? g.findings().get(0) : null;
                if (p != null && p.lineNo() != null) {
                    onLine.accept(p.lineNo());
                }
            });
        }
    }

    /**
     * Shows groups, replacing what was shown.
     *
     * @param shown the groups, errors first
     */
    public void show(List<FindingGroup> shown) {
        groups = List.copyOf(shown);
        tree.removeAll();
        tree.setItemCount(groups.size());
        tree.clearAll(true);
    }

    /** @return the groups shown */
    public List<FindingGroup> groups() {
        return groups;
    }

    /** @return the tree (its top-level items are the groups) */
    public Tree tree() {
        return tree;
    }

    /** @return how many findings the shown groups hold */
    public long findings() {
        return groups.stream().mapToLong(FindingGroup::count).sum();
    }

    private void fillGroup(TreeItem item, FindingGroup g) {
        item.setData(g);
        String first = g.count() > 1 ? g.firstLines() : "";
        LogProblem only = g.count() == 1 ? g.findings().get(0) : null;
        item.setText(new String[] { severity(g.severity()), Formats.count(g.count()),
                only != null && only.lineNo() != null ? String.valueOf(only.lineNo()) : "",
                only != null && only.contactNo() != null ? only.contactNo() : "",
                first.isEmpty() ? g.summary() : NLS.bind(Messages.Findings_firstLines, g.summary(), first) });
        color(item, g.severity());
        // a group of several is expandable to its findings (made when expanded)
        item.setItemCount(g.count() > 1 ? 1 : 0);
    }

    private void fillFinding(TreeItem item, LogProblem p) {
        item.setData(p);
        item.setText(new String[] { severity(p.severity()), "", p.lineNo() == null ? "" : String.valueOf(p.lineNo()),
                p.contactNo() == null ? "" : p.contactNo(), p.message() });
        color(item, p.severity());
    }

    private static String severity(LogProblem.Severity s) {
        return s == LogProblem.Severity.ERROR ? Messages.Findings_error : Messages.Findings_warning;
    }

    private static void color(TreeItem item, LogProblem.Severity s) {
        if (s == LogProblem.Severity.ERROR) {
            item.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
        }
    }
}
