package org.segmenta.ui.internal.setup;

import org.segmenta.ui.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.segmenta.core.ModelFields;

/**
 * The child rows of a set-up row, edited in place (a salutation's formulas, a questionnaire's questions and each
 * question's answers, an interaction template's languages): a table with a column per field, edited by a click (F2),
 * Add Row and Remove Row, and for a child that has rows of its own (a question's answers) a second table below for
 * the selected child. The edits change the set-up part's working copy of the row; its Save stores the row with its
 * children through the set-up service, which applies the rules.
 */
final class ChildRows {

    private static final String ADD = Messages.ChildRows_addRow;
    private static final String REMOVE = Messages.ChildRows_removeRow;
    private static final int LINE_STEP = 10000;

    private final EReference reference;
    private final Consumer<String> say;
    private final Runnable changed;
    private final Group group;
    private final TableViewer viewer;
    private final List<EAttribute> columns;
    private ChildRows nested;
    private EObject owner;

    /**
     * @param parent where the group goes
     * @param reference the containment reference whose rows are edited
     * @param say shows a message (a value that does not parse)
     * @param changed told after every edit
     */
    ChildRows(Composite parent, EReference reference, Consumer<String> say, Runnable changed) {
        this.reference = reference;
        this.say = say;
        this.changed = changed;
        EClass type = reference.getEReferenceType();
        group = new Group(parent, SWT.NONE);
        group.setText(SetupPart.caption(reference.getName()));
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 150).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        Composite area = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        columns = ModelFields.fields(type);
        for (EAttribute a : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(SetupPart.caption(a.getName()));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Object v = ((EObject) element).eGet(a);
                    return v instanceof Boolean b ? org.segmenta.core.format.Formats.yesNo(b) : SetupLabels.cell((EObject) element, a);
                }
            });
            c.setEditingSupport(editing(a));
            layout.setColumnData(c.getColumn(), new ColumnWeightData(a.getName().equals("text")
                    || a.getName().equals("description") ? 30 : 12, 70));
        }
        Composite buttons = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, ADD, this::add);
        button(buttons, REMOVE, this::remove);
        EReference inner = type.getEAllContainments().stream().filter(EReference::isMany).findFirst().orElse(null);
        if (inner != null) {
            nested = new ChildRows(parent, inner, say, changed);
            viewer.addSelectionChangedListener(e -> nested.setOwner(selected()));
        }
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private EditingSupport editing(EAttribute a) {
        return new EditingSupport(viewer) {
            private final CellEditor editor = a.getEAttributeType().getInstanceClass() == boolean.class
                    || a.getEAttributeType().getInstanceClass() == Boolean.class
                            ? new CheckboxCellEditor(viewer.getTable())
                            : a.getEAttributeType() instanceof EEnum e
                                    ? new ComboBoxCellEditor(viewer.getTable(), labels(e), SWT.READ_ONLY)
                                    : new TextCellEditor(viewer.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object v = ((EObject) element).eGet(a);
                if (editor instanceof CheckboxCellEditor) {
                    return Boolean.TRUE.equals(v);
                }
                if (a.getEAttributeType() instanceof EEnum e) {
                    return v instanceof Enumerator en ? e.getELiterals().indexOf(e.getEEnumLiteral(en.getValue())) : 0;
                }
                return ModelFields.text((EObject) element, a);
            }

            @Override
            protected void setValue(Object element, Object value) {
                EObject child = (EObject) element;
                try {
                    if (editor instanceof CheckboxCellEditor) {
                        child.eSet(a, value);
                    } else if (a.getEAttributeType() instanceof EEnum e) {
                        int i = (Integer) value;
                        if (i < 0) {
                            return;
                        }
                        child.eSet(a, e.getELiterals().get(i).getInstance());
                    } else {
                        ModelFields.set(child, a.getName(), (String) value);
                    }
                } catch (IllegalArgumentException ex) {
                    say.accept(ex.getMessage());
                    return;
                }
                viewer.update(child, null);
                changed.run();
            }
        };
    }

    private static String[] labels(EEnum e) {
        return SetupLabels.options(e);
    }

    /** @param o the (working copy of the) row whose children are shown, or null */
    void setOwner(EObject o) {
        owner = o;
        group.setEnabled(o != null);
        viewer.setInput(o == null ? new ArrayList<>() : rows());
        if (nested != null) {
            nested.setOwner(null);
        }
    }

    @SuppressWarnings("unchecked")
    private EList<EObject> rows() {
        return (EList<EObject>) owner.eGet(reference);
    }

    private EObject selected() {
        Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return o instanceof EObject e ? e : null;
    }

    /** Adds an empty child row (its Line No., if it has one, after the last). */
    void add() {
        if (owner == null) {
            return;
        }
        EObject child = EcoreUtil.create(reference.getEReferenceType());
        for (EAttribute a : columns) {
            if (a.getName().equals("lineNo")) {
                int max = rows().stream().mapToInt(r -> (Integer) r.eGet(a)).max().orElse(0);
                child.eSet(a, max + LINE_STEP);
            }
        }
        rows().add(child);
        viewer.setInput(rows());
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(child), true);
        viewer.editElement(child, 0);
        changed.run();
    }

    /** Removes the selected child row. */
    void remove() {
        EObject s = selected();
        if (owner != null && s != null) {
            rows().remove(s);
            viewer.setInput(rows());
            if (nested != null) {
                nested.setOwner(null);
            }
            changed.run();
        }
    }

    /**
     * Changes one field of a child row as editing its cell does.
     *
     * @param index the child row
     * @param field the attribute name
     * @param value the value as typed (a check box: {@code true}/{@code false}; a choice: its literal)
     */
    void edit(int index, String field, String value) {
        EObject child = rows().get(index);
        ModelFields.set(child, field, value);
        viewer.refresh();
        changed.run();
    }

    /** @return the table */
    org.eclipse.swt.widgets.Table table() {
        return viewer.getTable();
    }

    /** @return the rows of the selected child, or null when the children have none */
    ChildRows nested() {
        return nested;
    }

    /** @param index the child row to select (its own rows show in {@link #nested()}) */
    void select(int index) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows().get(index)), true);
    }

    /** Disposes the controls (when another table is shown). */
    void dispose() {
        group.dispose();
        if (nested != null) {
            nested.dispose();
        }
    }
}
