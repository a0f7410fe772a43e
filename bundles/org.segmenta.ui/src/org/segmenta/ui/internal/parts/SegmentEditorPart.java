package org.segmenta.ui.internal.parts;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LineDefaults;
import org.segmenta.core.ModelFields;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.segment.Provenance;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.core.segment.LineOrder;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaFilter;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.StepKind;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.fields.CodeCellEditor;
import org.segmenta.ui.internal.fields.CodeField;
import org.segmenta.ui.UiIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The segment editor, one per segment: the header form (General and Interaction, the interaction fields enabled once
 * a template is chosen, as the reference does), the lines (virtual, inline editing of a line's own values, the step
 * that brought each line), the criteria timeline with undo/redo, and the pre-Log check with a jump to the line.
 * Header changes make the editor dirty; Save writes them, asking first whether a propagating change should update
 * the lines that follow the header. Source: NAV page 5091 Segment, §1.3–1.6 of the domain reference.
 */
public final class SegmentEditorPart implements SegmentAware {

    /** A line with its contact's name, as the lines table shows it. */
    public record LineRow(SegmentLine line, String contactName, String companyName) {
    }

    @Inject
    SegmentService segments;
    @Inject
    InteractionService interactions;
    @Inject
    Store store;
    @Inject
    UISynchronize sync;
    @Inject
    MPart part;
    @Inject
    MDirtyable dirtyable;
    @Inject
    @Optional
    Prompter prompter;
    @Inject
    @Optional
    org.segmenta.core.setup.SetupService setup;
    @Inject
    @Optional
    ECommandService commands;
    @Inject
    @Optional
    EHandlerService handlers;

    private String no;
    private SegmentHeader header;
    /** Header fields changed in the form and not saved yet, with the user's answer to "update the lines?". */
    private final Map<EAttribute, Object> pending = new LinkedHashMap<>();
    private final Map<EAttribute, Boolean> pendingUpdateLines = new HashMap<>();
    private boolean filling;

    private Label title;
    private Composite tools;
    private Label message;
    private Text description;
    private Text date;
    private Combo salesperson;
    private Label lineCount;
    private Label stepCount;
    private Combo template;
    private Text language;
    private Text subject;
    private Combo correspondenceType;
    private Button ignoreContactType;
    private Combo informationFlow;
    private Combo initiatedBy;
    private Text unitCost;
    private Text unitDuration;
    private Text campaign;
    private Button sendAsAttachment;
    private final List<Control> interactionFields = new ArrayList<>();

    private CTabFolder tabs;
    private TableViewer lines;
    private PagedContent<LineRow> lineContent;
    private Table steps;
    private org.segmenta.ui.internal.dialogs.FindingsTree problems;
    private Map<Integer, SegmentCriteriaLine> stepsByNo = new HashMap<>();

    @PostConstruct
    void create(Composite parent) {
        no = part.getPersistedState().get(SegmentEditors.SEGMENT_NO);
        parent.setLayout(GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).create());

        Composite top = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        title = new Label(top, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        // three tool bars (steps, history, output) in a row that wraps, since a GTK tool bar does not wrap its items
        tools = new Composite(top, SWT.NONE);
        org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.marginWidth = 0;
        rows.marginHeight = 0;
        rows.center = true;
        tools.setLayout(rows);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(tools);
        // the title keeps its row when title and tool bars do not fit side by side (long German labels)
        top.addListener(SWT.Resize, e -> fitTop());
        // short labels (German: "Hinzufügen", "Rückgängig", "Nur Zeilen") so the tool bars keep one row in an editor
        // beside the Contacts part (about 700 px); the tool tip names the whole command, as Eclipse's tool bars do
        ToolBar steps = new ToolBar(tools, SWT.FLAT | SWT.RIGHT);
        tool(steps, Messages.SegmentEditorPart_toolAddContacts, Messages.SegmentEditorPart_addContacts, UiIds.COMMAND_ADD_CONTACTS);
        tool(steps, Messages.SegmentEditorPart_reduce, Messages.SegmentEditorPart_reduceTip, UiIds.COMMAND_REDUCE_CONTACTS);
        tool(steps, Messages.SegmentEditorPart_refine, Messages.SegmentEditorPart_refineTip, UiIds.COMMAND_REFINE_CONTACTS);
        ToolBar history = new ToolBar(tools, SWT.FLAT | SWT.RIGHT);
        tool(history, Messages.SegmentEditorPart_toolUndoStep, Messages.SegmentEditorPart_undoStep, UiIds.COMMAND_UNDO_STEP);
        tool(history, Messages.SegmentEditorPart_toolRedoStep, Messages.SegmentEditorPart_redoStep, UiIds.COMMAND_REDO_STEP);
        ToolBar bar = new ToolBar(tools, SWT.FLAT | SWT.RIGHT);
        tool(bar, Messages.SegmentEditorPart_merge, Messages.SegmentEditorPart_mergeTip, UiIds.COMMAND_MERGE);
        tool(bar, Messages.SegmentEditorPart_log, Messages.SegmentEditorPart_logTip, UiIds.COMMAND_LOG);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        // the header scrolls, and its two groups stack when the editor is narrow (beside Contacts)
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(sash,
                SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite form = new Composite(scroll, SWT.NONE);
        scroll.setContent(form);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).applyTo(form);
        general(form);
        Group interactionGroup = interaction(form);
        // General and Interaction side by side when both fit, the Interaction section's pairs two per row, else one
        // per row (long German labels) with the two sections still side by side, so that the template, language and
        // subject stay in sight in an editor beside the Contacts part; only a narrow editor stacks them, and what
        // still does not fit scrolls instead of being cut
        org.eclipse.swt.layout.GridLayout inner = (org.eclipse.swt.layout.GridLayout) interactionGroup.getLayout();
        Reflow.fit(scroll, form, new int[] { 2, 2, 1, 1 }, new Reflow.Spans() {
            @Override
            public void set(int columns, int width) {
                // the index below says which inner layout goes with the count
            }

            @Override
            public void set(int index, int columns, int width) {
                inner.numColumns = index % 2 == 0 ? 4 : 2;
            }
        });

        tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        CTabItem linesTab = new CTabItem(tabs, SWT.NONE);
        linesTab.setText(Messages.SegmentEditorPart_lines);
        linesTab.setControl(linesTable(tabs));
        CTabItem stepsTab = new CTabItem(tabs, SWT.NONE);
        stepsTab.setText(Messages.SegmentEditorPart_criteria);
        stepsTab.setControl(stepsTable(tabs));
        CTabItem checkTab = new CTabItem(tabs, SWT.NONE);
        checkTab.setText(Messages.SegmentEditorPart_checkBeforeLog);
        checkTab.setControl(problemsTable(tabs));
        tabs.setSelection(0);
        sash.setWeights(40, 60);
        // the header collapses so the lines get the room (the toolbar's Header toggle)
        ToolItem headerToggle = new ToolItem(bar, SWT.CHECK);
        headerToggle.setText(Messages.SegmentEditorPart_hideHeader);
        headerToggle.setToolTipText(Messages.SegmentEditorPart_hidesTheHeaderFieldsSo);
        headerToggle.setData("segmenta.toggle", "header");
        headerToggle.addListener(SWT.Selection, e -> {
            sash.setMaximizedControl(headerToggle.getSelection() ? tabs : null);
            headerToggle.setText(headerToggle.getSelection() ? Messages.SegmentEditorPart_showHeader : Messages.SegmentEditorPart_hideHeader);
            tools.getParent().getParent().layout(true, true);
            fitTop();
        });

        reload();
    }

