package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;

/**
 * Merge wizard, page 2, as Word's Match Fields: each merge field of the document beside the Segmenta merge field it
 * takes its value from, with the reason the merge service proposed it; unmapped fields carry a warning sign and merge
 * empty unless the user picks one. For the template's own letter the choices are kept with the stored document
 * ({@code InteractionService.keepFieldMapping}) when the page is left, as Word keeps Match Fields with the document.
 */
public final class MatchFieldsPage extends WizardPage {

    /** The choice that leaves a field unmapped. */
    public static final String NOTHING = Messages.MatchFieldsPage_notMappedMergesEmpty;

    private final MergeWizard wizard;
    private TableViewer viewer;
    private KeyEditing keyEditing;
    private Text problems;
    private MainDocument shown;
    private Map<String, String> initial;

    MatchFieldsPage(MergeWizard wizard) {
        super("match");
        this.wizard = wizard;
        setTitle(Messages.MatchFieldsPage_matchFields);
        setDescription(Messages.MatchFieldsPage_eachMergeFieldOfThe);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        Composite area = new Composite(c, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(area);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Image warning = JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING);

        TableViewerColumn field = new TableViewerColumn(viewer, SWT.LEFT);
        field.getColumn().setText(Messages.MatchFieldsPage_fieldInTheDocument);
        field.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((FieldMapping.Entry) element).fieldName();
            }

