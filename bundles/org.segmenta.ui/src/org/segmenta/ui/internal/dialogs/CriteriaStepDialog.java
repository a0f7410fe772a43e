package org.segmenta.ui.internal.dialogs;

import org.segmenta.core.format.Formats;
import org.segmenta.model.rules.Captions;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.FilterParser;
import org.segmenta.core.criteria.FilterSyntaxException;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;

/**
 * The Add / Reduce / Refine Contacts dialog: a tab per criteria source with filter fields (syntax checked as you
 * type), the step's options, and a live count of what the step would do, refreshed in the background as the
 * filters change. Source: NAV reports 5198 Add Contacts and Remove Contacts – Reduce/Refine (request pages).
 */
public final class CriteriaStepDialog extends TitleAreaDialog {

    /** The filter syntax, shown as the tooltip of every filter field. */
    public static final String SYNTAX_HELP = Messages.CriteriaStepDialog_aBEither10002000;

    /** Fields shown on each source's tab before the user adds any; the reference design's request filter fields. */
    private static final Map<String, List<String>> DEFAULT_FIELDS = Map.of(
            "contact", List.of("no", "name", "type", "salespersonCode", "postCode", "city", "countryRegionCode",
                    "territoryCode"),
            "company", List.of("name", "city", "countryRegionCode"),
            "mailingGroup", List.of("mailingGroupCode"),
            "industryGroup", List.of("industryGroupCode"),
            "jobResponsibility", List.of("jobResponsibilityCode"),
            "profileAnswer", List.of("profileQuestionnaireCode", "answerLineNo"),
            "interactionLogEntry", List.of("date", "segmentNo", "campaignNo", "evaluation", "interactionTemplateCode",
                    "salespersonCode"));

    private static final int COUNT_DELAY_MS = 250;

    private final CriteriaAction action;
    private final List<CriteriaSource> sources;
    private final java.util.function.BiFunction<StepRequest, java.util.function.BooleanSupplier, LiveCount> counter;
    private final Map<String, FilterField> fields = new LinkedHashMap<>();

    private Button allowExisting;
    private Button expandCompanies;
    private Button relatedCompanies;
    private Button ignoreExclusion;
    private Button entireCompanies;
    private Label countLabel;
    private StepRequest result;
    private int generation;
    private Job countJob;

    /** A filter field on screen: its source, field, text widget and error decoration. */
    private record FilterField(CriteriaSource source, CriteriaField field, Text text, ControlDecoration decoration) {
    }

    /**
     * @param parent the parent shell
     * @param action the step to build: Add, Reduce or Refine
     * @param sources the criteria sources, one tab each
     * @param counter counts what a step would do; called on a background job, may take a while; may throw to say the
     *            count failed
     */
    public CriteriaStepDialog(Shell parent, CriteriaAction action, List<CriteriaSource> sources,
            Function<StepRequest, LiveCount> counter) {
        this(parent, action, sources, (request, cancelled) -> counter.apply(request));
    }

    /**
     * @param parent the parent shell
     * @param action the step to build: Add, Reduce or Refine
     * @param sources the criteria sources, one tab each
     * @param counter counts what a step would do; called on a background job, may take a while; may throw to say the
     *            count failed; its second argument says when the count is no longer wanted (a newer count, OK,
     *            Cancel), so that it stops the count running in the database
     */
    public CriteriaStepDialog(Shell parent, CriteriaAction action, List<CriteriaSource> sources,
            java.util.function.BiFunction<StepRequest, java.util.function.BooleanSupplier, LiveCount> counter) {
        super(parent);
        this.action = action;
        this.sources = sources;
        this.counter = counter;
        setHelpAvailable(false);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(860, 680);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    private String title() {
        return switch (action) {
        case ADD -> Messages.CriteriaStepDialog_addContacts;
        case REDUCE -> Messages.CriteriaStepDialog_reduceContacts;
        case REFINE -> Messages.CriteriaStepDialog_refineContacts;
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title());
        setMessage(switch (action) {
        case ADD -> Messages.CriteriaStepDialog_addTheContactsThatMatch;
        case REDUCE -> Messages.CriteriaStepDialog_removeTheLinesWhoseContact;
        case REFINE -> Messages.CriteriaStepDialog_keepOnlyTheLinesWhose;
        });
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);

        TabFolder tabs = new TabFolder(body, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 300).applyTo(tabs);
        for (CriteriaSource source : sources) {
            TabItem tab = new TabItem(tabs, SWT.NONE);
            tab.setText(CriteriaLabels.of(source));
            tab.setControl(sourcePage(tabs, source));
        }
        optionsGroup(body);
        countLabel = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(countLabel);
        countLabel.setText(Messages.CriteriaStepDialog_counting);
        scheduleCount();
        return area;
    }