    /**
     * Title and tool bars side by side when both fit at their full width, else the title on a row of its own above the
     * tool bars, which then wrap onto as many rows as they need instead of pushing the title away.
     */
    private void fitTop() {
        Composite top = title.getParent();
        int width = top.getClientArea().width;
        if (width <= 0) {
            return;
        }
        org.eclipse.swt.layout.GridLayout layout = (org.eclipse.swt.layout.GridLayout) top.getLayout();
        int columns = title.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + layout.horizontalSpacing
                + tools.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= width ? 2 : 1;
        GridData data = (GridData) tools.getLayoutData();
        int hint = columns == 2 ? SWT.DEFAULT : width;
        if (layout.numColumns != columns || data.widthHint != hint) {
            layout.numColumns = columns;
            data.horizontalAlignment = columns == 2 ? SWT.END : SWT.FILL;
            // on a row of its own the tool bars' row is as wide as the editor, so that it wraps
            data.widthHint = hint;
            top.getDisplay().asyncExec(() -> {
                if (!top.isDisposed()) {
                    top.getParent().layout(true, true);
                }
            });
        }
    }

    private void tool(ToolBar bar, String text, String tip, String commandId) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.setData("segmenta.command", commandId);
        item.addListener(SWT.Selection, e -> execute(commandId));
    }

    private void execute(String commandId) {
        if (commands == null || handlers == null) {
            return;
        }
        ParameterizedCommand command = commands.createCommand(commandId, null);
        if (command != null && handlers.canExecute(command)) {
            handlers.executeHandler(command);
        }
    }

    // ---- the header form ------------------------------------------------------------------------------

    private void general(Composite form) {
        Group g = new Group(form, SWT.NONE);
        g.setText(Messages.SegmentEditorPart_general);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(g);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(g);
        label(g, Messages.SegmentEditorPart_description);
        description = text(g, Literals.SEGMENT_HEADER__DESCRIPTION);
        label(g, Messages.SegmentEditorPart_date);
        date = text(g, Literals.SEGMENT_HEADER__DATE);
        date.setMessage(NLS.bind(Messages.SegmentEditorPart_dateHint, Formats.date(LocalDate.now())));
        label(g, Messages.SegmentEditorPart_salespersonCode);
        salesperson = combo(g, Literals.SEGMENT_HEADER__SALESPERSON_CODE, false);
        label(g, Messages.SegmentEditorPart_noOfLines);
        lineCount = new Label(g, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(lineCount);
        label(g, Messages.SegmentEditorPart_noOfCriteriaActions);
        stepCount = new Label(g, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepCount);
        label(g, Messages.SegmentEditorPart_campaignNo);
        campaign = text(g, Literals.SEGMENT_HEADER__CAMPAIGN_NO);
        codeField(CodeField.attach(salesperson, Literals.SEGMENT_HEADER__SALESPERSON_CODE, setup));
        codeField(CodeField.attach(campaign, Literals.SEGMENT_HEADER__CAMPAIGN_NO, setup));
    }

    private Group interaction(Composite form) {
        Group g = new Group(form, SWT.NONE);
        g.setText(Messages.SegmentEditorPart_interaction);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(g);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 4).applyTo(g);
        label(g, Messages.SegmentEditorPart_interactionTemplateCode);
        // a code field as the salesperson's: typed with code · name proposals (type-ahead, Ctrl+Space), reached by Tab;
        // a chosen, typed or proposed code is taken when it is chosen from the list, on Enter and when the field is left
        template = new Combo(g, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(template);
        template.setData("segmenta.field", Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE.getName());
        template.addListener(SWT.Selection, e -> templateChosen());
        template.addListener(SWT.DefaultSelection, e -> templateChosen());
        template.addListener(SWT.FocusOut, e -> templateChosen());
        codeField(CodeField.attach(template, Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, setup));
        label(g, Messages.SegmentEditorPart_languageCodeDefault);
        language = text(g, Literals.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT);
        codeField(CodeField.attach(language, Literals.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT, setup));
        label(g, Messages.SegmentEditorPart_subjectDefault);
        subject = text(g, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT);
        label(g, Messages.SegmentEditorPart_correspondenceTypeDefault);
        correspondenceType = enumCombo(g, Literals.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT, CorrespondenceType.VALUES);
        label(g, Messages.SegmentEditorPart_informationFlow);
        informationFlow = enumCombo(g, Literals.SEGMENT_HEADER__INFORMATION_FLOW, InformationFlow.VALUES);
        label(g, Messages.SegmentEditorPart_initiatedBy);
        initiatedBy = enumCombo(g, Literals.SEGMENT_HEADER__INITIATED_BY, InitiatedBy.VALUES);
        label(g, Messages.SegmentEditorPart_unitCostLCY);
        unitCost = text(g, Literals.SEGMENT_HEADER__UNIT_COST);
        label(g, Messages.SegmentEditorPart_unitDurationMin);
        unitDuration = text(g, Literals.SEGMENT_HEADER__UNIT_DURATION);
        ignoreContactType = check(g, Messages.SegmentEditorPart_ignoreContactCorresType, Literals.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE);
        sendAsAttachment = check(g, Messages.SegmentEditorPart_sendWordDocsAsAttmt, Literals.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT);
        interactionFields.addAll(List.of(language, subject, correspondenceType, informationFlow, initiatedBy, unitCost,
                unitDuration, ignoreContactType, sendAsAttachment));
        return g;
    }

    /** The header's code fields (salesperson, campaign, language), with their choices and refusals. */
    private final List<CodeField> codeFields = new ArrayList<>();

    private void codeField(CodeField f) {
        if (f != null) {
            codeFields.add(f.onCheck(problem -> {
                if (problem != null) {
                    say(problem);
                }
            }));
        }
    }

    /**
     * @param attribute a header code field
     * @return its choices and refusal, or null without a set-up service
     */
    public CodeField codeField(EAttribute attribute) {
        Control c = switch (attribute.getName()) {
        case "salespersonCode" -> salesperson;
        case "interactionTemplateCode" -> template;
        case "campaignNo" -> campaign;
        case "languageCodeDefault" -> language;
        default -> null;
        };
        return codeFields.stream().filter(f -> f.control() == c).findFirst().orElse(null);
    }

    /**
     * The width a header field asks for, in pixels: the fields grow with the editor, and ask for little so that
     * General and Interaction stay side by side with German labels in an editor beside the Contacts part.
     */
    private static final int FIELD_WIDTH = 100;

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text + ":");
    }

    private Text text(Composite parent, EAttribute attribute) {
        Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(t);
        t.setData("segmenta.field", attribute.getName());
        t.addListener(SWT.Modify, e -> typing());
        t.addListener(SWT.DefaultSelection, e -> commit(attribute, t.getText()));
        t.addListener(SWT.FocusOut, e -> commit(attribute, t.getText()));
        return t;
    }

    private Combo combo(Composite parent, EAttribute attribute, boolean readOnly) {
        Combo c = new Combo(parent, readOnly ? SWT.READ_ONLY : SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(c);
        c.setData("segmenta.field", attribute.getName());
        c.addListener(SWT.Selection, e -> commit(attribute, c.getText()));
        c.addListener(SWT.DefaultSelection, e -> commit(attribute, c.getText()));
        c.addListener(SWT.FocusOut, e -> commit(attribute, c.getText()));
        return c;
    }

    private Combo enumCombo(Composite parent, EAttribute attribute, List<? extends Enumerator> values) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(c);
        for (Enumerator v : values) {
            c.add(ListPart.shown(v));
        }
        c.addListener(SWT.Selection, e -> commit(attribute, values.get(c.getSelectionIndex())));
        return c;
    }

    private Button check(Composite parent, String text, EAttribute attribute) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(b);
        b.addListener(SWT.Selection, e -> commit(attribute, b.getSelection()));
        return b;
    }

    /** Reads the header, the steps and the lines again and shows them; changes not saved are dropped. */
    public void reload() {
        java.util.Optional<SegmentHeader> h;
        try {
            h = segments.get(no);
        } catch (StoreException e) {
            say(NLS.bind(Messages.SegmentEditorPart_couldNotReadSegment, no, e.getMessage()));
            return;
        }
        if (h.isEmpty()) {
            title.setText(NLS.bind(Messages.SegmentEditorPart_segment, no));
            fitTop();
            say(NLS.bind(Messages.SegmentEditorPart_segmentIsNotOpenAny, no));
            setEnabled(false);
            return;
        }
        header = h.get();
        pending.clear();
        pendingUpdateLines.clear();
        dirtyable.setDirty(false);
        fill();
        reloadSteps();
        lineContent.refresh();
    }

    private void setEnabled(boolean enabled) {
        for (Control c : List.of(description, date, salesperson, template, campaign, lines.getTable())) {
            c.setEnabled(enabled);
        }
        for (Control c : interactionFields) {
            c.setEnabled(enabled);
        }
    }

    private void fill() {
        filling = true;
        try {
            part.setLabel(header.getNo());
            part.setTooltip(s(header.getDescription()));
            title.setText(header.getNo() + "  ·  " + (blank(header.getDescription()) ? Messages.SegmentEditorPart_noDescription : header.getDescription()));
            fitTop();
            description.setText(s(header.getDescription()));
            date.setText(Formats.date(header.getDate()));
            List<String> people = store.read(s -> s.salespeople().list()).stream().map(Salesperson::getCode).toList();
            salesperson.setItems(people.toArray(String[]::new));
            salesperson.setText(s(header.getSalespersonCode()));
            campaign.setText(s(header.getCampaignNo()));
            List<String> codes = store.read(s -> s.interactionTemplates().list()).stream()
                    .map(InteractionTemplate::getCode).toList();
            template.setItems(codes.toArray(String[]::new));
            template.setText(s(header.getInteractionTemplateCode()));
            language.setText(s(header.getLanguageCodeDefault()));
            subject.setText(s(header.getSubjectDefault()));
            correspondenceType.select(header.getCorrespondenceTypeDefault() == null ? 0 : header.getCorrespondenceTypeDefault().getValue());
            informationFlow.select(header.getInformationFlow() == null ? 0 : header.getInformationFlow().getValue());
            initiatedBy.select(header.getInitiatedBy() == null ? 0 : header.getInitiatedBy().getValue());
            unitCost.setText(header.getUnitCost() == null ? "" : header.getUnitCost().toPlainString());
            unitDuration.setText(String.valueOf(header.getUnitDuration()));
            ignoreContactType.setSelection(header.isIgnoreContactCorrespondenceType());
            sendAsAttachment.setSelection(header.isSendWordDocsAsAttachment());
            enableInteraction();
        } finally {
            filling = false;
        }
    }

    /** The reference enables the interaction fields only once a template is chosen, Correspondence Type (Default) only with Ignore Contact Corres. Type. */
    private void enableInteraction() {
        boolean withTemplate = !blank(header.getInteractionTemplateCode());
        for (Control c : interactionFields) {
            c.setEnabled(withTemplate);
        }
        correspondenceType.setEnabled(withTemplate && ignoreContactType.getSelection());
    }

    /**
     * A header field is being typed in: the editor is dirty at once (the tab's *, Ctrl+S enabled, a question on close),
     * as an Eclipse editor is; the value itself is taken when the field is left, on Enter or by Save.
     */
    private void typing() {
        if (!filling && header != null && !asking) {
            dirtyable.setDirty(true);
        }
    }

    /** True while the Update Lines question is open. */
    private boolean asking;

    private void commit(EAttribute attribute, Object raw) {
        if (filling || header == null || asking) {
            // asking: the question's dialog took the focus, and the field's FocusOut came back here
            return;
        }
        Object value;
        try {
            value = convert(attribute, raw);
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return;
        }
        Object saved = header.eGet(attribute);
        Object current = pending.containsKey(attribute) ? pending.get(attribute) : saved;
        if (same(value, current)) {
            dirtyable.setDirty(!pending.isEmpty()); // typed and typed back: nothing to save
            return;
        }
        if (same(value, saved)) {
            pending.remove(attribute);
            pendingUpdateLines.remove(attribute);
        } else {
            boolean update = false;
            if (LineDefaults.lineField(attribute).isPresent()) {
                long following = interactions.linesFollowing(no, attribute);
                if (following > 0) {
                    asking = true;
                    try {
                        update = Prompter.or(prompter).confirm(title.getShell(), Messages.SegmentEditorPart_updateLines,
                                NLS.bind(Messages.SegmentEditorPart_youHaveModifiedDoYou, caption(attribute), n(following), (following == 1 ? Messages.SegmentEditorPart_segmentLine : Messages.SegmentEditorPart_segmentLines), (blank(header.getInteractionTemplateCode()) ? "blank" : header.getInteractionTemplateCode())));
                    } finally {
                        asking = false;
                    }
                }
            }
            pending.put(attribute, value);
            pendingUpdateLines.put(attribute, update);
        }
        if (attribute == Literals.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE) {
            correspondenceType.setEnabled(ignoreContactType.getSelection());
        }
        dirtyable.setDirty(!pending.isEmpty());
        say(pending.isEmpty() ? "" : NLS.bind(Messages.SegmentEditorPart_changedSaveCtrlSTo, pending.keySet().stream().map(SegmentEditorPart::caption)
                .collect(Collectors.joining(", "))));
    }

    private static Object convert(EAttribute attribute, Object raw) {
        return raw instanceof String text ? ModelFields.value(attribute, text) : raw;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if ((a == null || "".equals(a)) && (b == null || "".equals(b))) {
            return true;
        }
        return a != null && a.equals(b);
    }

    private static String caption(EAttribute a) {
        return switch (a.getName()) {
        case "description" -> Messages.SegmentEditorPart_description;
        case "date" -> Messages.SegmentEditorPart_date;
        case "salespersonCode" -> Messages.SegmentEditorPart_salespersonCode;
        case "campaignNo" -> Messages.SegmentEditorPart_campaignNo;
        case "languageCodeDefault" -> Messages.SegmentEditorPart_languageCodeDefault;
        case "subjectDefault" -> Messages.SegmentEditorPart_subjectDefault;
        case "correspondenceTypeDefault" -> Messages.SegmentEditorPart_correspondenceTypeDefault;
        case "informationFlow" -> Messages.SegmentEditorPart_informationFlow;
        case "initiatedBy" -> Messages.SegmentEditorPart_initiatedBy;
        case "unitCost" -> Messages.SegmentEditorPart_unitCostLCY;
        case "unitDuration" -> Messages.SegmentEditorPart_unitDurationMin;
        case "ignoreContactCorrespondenceType" -> Messages.SegmentEditorPart_ignoreContactCorresType;
        case "sendWordDocsAsAttachment" -> Messages.SegmentEditorPart_sendWordDocsAsAttmt;
        default -> a.getName();
        };
    }

    /** Whether a template is being chosen now (its question takes the focus from the field: no second choice). */
    private boolean choosingTemplate;

    private void templateChosen() {
        if (filling || header == null || choosingTemplate) {
            return;
        }
        choosingTemplate = true;
        try {
            chooseTemplate();
        } finally {
            choosingTemplate = false;
        }
    }

    private void chooseTemplate() {
        String code = template.getText().strip();
        if (same(code, header.getInteractionTemplateCode()) || code.equalsIgnoreCase(s(header.getInteractionTemplateCode()))) {
            return;
        }
        CodeField check = codeField(Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE);
        if (check != null && check.check().isPresent()) {
            return; // refused beside the field with the service's message; nothing changes
        }
        save();
        boolean apply = lineContent.count() > 0 && Prompter.or(prompter).confirm(title.getShell(), Messages.SegmentEditorPart_applyTemplate,
                NLS.bind(Messages.SegmentEditorPart_doYouWantToApply, (code.isEmpty() ? Messages.SegmentEditorPart_none : code), n(lineContent.count())));
        try {
            interactions.chooseTemplate(no, code.isEmpty() ? null : code, apply);
            changed(NLS.bind(Messages.SegmentEditorPart_interactionTemplate, (code.isEmpty() ? Messages.SegmentEditorPart_cleared : NLS.bind(Messages.SegmentEditorPart_chosen, code)), (apply ? Messages.SegmentEditorPart_andAppliedToTheLines : ".")));
        } catch (StoreException | IllegalArgumentException e) {
            say(e.getMessage());
            fill();
        }
    }

    /** Saves the header changes; each propagating change updates the lines when the user said so. */
    @Persist
    public void save() {
        takeFocusedField();
        if (pending.isEmpty()) {
            dirtyable.setDirty(false);
            // Ctrl+S says it saved even when every change was stored already (a chosen template is stored at once),
            // instead of leaving the last message (the template's) on the line
            say(Messages.SegmentEditorPart_saved);
            return;
        }
        try {
            for (Map.Entry<EAttribute, Object> change : new ArrayList<>(pending.entrySet())) {
                EAttribute a = change.getKey();
                interactions.changeHeader(no, a, change.getValue(), Boolean.TRUE.equals(pendingUpdateLines.get(a)));
                pending.remove(a);
            }
            changed(Messages.SegmentEditorPart_saved);
        } catch (ValidationException e) {
            say(String.join("\n", e.messages()));
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            say(e.getMessage());
        }
    }

    /**
     * Takes the value of the header field that has the focus, as leaving it would: Ctrl+S while typing in a field
     * saves what was typed.
     */
    private void takeFocusedField() {
        Control focus = title.isDisposed() ? null : title.getDisplay().getFocusControl();
        if (focus == null || focus.getData("segmenta.field") == null) {
            return;
        }
        for (Control c = focus; c != null; c = c.getParent()) {
            if (c == title.getParent().getParent()) {
                focus.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
    }

    /**
     * Says what changed, reloads the editor and tells the other parts.
     *
     * @param what the message for the editor's status line
     */
    public void changed(String what) {
        reload();
        say(what);
    }

    /** @param text the editor's message line */
    public void say(String text) {
        if (!message.isDisposed()) {
            message.setText(s(text));
            message.getParent().layout();
        }
    }

    /** @return the editor's message line */
    public String message() {
        return message.getText();
    }

    // ---- lines ----------------------------------------------------------------------------------------

    private Control linesTable(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        lines = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL);
        Table t = lines.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        column(layout, Messages.SegmentEditorPart_lineNo, 6, true, r -> String.valueOf(r.line().getLineNo()), null);
        column(layout, Messages.SegmentEditorPart_contactNo, 8, false, r -> r.line().getContactNo(), null);
        column(layout, Messages.SegmentEditorPart_contactName, 16, false, LineRow::contactName, null);
        column(layout, Messages.SegmentEditorPart_companyName, 14, false, LineRow::companyName, null);
        column(layout, Messages.SegmentEditorPart_correspondenceType, 9, false, r -> ListPart.shown(r.line().getCorrespondenceType()),
                enumEditor(Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE, CorrespondenceType.VALUES));
        column(layout, Messages.SegmentEditorPart_description, 14, false, r -> r.line().getDescription(), textEditor(Literals.SEGMENT_LINE__DESCRIPTION));
        column(layout, Messages.SegmentEditorPart_salesperson, 7, false, r -> r.line().getSalespersonCode(), textEditor(Literals.SEGMENT_LINE__SALESPERSON_CODE));
        column(layout, Messages.SegmentEditorPart_template, 7, false, r -> r.line().getInteractionTemplateCode(), null);
        column(layout, Messages.SegmentEditorPart_language, 6, false, r -> r.line().getLanguageCode(), textEditor(Literals.SEGMENT_LINE__LANGUAGE_CODE));
        column(layout, Messages.SegmentEditorPart_subject, 10, false, r -> r.line().getSubject(), textEditor(Literals.SEGMENT_LINE__SUBJECT));
        column(layout, Messages.SegmentEditorPart_evaluation, 7, false, r -> ListPart.shown(r.line().getEvaluation()),
                enumEditor(Literals.SEGMENT_LINE__EVALUATION, Evaluation.VALUES));
        column(layout, Messages.SegmentEditorPart_costLCY, 6, true, r -> Formats.amount(r.line().getCost()),
                textEditor(Literals.SEGMENT_LINE__COST));
        column(layout, Messages.SegmentEditorPart_durationMin, 6, true, r -> Formats.duration(r.line().getDuration()), textEditor(Literals.SEGMENT_LINE__DURATION));
        column(layout, Messages.SegmentEditorPart_addedBy, 10, false, r -> provenance(r.line()), null);
        column(layout, Messages.SegmentEditorPart_letter, 6, false, r -> r.line().isMerged() ? OWN_LETTER : "", null);
        column(layout, Messages.SegmentEditorPart_personalNote, 12, false, r -> firstLine(r.line().getPersonalNote()), null);
        // shown beside the contact's name, where the eye looks for "this contact's letter"
        int[] order = t.getColumnOrder();
        int columns = order.length;
        int[] shown = new int[columns];
        int k = 0;
        for (int i = 0; i < columns - 2; i++) {
            shown[k++] = order[i];
            if (order[i] == 3) {
                shown[k++] = columns - 2;
                shown[k++] = columns - 1;
            }
        }
        t.setColumnOrder(shown);
        lineMenu(t);
        TableViewerEditor.create(lines, new ColumnViewerEditorActivationStrategy(lines) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent e) {
                return e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || (e.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        lineContent = new PagedContent<>(lines, sync, Messages.SegmentEditorPart_segmentLines2, new PagedContent.Source<>() {
            @Override
            public long count() {
                LineOrder order = lineOrder;
                if (order.equals(LineOrder.LINE_NO)) {
                    sorted = null;
                    return segments.lineCount(no);
                }
                // sorted by another column: the lines' Nos. in that order, read and sorted once per refresh; each
                // page is then read by its Nos., without a sort of the whole segment per page
                Sorted view = new Sorted(order, segments.lineNos(no, order));
                sorted = view;
                return view.lineNos().length;
            }

            @Override
            public List<LineRow> page(int offset, int limit) {
                LineOrder order = lineOrder;
                Sorted view = sorted;
                if (!order.equals(LineOrder.LINE_NO) && (view == null || !view.order().equals(order))) {
                    view = new Sorted(order, segments.lineNos(no, order));
                    sorted = view;
                }
                List<SegmentLine> page;
                if (order.equals(LineOrder.LINE_NO)) {
                    page = segments.lines(no, offset, limit);
                } else {
                    int[] nos = view.lineNos();
                    int from = Math.min(offset, nos.length);
                    page = segments.lines(no, java.util.Arrays.copyOfRange(nos, from, Math.min(nos.length, from + limit)));
                }
                return store.read(s -> {
                    // the page's contacts at once: one query per table, not five per line
                    Map<String, Contact> contacts = s.contacts().getAll(page.stream().map(SegmentLine::getContactNo).toList());
                    List<LineRow> rows = new ArrayList<>(page.size());
                    for (SegmentLine l : page) {
                        Contact c = l.getContactNo() == null ? null : contacts.get(l.getContactNo());
                        rows.add(new LineRow(l, c == null ? "" : c.getName(), c == null ? "" : c.getCompanyName()));
                    }
                    return rows;
                });
            }
        });
        lineContent.onCount(n -> {
            lineCount.setText(n(n));
            lineCount.getParent().layout();
        });
        lineContent.onError(e -> say(NLS.bind(Messages.SegmentEditorPart_couldNotReadTheLines, e.getMessage())));
        // counting and reading the first page of a large segment shows in the progress area
        lineContent.showProgressAs(NLS.bind(Messages.SegmentEditorPart_openingSegment, no));
        lines.setInput(new Object());
        return area;
    }

    /** What the Letter column says of a line with a letter of its own (personalised in the word processor). */
    public static final String OWN_LETTER = Messages.SegmentEditorPart_ownLetter;

    private static String firstLine(String note) {
        if (note == null || note.isEmpty()) {
            return "";
        }
        int nl = note.indexOf('\n');
        return nl < 0 ? note : note.substring(0, nl) + " ...";
    }

    /** The lines' context menu: the letter commands, each a command as in the Segment menu. */
    private void lineMenu(Table t) {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(t);
        for (String[] item : new String[][] { { Messages.SegmentEditorPart_editLetter, UiIds.COMMAND_EDIT_LETTER },
                { Messages.SegmentEditorPart_personalNote2, UiIds.COMMAND_PERSONAL_NOTE },
                { Messages.SegmentEditorPart_revertToTemplateLetter, UiIds.COMMAND_REVERT_LETTER } }) {
            org.eclipse.swt.widgets.MenuItem mi = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            mi.setText(item[0]);
            mi.addListener(SWT.Selection, e -> execute(item[1]));
        }
        t.setMenu(menu);
    }

    /** @return the lines selected in the lines table, as shown */
    public List<LineRow> selectedLines() {
        List<LineRow> l = new ArrayList<>();
        for (int i : lines.getTable().getSelectionIndices()) {
            LineRow r = lineContent.cached(i);
            if (r != null) {
                l.add(r);
            }
        }
        return l;
    }

    /**
     * Shows a line as a service call stored it (its row in the table changes in place).
     *
     * @param saved the line as stored
     * @param what the message for the editor's message line
     */
    public void lineChanged(SegmentLine saved, String what) {
        for (int i = 0; i < lines.getTable().getItemCount(); i++) {
            LineRow r = lineContent.cached(i);
            if (r != null && r.line().getLineNo() == saved.getLineNo()) {
                lineContent.replace(i, new LineRow(saved, r.contactName(), r.companyName()));
                break;
            }
        }
        say(what);
    }

    private static String provenance(SegmentLine line) {
        return Provenance.describe(line);
    }

    private interface RowText extends java.util.function.Function<LineRow, String> {
    }

    /** The line's field each sortable column shows (the sort runs in the query: the table holds a page at a time). */
    private static final Map<String, String> SORT_FIELDS = Map.ofEntries(Map.entry(Messages.SegmentEditorPart_lineNo, "lineNo"),
            Map.entry(Messages.SegmentEditorPart_contactNo, "contactNo"), Map.entry(Messages.SegmentEditorPart_correspondenceType, "correspondenceType"),
            Map.entry(Messages.SegmentEditorPart_description, "description"), Map.entry(Messages.SegmentEditorPart_salesperson, "salespersonCode"),
            Map.entry(Messages.SegmentEditorPart_template, "interactionTemplateCode"), Map.entry(Messages.SegmentEditorPart_language, "languageCode"),
            Map.entry(Messages.SegmentEditorPart_subject, "subject"), Map.entry(Messages.SegmentEditorPart_evaluation, "evaluation"), Map.entry(Messages.SegmentEditorPart_costLCY, "cost"),
            Map.entry(Messages.SegmentEditorPart_durationMin, "duration"));

    /** The lines' order now: a click on a sortable column's header sorts by it, a second click reverses. */
    private volatile LineOrder lineOrder = LineOrder.LINE_NO;

    /** The line Nos. of a sorted view, in its order, as read at the last refresh. */
    private record Sorted(LineOrder order, int[] lineNos) {
    }

    /** The sorted view's line Nos., or null in line No. order. */
    private volatile Sorted sorted;

    private void column(TableColumnLayout layout, String header, int weight, boolean numeric, RowText text,
            EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(lines, numeric ? SWT.RIGHT : SWT.LEFT);
        c.getColumn().setText(header);
        c.getColumn().setMoveable(true);
        String field = SORT_FIELDS.get(header);
        if (field != null) {
            c.getColumn().addListener(SWT.Selection, e -> sortLines(c.getColumn(), field));
        }
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return s(text.apply((LineRow) element));
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
            c.getColumn().setToolTipText(NLS.bind(Messages.SegmentEditorPart_doubleClickOrF2To, header));
        }
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, ListPart.minimumWidth(lines.getTable(), header), true));
    }

    private void sortLines(org.eclipse.swt.widgets.TableColumn column, String field) {
        Table t = lines.getTable();
        boolean descending = t.getSortColumn() == column && t.getSortDirection() == SWT.UP;
        if (field.equals("lineNo") && !descending) {
            t.setSortColumn(null);
            t.setSortDirection(SWT.NONE);
        } else {
            t.setSortColumn(column);
            t.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        }
        lineOrder = new LineOrder(field, descending);
        t.setTopIndex(0);
        lineContent.refresh();
    }

    /** @return the order the lines are shown in */
    public LineOrder lineOrder() {
        return lineOrder;
    }

    private EditingSupport textEditor(EAttribute attribute) {
        return new EditingSupport(lines) {
            private final TextCellEditor editor = setup != null && org.segmenta.core.rules.CodeCheck.checks(attribute)
                    ? new CodeCellEditor(lines.getTable(), attribute, setup) : new TextCellEditor(lines.getTable());

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
                Object v = ((LineRow) element).line().eGet(attribute);
                return v instanceof BigDecimal b ? b.toPlainString() : s(v);
            }

            @Override
            protected void setValue(Object element, Object value) {
                Object v;
                try {
                    v = convert(attribute, value);
                } catch (IllegalArgumentException e) {
                    say(e.getMessage());
                    return;
                }
                updateLine((LineRow) element, attribute, v);
            }
        };
    }

    private EditingSupport enumEditor(EAttribute attribute, List<? extends Enumerator> values) {
        String[] labels = values.stream().map(ListPart::shown).toArray(String[]::new);
        return new EditingSupport(lines) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(lines.getTable(), labels, SWT.READ_ONLY);

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
                Enumerator e = (Enumerator) ((LineRow) element).line().eGet(attribute);
                return e == null ? 0 : values.indexOf(e);
            }

            @Override
            protected void setValue(Object element, Object value) {
                int i = (Integer) value;
                if (i >= 0) {
                    updateLine((LineRow) element, attribute, values.get(i));
                }
            }
        };
    }

    /**
     * Gives one line its own value for a field and saves it at once.
     *
     * @param row the line as shown
     * @param attribute a segment line attribute
     * @param value the new value
     */
    public void updateLine(LineRow row, EAttribute attribute, Object value) {
        if (same(value, row.line().eGet(attribute))) {
            return;
        }
        SegmentLine changed = EcoreUtil.copy(row.line());
        changed.eSet(attribute, value);
        try {
            SegmentLine saved = segments.updateLine(changed);
            int index = indexOf(row);
            LineRow updated = new LineRow(saved, row.contactName(), row.companyName());
            if (index >= 0) {
                lineContent.replace(index, updated);
            }
            say(NLS.bind(Messages.SegmentEditorPart_lineSaved, saved.getLineNo(), saved.getContactNo()));
        } catch (ValidationException e) {
            say(String.join("\n", e.messages()));
        } catch (StoreException | IllegalArgumentException e) {
            say(e.getMessage());
        }
    }

    private int indexOf(LineRow row) {
        Table t = lines.getTable();
        for (int i : t.getSelectionIndices()) {
            if (lineContent.cached(i) == row) {
                return i;
            }
        }
        for (int i = 0; i < t.getItemCount(); i++) {
            if (lineContent.cached(i) == row) {
                return i;
            }
        }
        return -1;
    }

    // ---- criteria timeline ---------------------------------------------------------------------------

    private Control stepsTable(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        for (String[] b : new String[][] { { Messages.SegmentEditorPart_undoStep, UiIds.COMMAND_UNDO_STEP }, { Messages.SegmentEditorPart_redoStep, UiIds.COMMAND_REDO_STEP },
                { Messages.SegmentEditorPart_saveCriteria, UiIds.COMMAND_SAVE_CRITERIA }, { Messages.SegmentEditorPart_reuseCriteria, UiIds.COMMAND_REUSE_CRITERIA } }) {
            Button button = new Button(buttons, SWT.PUSH);
            button.setText(b[0]);
            button.addListener(SWT.Selection, e -> execute(b[1]));
        }
        steps = new Table(area, SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(steps);
        steps.setHeaderVisible(true);
        steps.setLinesVisible(true);
        for (String[] c : new String[][] { { Messages.SegmentEditorPart_step, "50" }, { Messages.SegmentEditorPart_action, "190" }, { Messages.SegmentEditorPart_filters, "420" }, { Messages.SegmentEditorPart_options, "260" },
                { Messages.SegmentEditorPart_state, "90" } }) {
            TableColumn col = new TableColumn(steps, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        return area;
    }

    private void reloadSteps() {
        List<SegmentCriteriaLine> all = segments.steps(no);
        stepsByNo = new HashMap<>();
        steps.removeAll();
        int active = 0;
        Color grey = steps.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
        for (SegmentCriteriaLine step : all) {
            stepsByNo.put(step.getStepNo(), step);
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] { String.valueOf(step.getStepNo()), ListPart.shown(step.getAction())
                    + (step.getKind() == StepKind.CRITERIA ? "" : " · " + ListPart.shown(step.getKind())),
                    filters(step), options(step), step.isUndone() ? Messages.SegmentEditorPart_undone : Messages.SegmentEditorPart_inEffect });
            if (step.isUndone()) {
                item.setForeground(grey);
            } else {
                active++;
            }
        }
        stepCount.setText(String.valueOf(active));
        stepCount.getParent().layout();
    }

    private static String filters(SegmentCriteriaLine step) {
        if (!blank(step.getDescription()) && step.getFilters().isEmpty()) {
            return step.getDescription();
        }
        if (step.getFilters().isEmpty()) {
            return Messages.SegmentEditorPart_everyContact;
        }
        List<String> parts = new ArrayList<>();
        for (CriteriaFilter f : step.getFilters()) {
            parts.add(f.getSource() + "." + f.getField() + " = " + f.getExpression());
        }
        return String.join("; ", parts);
    }

    private static String options(SegmentCriteriaLine step) {
        List<String> o = new ArrayList<>();
        if (step.isAllowExistingContacts()) {
            o.add(Messages.SegmentEditorPart_allowExisting);
        }
        if (step.isExpandCompanies()) {
            o.add(Messages.SegmentEditorPart_expandCompanies);
        }
        if (step.isAllowRelatedCompanies()) {
            o.add(Messages.SegmentEditorPart_relatedCompanies);
        }
        if (step.isIgnoreExclusion()) {
            o.add(Messages.SegmentEditorPart_ignoreExclusion);
        }
        if (step.isEntireCompanies()) {
            o.add(Messages.SegmentEditorPart_entireCompanies);
        }
        return String.join(", ", o);
    }

    // ---- check before Log ------------------------------------------------------------------------------

    private Control problemsTable(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
        Button check = new Button(area, SWT.PUSH);
        check.setText(Messages.SegmentEditorPart_checkNow);
        check.addListener(SWT.Selection, e -> check(false));
        problems = new org.segmenta.ui.internal.dialogs.FindingsTree(area, this::jumpToLine);
        return area;
    }

    /**
     * Runs the pre-Log check in the background and shows its findings.
     *
     * @param sendAttachments whether Log will deliver documents
     */
    public void check(boolean sendAttachments) {
        say(NLS.bind(Messages.SegmentEditorPart_checkingSegment, no));
        Job job = Job.create(NLS.bind(Messages.SegmentEditorPart_checkingSegment2, no), monitor -> {
            List<org.segmenta.core.interaction.FindingGroup> found;
            try {
                found = interactions.check(no, sendAttachments);
            } catch (RuntimeException e) {
                sync.asyncExec(() -> say(NLS.bind(Messages.SegmentEditorPart_theCheckFailed, e.getMessage())));
                return Status.OK_STATUS;
            }
            sync.asyncExec(() -> {
                if (problems.tree().isDisposed()) {
                    return;
                }
                showProblems(found);
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** @param found the findings to show on the Check before Log tab, grouped by cause */
    public void showProblems(List<org.segmenta.core.interaction.FindingGroup> found) {
        problems.show(found);
        long errors = org.segmenta.core.interaction.FindingGroup.count(found, LogProblem.Severity.ERROR);
        long all = problems.findings();
        tabs.setSelection(2);
        say(found.isEmpty() ? Messages.SegmentEditorPart_noProblemsTheSegmentCan
                : Formats.bind(Messages.Findings_summary,
                        Formats.plural(errors, Messages.Findings_errorOne, Messages.Findings_errorOther),
                        Formats.plural(all - errors, Messages.Findings_warningOne, Messages.Findings_warningOther),
                        Formats.plural(found.size(), Messages.Findings_groupOne, Messages.Findings_groupOther)));
    }

    /**
     * Selects a line in the lines table, finding its position in the background (lines are ordered by line No.).
     *
     * @param lineNo the line No.
     */
    public void jumpToLine(int lineNo) {
        if (!lineOrder.equals(LineOrder.LINE_NO)) {
            // finding a line's position needs the lines in line No. order
            lines.getTable().setSortColumn(null);
            lines.getTable().setSortDirection(SWT.NONE);
            lineOrder = LineOrder.LINE_NO;
            lineContent.onNextCount(() -> jumpToLine(lineNo));
            lineContent.refresh();
            return;
        }
        Job job = Job.create(NLS.bind(Messages.SegmentEditorPart_findingLine, lineNo), monitor -> {
            long lo = 0;
            long hi = segments.lineCount(no) - 1;
            int found = -1;
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                List<SegmentLine> one = segments.lines(no, (int) mid, 1);
                if (one.isEmpty()) {
                    break;
                }
                int at = one.get(0).getLineNo();
                if (at == lineNo) {
                    found = (int) mid;
                    break;
                } else if (at < lineNo) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            int index = found;
            sync.asyncExec(() -> {
                if (lines.getTable().isDisposed()) {
                    return;
                }
                if (index < 0) {
                    say(NLS.bind(Messages.SegmentEditorPart_lineIsNotInThe, lineNo));
                    return;
                }
                tabs.setSelection(0);
                lineContent.reveal(index);
                lines.getTable().setSelection(index);
                lines.getTable().showSelection();
                lines.getTable().setFocus();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    // ---- for handlers and tests ------------------------------------------------------------------------

    @Override
    public String segmentNo() {
        return no;
    }

    /** @return the lines viewer */
    public TableViewer lines() {
        return lines;
    }

    /** @return the lines' content */
    public PagedContent<LineRow> lineContent() {
        return lineContent;
    }

    /** @return the criteria timeline */
    public Table steps() {
        return steps;
    }

    /** @return the pre-Log check's findings, grouped by cause */
    public org.segmenta.ui.internal.dialogs.FindingsTree problems() {
        return problems;
    }

    /**
     * @param name a header attribute name, for example {@code description}
     * @return the form's field for it
     */
    public Control field(String name) {
        return switch (name) {
        case "description" -> description;
        case "date" -> date;
        case "salespersonCode" -> salesperson;
        case "interactionTemplateCode" -> template;
        case "campaignNo" -> campaign;
        case "languageCodeDefault" -> language;
        case "subjectDefault" -> subject;
        case "correspondenceTypeDefault" -> correspondenceType;
        case "informationFlow" -> informationFlow;
        case "initiatedBy" -> initiatedBy;
        case "unitCost" -> unitCost;
        case "unitDuration" -> unitDuration;
        default -> throw new IllegalArgumentException(name);
        };
    }

    @Inject
    @Optional
    void segmentChanged(@UIEventTopic(SegmentaEvents.SEGMENT_CHANGED) String changed) {
        if (no != null && SegmentaEvents.concerns(changed, no) && header != null && !title.isDisposed() && pending.isEmpty()) {
            reload();
        }
    }

    @Focus
    void focus() {
        lines.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        pending.clear();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String n(long v) {
        return Formats.count(v);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