            @Override
            public Image getImage(Object element) {
                return ((FieldMapping.Entry) element).mapped() ? null : warning;
            }
        });
        layout.setColumnData(field.getColumn(), new ColumnWeightData(30, 140));

        TableViewerColumn key = new TableViewerColumn(viewer, SWT.LEFT);
        key.getColumn().setText(Messages.MatchFieldsPage_segmentaMergeField);
        key.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                FieldMapping.Entry e = (FieldMapping.Entry) element;
                return e.key() != null ? e.key().caption() : e.pluginField() != null ? pluginCaption(e.pluginField())
                        : NOTHING;
            }
        });
        keyEditing = new KeyEditing(viewer);
        key.setEditingSupport(keyEditing);
        layout.setColumnData(key.getColumn(), new ColumnWeightData(30, 160));

        TableViewerColumn why = new TableViewerColumn(viewer, SWT.LEFT);
        why.getColumn().setText(Messages.MatchFieldsPage_why);
        why.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((FieldMapping.Entry) element).detail();
            }
        });
        layout.setColumnData(why.getColumn(), new ColumnWeightData(40, 160));

        Label l = new Label(c, SWT.NONE);
        l.setText(Messages.MatchFieldsPage_goodToKnowAboutThis);
        problems = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(problems);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && shown != wizard.document) {
            shown = wizard.document;
            initial = wizard.mapping.asMap();
            StringBuilder b = new StringBuilder();
            for (MergeProblem p : thingsToKnow(shown)) {
                b.append(b.isEmpty() ? "" : "\n").append("• ").append(p.field().isEmpty() ? "" : p.field() + ": ")
                        .append(p.message());
            }
            int unmapped = shown.mapping().unmapped().size();
            problems.setText(!b.isEmpty() ? b.toString() : unmapped == 0 ? Messages.MatchFieldsPage_nothingEveryFieldIsUnderstood
                    : NLS.bind(Messages.MatchFieldsPage_nothingElseUnmappedAbove, unmapped));
            refresh();
        }
        super.setVisible(visible);
    }

    /**
     * What the document's inspection found beyond its unmapped fields (which the table and the page's message show):
     * the list under "Good to know", and what the first page counts as "things to know", so that both agree.
     *
     * @param doc the inspected document
     * @return its problems, without those about a field the proposed mapping leaves unmapped
     */
    static List<MergeProblem> thingsToKnow(MainDocument doc) {
        java.util.Set<String> unmapped = new java.util.HashSet<>();
        doc.mapping().unmapped().forEach(e -> unmapped.add(e.fieldName().toLowerCase(java.util.Locale.ROOT)));
        return doc.problems().stream().filter(p -> p.field() == null || p.field().isEmpty()
                || !unmapped.contains(p.field().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private void refresh() {
        setErrorMessage(null);
        viewer.setInput(wizard.mapping.entries());
        int unmapped = wizard.mapping.unmapped().size();
        if (unmapped > 0) {
            setMessage(NLS.bind(Messages.MatchFieldsPage_notMappedAndWillMerge, unmapped, (unmapped == 1 ? Messages.MatchFieldsPage_fieldIs : Messages.MatchFieldsPage_fieldsAre), String.join(", ", wizard.mapping.unmapped().stream().map(FieldMapping.Entry::fieldName).toList())), WARNING);
        } else {
            setMessage(Messages.MatchFieldsPage_everyFieldIsMapped, INFORMATION);
        }
    }

    /**
     * Maps a field, as choosing in its cell does.
     *
     * @param fieldName the field
     * @param key the Segmenta merge field, or {@code null} to leave it unmapped
     */
    public void map(String fieldName, MergeKey key) {
        wizard.mapping = wizard.mapping.with(fieldName, key);
        refresh();
    }

    /**
     * Maps a field to a plug-in's merge field ({@code MergeFieldProvider}), as choosing it in its cell does.
     *
     * @param fieldName the field
     * @param pluginField the plug-in field's name
     */
    public void mapToPluginField(String fieldName, String pluginField) {
        wizard.mapping = wizard.mapping.withPluginField(fieldName, pluginField);
        refresh();
    }

    /**
     * Maps a field to the Segmenta merge field a user typed into its cell: a label of the list as shown (any case),
     * else what the merge service reads in the text ({@code MergeService.mapTyped}: a caption, a key, a synonym such
     * as Vorname, a plug-in field). Text that names no field leaves the mapping as it was and says so on the page.
     *
     * @param fieldName the document's field
     * @param typed what was typed
     * @return whether the text named a field (or was blank: unmapped)
     */
    public boolean mapTyped(String fieldName, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.equalsIgnoreCase(NOTHING)) {
            map(fieldName, null);
            return true;
        }
        for (MergeFieldProvider.Field f : wizard.merge.pluginFields()) {
            if (t.equalsIgnoreCase(NLS.bind(Messages.MatchFieldsPage_plugIn, f.caption()))) {
                mapToPluginField(fieldName, f.name());
                return true;
            }
        }
        try {
            wizard.mapping = wizard.merge.mapTyped(wizard.mapping, fieldName, t);
        } catch (IllegalArgumentException e) {
            viewer.refresh();
            setErrorMessage(NLS.bind(Messages.MatchFieldsPage_notAField, fieldName, e.getMessage()));
            return false;
        }
        refresh();
        return true;
    }

    /**
     * Types into a field's Segmenta-field cell and presses Enter, as a user does (for the tests and screenshots).
     *
     * @param fieldName the document's field
     * @param text what to type
     */
    public void typeInCell(String fieldName, String text) {
        FieldMapping.Entry entry = wizard.mapping.entry(fieldName).orElseThrow();
        viewer.editElement(entry, 1);
        org.eclipse.swt.custom.CCombo combo = (org.eclipse.swt.custom.CCombo) keyEditing.editor.getControl();
        combo.setText(text);
        combo.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    private String pluginCaption(String name) {
        return wizard.merge.pluginFields().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(f -> NLS.bind(Messages.MatchFieldsPage_plugIn, f.caption())).orElse(NLS.bind(Messages.MatchFieldsPage_plugInNotInstalled, name));
    }

    /** @return the "Good to know about this document" text as shown */
    public String goodToKnow() {
        return problems.getText();
    }

    /** @return the table as shown */
    public Table table() {
        return viewer.getTable();
    }

    /** Keeps a changed mapping with the template's own letter (Word keeps Match Fields with the document). */
    void keepOwnMapping() {
        if (wizard.usingOwn && wizard.own != null && wizard.mapping != null && initial != null
                && !initial.equals(wizard.mapping.asMap())) {
            wizard.interactions.keepFieldMapping(wizard.own.attachmentNo(), wizard.mapping);
            initial = wizard.mapping.asMap();
        }
    }

    /** Chooses a field's Segmenta merge field from the list. */
    private final class KeyEditing extends EditingSupport {
        private final List<MergeKey> keys = List.of(MergeKey.values());
        /** the plug-ins' fields, listed after Segmenta's own keys */
        private final List<MergeFieldProvider.Field> plugin;
        private final ComboBoxCellEditor editor;

        KeyEditing(TableViewer viewer) {
            super(viewer);
            plugin = wizard.merge.pluginFields();
            List<String> labels = new ArrayList<>();
            labels.add(NOTHING);
            keys.forEach(k -> labels.add(k.caption()));
            plugin.forEach(f -> labels.add(NLS.bind(Messages.MatchFieldsPage_plugIn, f.caption())));
            // not read-only: a typed name counts as much as a choice from the list (see mapTyped)
            editor = new ComboBoxCellEditor(viewer.getTable(), labels.toArray(String[]::new), SWT.NONE);
            editor.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION);
        }

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
            FieldMapping.Entry e = (FieldMapping.Entry) element;
            if (e.pluginField() != null) {
                for (int i = 0; i < plugin.size(); i++) {
                    if (plugin.get(i).name().equals(e.pluginField())) {
                        return keys.size() + 1 + i;
                    }
                }
                return 0;
            }
            return e.key() == null ? 0 : keys.indexOf(e.key()) + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int i = (Integer) value;
            String name = ((FieldMapping.Entry) element).fieldName();
            String typed = ((org.eclipse.swt.custom.CCombo) editor.getControl()).getText();
            String[] items = editor.getItems();
            if (i < 0 || i >= items.length || !items[i].equals(typed)) {
                // typed rather than chosen (the combo keeps the old selection while its text is typed over)
                if (!typed.isBlank() || i < 0) {
                    mapTyped(name, typed);
                }
                return;
            }
            if (i > keys.size()) {
                mapToPluginField(name, plugin.get(i - keys.size() - 1).name());
            } else if (i >= 0) {
                map(name, i == 0 ? null : keys.get(i - 1));
            }
        }
    }
}
