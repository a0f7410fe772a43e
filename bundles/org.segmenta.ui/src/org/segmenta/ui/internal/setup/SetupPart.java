package org.segmenta.ui.internal.setup;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.segmenta.ui.internal.parts.Reflow;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.ModelFields;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Language;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.ui.internal.fields.CodeField;
import org.segmenta.ui.Prompter;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Window › Setup: the set-up tables that today only the demo data fills (interaction templates with their languages
 * and Word documents, interaction groups, salespeople, languages, salutations, mailing and industry groups, job
 * responsibilities, questionnaires, campaigns). The tables on the left; the chosen table's rows; the chosen row's
 * fields as a form with New, Save and Delete. For an interaction template, its language rows with Attach Word
 * Document... and Remove Document. Every change is a {@link SetupService} call, which applies the rules and says what
 * is wrong (a field, a code that does not exist, a key still in use); the part only shows the message. Yes/no fields
 * are check boxes, option fields lists, code fields offer their codes with names and refuse unknown ones beside the
 * field; child rows (a salutation's formulas, a questionnaire's questions and their answers, a template's languages)
 * are edited in tables under the form and saved with the row.
 */
public final class SetupPart {

    private static final String FILTER_MESSAGE = Messages.SetupPart_filterRows;
    private static final int FILTER_DELAY_MS = 300;

    @Inject
    SetupService setup;
    @Inject
    @Optional
    Prompter prompter;
    @Inject
    @Optional
    @org.eclipse.e4.core.di.extensions.Service
    org.segmenta.core.demo.DemoData demo;

    private List tables;
    private Text quickFilter;
    private int filterGeneration;
    private TableViewer rows;
    private Composite rowsArea;
    private TableColumnLayout rowsLayout;
    private Composite form;
    private ScrolledComposite formScroll;

    /** The column counts the form tries, widest first: two label/field pairs per row, else one. */
    private static final int[] FORM_COLUMNS = { 4, 2 };
    private Label message;
    private final Map<EAttribute, Control> fields = new LinkedHashMap<>();
    private final Map<String, ChildRows> children = new LinkedHashMap<>();
    /** The row being edited, with its child rows: a copy of {@link #row}, or the new row itself. */
    private EObject working;
    private Group languages;
    private TableViewer languageRows;
    private Combo language;

    private SetupTable<EObject> table;
    private EObject row;
    private boolean creating;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().margins(6, 6).create());
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tables = new List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        for (SetupTable<?> t : SetupTable.all()) {
            tables.add(SetupLabels.table(t));
        }
        tables.addListener(SWT.Selection, e -> chooseTable(tables.getSelectionIndex()));

        SashForm right = new SashForm(sash, SWT.VERTICAL);
        Composite rowsBox = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(rowsBox);
        quickFilter = new Text(rowsBox, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        quickFilter.setMessage(FILTER_MESSAGE);
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(quickFilter);
        quickFilter.addListener(SWT.Modify, e -> {
            int generation = ++filterGeneration;
            quickFilter.getDisplay().timerExec(FILTER_DELAY_MS, () -> {
                if (generation == filterGeneration && !quickFilter.isDisposed()) {
                    reloadRows(row == null || creating ? null : table.keyOf(row));
                }
            });
        });
        quickFilter.addListener(SWT.DefaultSelection, e -> reloadRows(null));
        rowsArea = new Composite(rowsBox, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rowsArea);
        rowsLayout = new TableColumnLayout();
        rowsArea.setLayout(rowsLayout);
        rows = new TableViewer(rowsArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        rows.getTable().setHeaderVisible(true);
        rows.getTable().setLinesVisible(true);
        rows.setContentProvider(ArrayContentProvider.getInstance());
        rows.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof EObject eo) {
                show(eo, false);
            }
        });

        Composite bottom = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
        formScroll = new ScrolledComposite(bottom, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(formScroll);
        form = new Composite(formScroll, SWT.NONE);
        formScroll.setContent(form);
        formScroll.setExpandHorizontal(true);
        formScroll.setExpandVertical(true);
        // two label/field pairs per row, one when the column is narrow (long German captions): nothing is cut off
        formScroll.addListener(SWT.Resize, e -> Reflow.reflow(formScroll, form, FORM_COLUMNS, null));
        Composite buttons = new Composite(bottom, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, Messages.SetupPart_new, this::newRow);
        button(buttons, Messages.SetupPart_save, this::save);
        button(buttons, Messages.SetupPart_delete, this::delete);
        button(buttons, Messages.SetupPart_reload, () -> chooseTable(tables.getSelectionIndex()));
        button(buttons, Messages.SetupPart_loadDemoSetup, this::loadDemoSetup);

        languages = new Group(right, SWT.NONE);
        languages.setText(Messages.SetupPart_languagesAndWordDocumentsOf);
        GridLayoutFactory.swtDefaults().applyTo(languages);
        Composite langArea = new Composite(languages, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(langArea);
        TableColumnLayout langLayout = new TableColumnLayout();
        langArea.setLayout(langLayout);
        languageRows = new TableViewer(langArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        languageRows.getTable().setHeaderVisible(true);
        languageRows.setContentProvider(ArrayContentProvider.getInstance());
        languageColumn(langLayout, Messages.SetupPart_language, r -> r.getLanguageCode());
        languageColumn(langLayout, Messages.SetupPart_description, r -> r.getDescription());
        languageColumn(langLayout, Messages.SetupPart_wordTemplateAttachmentNo, r -> r.getWordTemplateNo() == null ? ""
                : String.valueOf(r.getWordTemplateNo()));
        languageColumn(langLayout, Messages.SetupPart_attachmentNo, r -> r.getAttachmentNo() == null ? "" : String.valueOf(r.getAttachmentNo()));
        Composite langButtons = new Composite(languages, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(langButtons);
        new Label(langButtons, SWT.NONE).setText(Messages.SetupPart_language2);
        language = new Combo(langButtons, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(language);
        button(langButtons, Messages.SetupPart_attachWordDocument, this::attach);
        button(langButtons, Messages.SetupPart_removeDocument, this::removeDocument);
        languageRows.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof InteractionTemplateLanguage l && l.getLanguageCode() != null) {
                language.setText(l.getLanguageCode());
            }
        });
        right.setWeights(34, 36, 30);
        sash.setWeights(18, 82);
        tables.select(0);
        chooseTable(0);
    }

    private interface LanguageText extends java.util.function.Function<InteractionTemplateLanguage, String> {
    }

    private void languageColumn(TableColumnLayout layout, String header, LanguageText text) {
        TableViewerColumn c = new TableViewerColumn(languageRows, SWT.LEFT);
        c.getColumn().setText(header);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((InteractionTemplateLanguage) element);
                return s == null ? "" : s;
            }
        });
        layout.setColumnData(c.getColumn(), new ColumnWeightData(25, 80));
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /**
     * Shows a set-up table.
     *
     * @param index its position in {@link SetupTable#all()}
     */
    @SuppressWarnings("unchecked")
    public void chooseTable(int index) {
        if (index < 0) {
            return;
        }
        table = (SetupTable<EObject>) SetupTable.all().get(index);
        tables.select(index);
        for (var c : rows.getTable().getColumns()) {
            c.dispose();
        }
        java.util.List<EAttribute> attributes = ModelFields.fields(table.eClass());
        int shown = 0;
        for (EAttribute a : attributes) {
            if (shown++ >= 8) {
                break;
            }
            TableViewerColumn c = new TableViewerColumn(rows, SWT.LEFT);
            c.getColumn().setText(caption(a));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return SetupLabels.cell((EObject) element, a);
                }
            });
            rowsLayout.setColumnData(c.getColumn(), new ColumnWeightData(a == table.key() ? 10 : 15, 60));
        }
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        fields.clear();
        children.clear();
        codeFields.clear();
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 4).applyTo(form);
        for (EAttribute a : attributes) {
            fields.put(a, fieldControl(a));
        }
        for (EReference r : table.eClass().getEAllContainments()) {
            if (r.isMany() && r != Literals.INTERACTION_TEMPLATE__LANGUAGES) {
                ChildRows rowsOf = new ChildRows(form, r, this::say, () -> {
                });
                for (ChildRows c = rowsOf; c != null; c = c.nested()) {
                    children.put(c == rowsOf ? r.getName() : nestedName(r), c);
                }
            }
        }
        if (table == (Object) SetupTable.INTERACTION_TEMPLATES) {
            ChildRows languageRowsEditor = new ChildRows(form, Literals.INTERACTION_TEMPLATE__LANGUAGES, this::say, () -> {
            });
            children.put(Literals.INTERACTION_TEMPLATE__LANGUAGES.getName(), languageRowsEditor);
        }
        Reflow.reflow(formScroll, form, FORM_COLUMNS, null);
        boolean templates = table == (Object) SetupTable.INTERACTION_TEMPLATES;
        languages.setVisible(templates);
        languages.getParent().layout(true, true);
        reloadRows(null);
        rowsArea.layout(true, true);
        form.layout(true, true);
    }

    private static String nestedName(EReference r) {
        EReference inner = r.getEReferenceType().getEAllContainments().stream().filter(EReference::isMany).findFirst()
                .orElseThrow();
        return inner.getName();
    }

    /**
     * @param a a field of the table's rows
     * @return its control in the form, after its label: a check box for a yes/no field, a list for an option field,
     *         else a text field (a code field with its choices and refusal)
     */
    private Control fieldControl(EAttribute a) {
        Class<?> type = a.getEAttributeType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            new Label(form, SWT.NONE);
            Button b = new Button(form, SWT.CHECK);
            b.setText(caption(a));
            return b;
        }
        new Label(form, SWT.NONE).setText(caption(a) + ":");
        if (a.getEAttributeType() instanceof EEnum e) {
            Combo c = new Combo(form, SWT.READ_ONLY);
            c.setItems(SetupLabels.options(e));
            GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(c);
            return c;
        }
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(t);
        if (org.segmenta.core.rules.CodeCheck.checks(a)) {
            CodeField code = CodeField.attach(t, a, setup);
            if (code != null) {
                code.onCheck(problem -> {
                    if (problem != null) {
                        say(problem);
                    }
                });
                codeFields.put(a, code);
            }
        }
        return t;
    }

    private final Map<EAttribute, CodeField> codeFields = new LinkedHashMap<>();

    private static String display(EObject o, EAttribute a) {
        return ModelFields.text(o, a);
    }

    private void reloadRows(String select) {
        try {
            String filter = quickFilter.getText().strip();
            java.util.List<EObject> list = setup.list(table, filter);
            rows.setInput(list);
            EObject chosen = null;
            for (EObject o : list) {
                if (select != null && select.equalsIgnoreCase(table.keyOf(o))) {
                    chosen = o;
                }
            }
            if (chosen == null && !list.isEmpty()) {
                chosen = list.get(0);
            }
            if (chosen != null) {
                rows.setSelection(new org.eclipse.jface.viewers.StructuredSelection(chosen), true);
                show(chosen, false);
            } else if (filter.isEmpty()) {
                newRow();
            }
            say(SetupLabels.table(table) + ": " + org.segmenta.core.format.Formats.count(list.size()) + (list.size() == 1 ? Messages.SetupPart_row : Messages.SetupPart_rows)
                    + (filter.isEmpty() ? "." : NLS.bind(Messages.SetupPart_matching, filter)));
        } catch (StoreException e) {
            say(e.getMessage());
        }
    }

    private void show(EObject o, boolean isNew) {
        row = o;
        creating = isNew;
        working = isNew ? o : EcoreUtil.copy(o);
        codeFields.values().forEach(CodeField::clear);
        fields.forEach((a, c) -> {
            if (c instanceof Button b) {
                b.setSelection(Boolean.TRUE.equals(o.eGet(a)));
            } else if (c instanceof Combo combo) {
                Object v = o.eGet(a);
                combo.select(v instanceof org.eclipse.emf.common.util.Enumerator en
                        ? ((EEnum) a.getEAttributeType()).getELiterals().indexOf(((EEnum) a.getEAttributeType())
                                .getEEnumLiteral(en.getValue()))
                        : 0);
            } else {
                ((Text) c).setText(display(o, a));
            }
        });
        ((Text) fields.get(table.key())).setEditable(isNew);
        for (ChildRows c : children.values()) {
            c.setOwner(null);
        }
        for (ChildRows c : topChildren()) {
            c.setOwner(working);
        }
        Reflow.reflow(formScroll, form, FORM_COLUMNS, null);
        if (o instanceof InteractionTemplate t) {
            languageRows.setInput(new ArrayList<>(t.getLanguages()));
            try {
                language.setItems(setup.list(SetupTable.LANGUAGES).stream().map(Language::getCode).toArray(String[]::new));
                String first = t.getLanguages().isEmpty() ? t.getLanguageCodeDefault()
                        : t.getLanguages().get(0).getLanguageCode();
                if (first != null) {
                    language.setText(first);
                }
            } catch (StoreException e) {
                say(e.getMessage());
            }
        } else {
            languageRows.setInput(new ArrayList<>());
        }
    }

    /** Adds the demo's set-up (a user who imported contacts first has none), after asking; existing rows stay. */
    private void loadDemoSetup() {
        if (demo == null || !Prompter.or(prompter).confirm(message.getShell(), Messages.SetupPart_loadDemoSetup,
                Messages.SetupPart_loadDemoSetupQuestion)) {
            return;
        }
        org.segmenta.ui.internal.addons.DemoDataAddon.loadSetup(message.getShell(), demo, Prompter.or(prompter), () -> {
            if (!tables.isDisposed() && tables.getSelectionIndex() >= 0 && !creating) {
                chooseTable(tables.getSelectionIndex());
            }
        });
    }

    private void newRow() {
        if (table == null) {
            return;
        }
        rows.setSelection(null);
        show(table.create(), true);
        ((Text) fields.get(table.key())).setFocus();
        say(NLS.bind(Messages.SetupPart_aNewFillInThe, SetupLabels.tableInText(table)));
    }

    /** Saves the form: a new row is created, a shown one changed, through the set-up service. */
    public void save() {
        if (row == null) {
            return;
        }
        EObject changed = working;
        try {
            for (Map.Entry<EAttribute, Control> e : fields.entrySet()) {
                EAttribute a = e.getKey();
                if (e.getValue() instanceof Button b) {
                    changed.eSet(a, b.getSelection());
                } else if (e.getValue() instanceof Combo c) {
                    int i = c.getSelectionIndex();
                    if (i >= 0) {
                        changed.eSet(a, ((EEnum) a.getEAttributeType()).getELiterals().get(i).getInstance());
                    }
                } else if (!ModelFields.text(row, a).equals(((Text) e.getValue()).getText())) {
                    ModelFields.set(changed, a.getName(), ((Text) e.getValue()).getText());
                }
            }
            EObject saved = creating ? setup.create(table, changed) : setup.change(table, changed);
            boolean created = creating;
            reloadRows(table.keyOf(saved));
            say(SetupLabels.table(table) + " " + table.keyOf(saved) + (created ? Messages.SetupPart_created : Messages.SetupPart_saved));
        } catch (ValidationException e) {
            say(String.join("\n", e.messages()));
        } catch (IllegalArgumentException | StoreException e) {
            say(e.getMessage());
        }
    }

    private void delete() {
        if (row == null || creating) {
            return;
        }
        String key = table.keyOf(row);
        if (!Prompter.or(prompter).confirm(message.getShell(), Messages.SetupPart_delete, NLS.bind(Messages.SetupPart_delete2, SetupLabels.tableInText(table), key))) {
            return;
        }
        try {
            setup.delete(table, key);
            reloadRows(null);
            say(NLS.bind(Messages.SetupPart_deleted, SetupLabels.table(table), key));
        } catch (StoreException e) {
            say(e.getMessage());
        }
    }

    private void attach() {
        if (!(row instanceof InteractionTemplate t) || creating) {
            say(Messages.SetupPart_chooseAnInteractionTemplateFirst);
            return;
        }
        if (language.getText().isBlank()) {
            say(Messages.SetupPart_chooseTheLanguageTheWord);
            return;
        }
        FileDialog d = new FileDialog(message.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.docx;*.dotx;*.docm;*.dotm", "*.*" });
        String chosen = d.open();
        if (chosen != null) {
            attach(t.getCode(), language.getText(), Path.of(chosen));
        }
    }

    /**
     * Stores a Word document as a template's letter for a language (as Attach Word Document... does).
     *
     * @param template the interaction template code
     * @param languageCode the language
     * @param file the .docx
     */
    public void attach(String template, String languageCode, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            setup.attachWordDocument(template, languageCode, file.getFileName().toString(), in);
            reloadRows(template);
            say(NLS.bind(Messages.SetupPart_isTheLetterOfInteraction, file.getFileName(), languageCode, template));
        } catch (ValidationException e) {
            say(String.join("\n", e.messages()));
        } catch (IOException | StoreException e) {
            say(NLS.bind(Messages.SetupPart_cannotAttach, file, e.getMessage()));
        }
    }

    private void removeDocument() {
        if (!(row instanceof InteractionTemplate t) || language.getText().isBlank()) {
            say(Messages.SetupPart_chooseAnInteractionTemplateAnd);
            return;
        }
        try {
            setup.removeDocument(t.getCode(), language.getText());
            String lang = language.getText();
            reloadRows(t.getCode());
            say(NLS.bind(Messages.SetupPart_theDocumentOfIsRemoved, lang, t.getCode()));
        } catch (StoreException e) {
            say(e.getMessage());
        }
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text == null ? "" : text);
            message.getParent().layout();
        }
    }

    private static String caption(EAttribute a) {
        return caption(a.getName());
    }

    /**
     * @param n a field's or a reference's name, for example {@code languageCodeDefault}
     * @return its caption, for example {@code Language Code Default}
     */
    static String caption(String n) {
        return SetupLabels.field(n, modelCaption(n));
    }

    /** @return the caption made from a name: {@code languageCodeDefault} is {@code Language Code Default} */
    private static String modelCaption(String n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                b.append(' ').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- for tests ----------------------------------------------------------------------------------------

    /** @return the message line */
    public String message() {
        return message.getText();
    }

    /** @return the rows table */
    public org.eclipse.swt.widgets.Table rows() {
        return rows.getTable();
    }

    /** @return the languages table of the shown interaction template */
    public org.eclipse.swt.widgets.Table languageRows() {
        return languageRows.getTable();
    }

    /**
     * @param name an attribute name
     * @return the form's field for it
     */
    public Text field(String name) {
        return (Text) control(name);
    }

    /**
     * @param name the attribute name of a yes/no field
     * @return its check box
     */
    public Button check(String name) {
        return (Button) control(name);
    }

    private Control control(String name) {
        return fields.entrySet().stream().filter(e -> e.getKey().getName().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(name));
    }

    /**
     * @param name a code field's attribute name
     * @return its choices and refusal, or null when it is not a code field
     */
    public CodeField codeField(String name) {
        return codeFields.entrySet().stream().filter(e -> e.getKey().getName().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private java.util.List<ChildRows> topChildren() {
        java.util.List<ChildRows> top = new ArrayList<>(children.values());
        for (ChildRows c : children.values()) {
            if (c.nested() != null) {
                top.remove(c.nested());
            }
        }
        return top;
    }

    /**
     * @param reference the child rows' reference name ({@code formulas}, {@code questions}, {@code answers},
     *            {@code languages})
     * @return their table
     */
    public org.eclipse.swt.widgets.Table childRows(String reference) {
        return children(reference).table();
    }

    /** @param reference the child rows' reference name @return after Add Row */
    public org.eclipse.swt.widgets.Table addChildRow(String reference) {
        children(reference).add();
        return children(reference).table();
    }

    /**
     * Edits a child row's field as its cell does.
     *
     * @param reference the child rows' reference name
     * @param index the row
     * @param field the field's attribute name
     * @param value the value as typed
     */
    public void editChildRow(String reference, int index, String field, String value) {
        children(reference).edit(index, field, value);
    }

    /** @param reference the child rows' reference name @param index the row to select (its own rows show below) */
    public void selectChildRow(String reference, int index) {
        children(reference).select(index);
    }

    private ChildRows children(String reference) {
        ChildRows c = children.get(reference);
        if (c == null) {
            throw new IllegalArgumentException(table.caption() + " has no child rows " + reference);
        }
        return c;
    }

    /**
     * Filters the rows as typing into the quick filter field does, at once.
     *
     * @param text the filter text; empty shows every row
     */
    public void setFilter(String text) {
        quickFilter.setText(text == null ? "" : text);
        reloadRows(null);
    }

    /** Starts a new row, as New does. */
    public void startNew() {
        newRow();
    }

    @Focus
    void focus() {
        tables.setFocus();
    }
}