    private Composite sourcePage(Composite parent, CriteriaSource source) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(page);
        for (String id : DEFAULT_FIELDS.getOrDefault(source.id(), List.of())) {
            source.field(id).ifPresent(f -> addField(page, source, f));
        }
        Combo more = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        more.add(Messages.CriteriaStepDialog_addAFilterField);
        List<CriteriaField> others = new ArrayList<>();
        for (CriteriaField f : source.fields()) {
            if (!DEFAULT_FIELDS.getOrDefault(source.id(), List.of()).contains(f.id())) {
                others.add(f);
                more.add(CriteriaLabels.of(f));
            }
        }
        more.select(0);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(more);
        more.addListener(SWT.Selection, e -> {
            int i = more.getSelectionIndex();
            if (i <= 0) {
                return;
            }
            CriteriaField f = others.remove(i - 1);
            more.remove(i);
            more.select(0);
            FilterField added = addField(page, source, f);
            more.moveBelow(added.text());
            page.layout(true, true);
            added.text().setFocus();
        });
        return page;
    }

    /** An option field's values in the user's language (the filter takes them, and the model's literals, as typed). */
    private static List<String> shownOptions(CriteriaField field) {
        return field.options().stream().map(Captions::shownOption).toList();
    }

    private FilterField addField(Composite page, CriteriaSource source, CriteriaField field) {
        Label label = new Label(page, SWT.NONE);
        label.setText(CriteriaLabels.of(field) + ":");
        Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
        text.setToolTipText(field.type().name().charAt(0) + field.type().name().substring(1).toLowerCase()
                + (field.options().isEmpty() ? "" : ": " + String.join(" | ", shownOptions(field))) + "\n\n" + SYNTAX_HELP);
        text.setMessage(String.join("|", shownOptions(field)));
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(text);
        ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.CENTER);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
        FilterField f = new FilterField(source, field, text, decoration);
        fields.put(source.id() + "." + field.id(), f);
        text.addModifyListener(e -> filtersChanged());
        text.setData("segmenta.filter", source.id() + "." + field.id());
        return f;
    }

    private void optionsGroup(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.CriteriaStepDialog_options);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        if (action == CriteriaAction.ADD) {
            allowExisting = check(group, Messages.CriteriaStepDialog_allowExistingContacts, Messages.CriteriaStepDialog_addContactsThatAreAlready);
            expandCompanies = check(group, Messages.CriteriaStepDialog_expandCompanies, Messages.CriteriaStepDialog_forEachMatchWithA);
            relatedCompanies = check(group, Messages.CriteriaStepDialog_allowRelatedCompanies, Messages.CriteriaStepDialog_forEachMatchedPersonAdd);
            ignoreExclusion = check(group, Messages.CriteriaStepDialog_ignoreExclusion,
                    Messages.CriteriaStepDialog_includeContactsMarkedExcludeFrom);
        } else {
            entireCompanies = check(group, Messages.CriteriaStepDialog_entireCompanies,
                    action == CriteriaAction.REDUCE ? Messages.CriteriaStepDialog_removeEveryContactOfA
                            : Messages.CriteriaStepDialog_keepEveryContactOfA);
        }
    }

    private Button check(Composite parent, String text, String tooltip) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> scheduleCount());
        return b;
    }

    private void filtersChanged() {
        String error = null;
        for (FilterField f : fields.values()) {
            String text = f.text().getText();
            if (text.isBlank()) {
                f.decoration().hide();
                continue;
            }
            try {
                FilterParser.parse(text, f.field().type(), f.field().options(), LocalDate.now());
                f.decoration().hide();
            } catch (FilterSyntaxException e) {
                f.decoration().setDescriptionText(e.getMessage());
                f.decoration().show();
                if (error == null) {
                    error = CriteriaLabels.of(f.source()) + " › " + CriteriaLabels.of(f.field()) + ": " + e.getMessage();
                }
            }
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
        if (error == null) {
            scheduleCount();
        } else {
            generation++;
            countLabel.setText(Messages.CriteriaStepDialog_correctTheFilterToSee);
        }
    }

    /**
     * @return the step as the dialog shows it now: its action, the options checked and every filled filter field
     */
    public StepRequest currentRequest() {
        List<FieldFilter> filters = new ArrayList<>();
        for (FilterField f : fields.values()) {
            if (!f.text().getText().isBlank()) {
                filters.add(new FieldFilter(f.source().id(), f.field().id(), f.text().getText().strip()));
            }
        }
        StepOptions options = new StepOptions(selected(allowExisting), selected(expandCompanies),
                selected(relatedCompanies), selected(ignoreExclusion), selected(entireCompanies));
        return new StepRequest(action, options, List.copyOf(filters));
    }

    private static boolean selected(Button b) {
        return b != null && b.getSelection();
    }

    private void scheduleCount() {
        int mine = ++generation;
        countLabel.setText(Messages.CriteriaStepDialog_counting);
        getShell().getDisplay().timerExec(COUNT_DELAY_MS, () -> {
            if (mine != generation || countLabel.isDisposed()) {
                return;
            }
            StepRequest request = currentRequest();
            if (countJob != null) {
                countJob.cancel();
            }
            countJob = Job.create(NLS.bind(Messages.CriteriaStepDialog_countingContactsFor, title()), (IProgressMonitor monitor) -> {
                String text;
                try {
                    text = describe(counter.apply(request, () -> monitor.isCanceled() || mine != generation));
                } catch (org.segmenta.core.store.CancelledException e) {
                    return Status.CANCEL_STATUS; // a newer count, OK or Cancel: nobody waits for this one
                } catch (RuntimeException e) {
                    text = NLS.bind(Messages.CriteriaStepDialog_theCountFailed, e.getMessage());
                }
                String shown = text;
                if (!countLabel.isDisposed()) {
                    countLabel.getDisplay().asyncExec(() -> {
                        if (mine == generation && !countLabel.isDisposed()) {
                            countLabel.setText(shown);
                            countLabel.getParent().layout();
                        }
                    });
                }
                return Status.OK_STATUS;
            });
            countJob.setSystem(true);
            countJob.schedule();
        });
    }

    private String describe(LiveCount c) {
        String verb = action == CriteriaAction.ADD ? Messages.CriteriaStepDialog_newLines : Messages.CriteriaStepDialog_linesRemoved;
        return NLS.bind(Messages.CriteriaStepDialog_matchesMs, Formats.count(c.matches()), verb, Formats.count(c.newLines()), (action == CriteriaAction.ADD ? NLS.bind(Messages.CriteriaStepDialog_alreadyInTheSegmentExcluded, Formats.count(c.alreadyInSegment()), Formats.count(c.excluded())) : ""), c.millis());
    }

    /** @return the text of the live count line, for tests and screen readers */
    public String countText() {
        return countLabel.getText();
    }

    /**
     * @param source a source id
     * @param field a field id
     * @return the filter text field for it, if it is on screen
     */
    public Text filterText(String source, String field) {
        FilterField f = fields.get(source + "." + field);
        return f == null ? null : f.text();
    }

    /** Widened to public so that tests and plug-ins can reach the dialog's buttons. */
    @Override
    public Button getButton(int id) {
        return super.getButton(id);
    }

    @Override
    protected void okPressed() {
        result = currentRequest();
        super.okPressed();
    }

    /** @return the step the user confirmed, or {@code null} when the dialog was cancelled */
    public StepRequest result() {
        return result;
    }

    @Override
    public boolean close() {
        generation++;
        if (countJob != null) {
            countJob.cancel();
        }
        return super.close();
    }
}
