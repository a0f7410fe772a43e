package org.segmenta.ui.internal.wizards;

import org.segmenta.core.format.Formats;
import org.segmenta.model.rules.Captions;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ImportPreview;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.DuplicatePolicy;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.Contact;

/**
 * File › Import...: the Import Contacts wizard. <b>Files</b> (several at once; format and encoding detected and
 * shown; a file that is not a contact export is refused on this page with the reason), <b>Column Mapping</b> for a
 * CSV of an unknown layout (proposed from the column names, editable, remembered per header row), <b>Preview</b>
 * of the first rows as contacts with what will happen to each, and the duplicates policy. Finish hands the files
 * and options to the caller, which imports them in a background job ({@link #files()}, {@link #options(ImportFile)}).
 */
public final class ImportContactsWizard extends Wizard {

    /** Rows of the preview per file. */
    static final int PREVIEW_ROWS = 50;

    /** The most skipped rows and possible duplicates the preview lists per file, beyond its first rows. */
    static final int PROBLEM_ROWS = 1000;

    private static String n(long v) {
        return Formats.count(v);
    }

    private final CsvMappingMemory memory;
    private final ContactImportService service;
    private final List<ImportFile> files = new ArrayList<>();
    private DuplicatePolicy duplicates = DuplicatePolicy.SKIP;
    private FilesPage filesPage;
    private MappingPage mappingPage;
    private PreviewPage previewPage;

    /** A wizard that remembers column mappings in the instance preferences and previews without the store. */
    public ImportContactsWizard() {
        this(null);
    }

    /**
     * A wizard that remembers column mappings in the instance preferences.
     *
     * @param service the import service whose preview (against the stored contacts, with progress) the Preview page
     *        shows, or null to read the files without the store
     */
    public ImportContactsWizard(ContactImportService service) {
        this(new CsvMappingMemory(), service);
    }

    ImportContactsWizard(CsvMappingMemory memory, ContactImportService service) {
        this.memory = memory;
        this.service = service;
        setWindowTitle(Messages.ImportContactsWizard_importContacts);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filesPage = new FilesPage();
        mappingPage = new MappingPage();
        previewPage = new PreviewPage();
        addPage(filesPage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    /**
     * Adds files as the Add Files... button does (for the File › Import... command's parameter and for tests).
     *
     * @param paths the files
     */
    public void addFiles(List<Path> paths) {
        for (Path p : paths) {
            if (files.stream().noneMatch(f -> f.path.equals(p))) {
                files.add(ImportFile.detect(p, memory));
            }
        }
        if (filesPage != null && filesPage.viewer != null) {
            filesPage.refresh();
        }
    }

    /** @return the files to import (only those that can be imported), in the order chosen */
    public List<Path> files() {
        return files.stream().filter(f -> f.problem == null).map(f -> f.path).toList();
    }

    /**
     * @param file one of {@link #files()}
     * @return the options to import it with: the column mapping (for an unknown CSV) and the duplicates policy
     */
    public ImportOptions options(Path file) {
        ImportFile f = files.stream().filter(x -> x.path.equals(file)).findFirst().orElseThrow();
        return options(f);
    }

    ImportOptions options(ImportFile f) {
        ImportOptions o = ImportOptions.defaults().withDuplicates(duplicates);
        return f.needsMapping() ? o.withCsvMapping(f.mapping) : o;
    }

    /** @return the duplicates policy chosen */
    public DuplicatePolicy duplicates() {
        return duplicates;
    }

    /** @return the current page's error message, or null (for tests and the bad-input check) */
    public String errorMessage() {
        IWizardPage page = getContainer().getCurrentPage();
        return page instanceof WizardPage w ? w.getErrorMessage() : null;
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == filesPage && files.stream().noneMatch(ImportFile::needsMapping)) {
            return previewPage;
        }
        return super.getNextPage(page);
    }

    @Override
    public IWizardPage getPreviousPage(IWizardPage page) {
        if (page == previewPage && files.stream().noneMatch(ImportFile::needsMapping)) {
            return filesPage;
        }
        return super.getPreviousPage(page);
    }

    @Override
    public boolean canFinish() {
        return filesPage.isPageComplete() && mappingPage.complete();
    }

    @Override
    public boolean performFinish() {
        for (ImportFile f : files) {
            if (f.needsMapping()) {
                memory.remember(f.headers, f.mapping);
            }
        }
        return true;
    }

    /** @param field a contact field @return how users call it ("First Name", "E-Mail") */
    static String label(ContactField field) {
        return switch (field) {
            case EMAIL -> Messages.ImportContactsWizard_eMail;
            case COUNTRY -> Messages.ImportContactsWizard_countryRegion;
            case PHONE -> Messages.ImportContactsWizard_phoneNo;
            case MOBILE_PHONE -> Messages.ImportContactsWizard_mobilePhoneNo;
            case FAX -> Messages.ImportContactsWizard_faxNo;
            case CATEGORIES -> Messages.ImportContactsWizard_mailingGroupsCategories;
            default -> Arrays.stream(field.name().split("_"))
                    .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        };
    }

    private static TableViewer table(Composite parent, String[] headers, int[] weights) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        for (int i = 0; i < headers.length; i++) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(headers[i]);
            layout.setColumnData(c.getColumn(), new ColumnWeightData(weights[i], 60));
        }
        return viewer;
    }

    private static void text(TableViewer viewer, int column, java.util.function.Function<Object, String> text) {
        new TableViewerColumn(viewer, viewer.getTable().getColumn(column)).setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply(element);
                return t == null ? "" : t;
            }

            @Override
            public String getToolTipText(Object element) {
                String t = text.apply(element); // a long text (a skipped row's reason) whole, as it may be cut off
                return t == null || t.length() < 24 ? null : t;
            }
        });
    }

    /** Files: which files, what they are, and the duplicates policy. */
    final class FilesPage extends WizardPage {
        TableViewer viewer;

        FilesPage() {
            super("files");
            setTitle(Messages.ImportContactsWizard_contactFiles);
            setDescription(Messages.ImportContactsWizard_chooseVCardVcfOrCSV);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            viewer = table(c, new String[] { Messages.ImportContactsWizard_file, Messages.ImportContactsWizard_format, Messages.ImportContactsWizard_encoding, Messages.ImportContactsWizard_status }, new int[] { 30, 20, 12, 38 });
            text(viewer, 0, o -> ((ImportFile) o).name());
            text(viewer, 1, o -> ((ImportFile) o).format == null ? "" : ((ImportFile) o).format.label());
            text(viewer, 2, o -> ((ImportFile) o).charset == null ? "" : ((ImportFile) o).charset.displayName());
            text(viewer, 3, o -> {
                ImportFile f = (ImportFile) o;
                return f.problem != null ? NLS.bind(Messages.ImportContactsWizard_notAContactFile, f.problem)
                        : f.needsMapping() ? Messages.ImportContactsWizard_columnsToMapOnThe : Messages.ImportContactsWizard_ready;
            });
            Composite buttons = new Composite(c, SWT.NONE);
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
            GridLayoutFactory.fillDefaults().applyTo(buttons);
            Button add = new Button(buttons, SWT.PUSH);
            add.setText(Messages.ImportContactsWizard_addFiles);
            GridDataFactory.fillDefaults().applyTo(add);
            add.addListener(SWT.Selection, e -> {
                FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
                d.setText(Messages.ImportContactsWizard_addContactFiles);
                d.setFilterExtensions(new String[] { "*.vcf;*.csv;*.txt", "*.*" });
                d.setFilterNames(new String[] { Messages.ImportContactsWizard_contactFilesVcfCsvTxt, Messages.ImportContactsWizard_allFiles });
                if (d.open() != null) {
                    List<Path> chosen = new ArrayList<>();
                    for (String name : d.getFileNames()) {
                        chosen.add(Path.of(d.getFilterPath(), name));
                    }
                    addFiles(chosen);
                }
            });
            Button remove = new Button(buttons, SWT.PUSH);
            remove.setText(Messages.ImportContactsWizard_remove);
            GridDataFactory.fillDefaults().applyTo(remove);
            remove.addListener(SWT.Selection, e -> {
                for (Object o : viewer.getStructuredSelection().toList()) {
                    files.remove(o);
                }
                refresh();
            });
            Label policy = new Label(c, SWT.WRAP);
            policy.setText(Messages.ImportContactsWizard_aRowThatDuplicatesAn);
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).grab(true, false).hint(600, SWT.DEFAULT).applyTo(policy);
            Button skip = new Button(c, SWT.RADIO);
            skip.setText(Messages.ImportContactsWizard_skipItAndReportIt);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(skip);
            Button fill = new Button(c, SWT.RADIO);
            fill.setText(Messages.ImportContactsWizard_fillTheExistingContactS);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(fill);
            skip.setSelection(duplicates == DuplicatePolicy.SKIP);
            fill.setSelection(duplicates == DuplicatePolicy.FILL_EMPTY_FIELDS);
            skip.addListener(SWT.Selection, e -> duplicates = DuplicatePolicy.SKIP);
            fill.addListener(SWT.Selection, e -> duplicates = DuplicatePolicy.FILL_EMPTY_FIELDS);
            setControl(c);
            refresh();
        }

        void refresh() {
            viewer.setInput(files);
            ImportFile bad = files.stream().filter(f -> f.problem != null).findFirst().orElse(null);
            if (bad != null) {
                setErrorMessage(NLS.bind(Messages.ImportContactsWizard_cannotBeImportedRemoveIt, bad.name(), bad.problem));
            } else {
                setErrorMessage(null);
            }
            setPageComplete(bad == null && !files.isEmpty());
            if (mappingPage != null && mappingPage.getControl() != null) {
                mappingPage.refresh();
            }
            getContainer().updateButtons();
        }
    }

    /** Column Mapping: for each CSV of an unknown layout, which column fills which contact field. */
    final class MappingPage extends WizardPage {
        private static final String NOT_IMPORTED = Messages.ImportContactsWizard_notImported;
        private Combo file;
        private TableViewer viewer;
        private ImportFile current;

        MappingPage() {
            super("mapping");
            setTitle(Messages.ImportContactsWizard_columnMapping);
            setDescription(Messages.ImportContactsWizard_theseCSVFilesAreNot);
        }

        boolean complete() {
            return files.stream().filter(ImportFile::needsMapping).allMatch(f -> f.mapping.identifiesContacts());
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            new Label(c, SWT.NONE).setText(Messages.ImportContactsWizard_file2);
            file = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
            file.addListener(SWT.Selection, e -> show());
            Composite t = new Composite(c, SWT.NONE);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(t);
            GridLayoutFactory.fillDefaults().applyTo(t);
            viewer = table(t, new String[] { Messages.ImportContactsWizard_columnInTheFile, Messages.ImportContactsWizard_contactField }, new int[] { 50, 50 });
            text(viewer, 0, o -> (String) o);
            text(viewer, 1, o -> {
                ContactField f = current == null ? null : current.mapping.columns().get(o);
                return f == null ? NOT_IMPORTED : label(f);
            });
            String[] choices = new String[ContactField.values().length + 1];
            choices[0] = NOT_IMPORTED;
            for (ContactField f : ContactField.values()) {
                choices[f.ordinal() + 1] = label(f);
            }
            TableViewerColumn fieldColumn = new TableViewerColumn(viewer, viewer.getTable().getColumn(1));
            fieldColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    ContactField f = current == null ? null : current.mapping.columns().get(element);
                    return f == null ? NOT_IMPORTED : label(f);
                }
            });
            fieldColumn.setEditingSupport(new EditingSupport(viewer) {
                @Override
                protected ComboBoxCellEditor getCellEditor(Object element) {
                    return new ComboBoxCellEditor(viewer.getTable(), choices, SWT.READ_ONLY);
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    ContactField f = current.mapping.columns().get(element);
                    return f == null ? 0 : f.ordinal() + 1;
                }

                @Override
                protected void setValue(Object element, Object value) {
                    int i = (Integer) value;
                    map((String) element, i <= 0 ? null : ContactField.values()[i - 1]);
                }
            });
            setControl(c);
            refresh();
        }

        /**
         * Maps one column of the file shown (as choosing in the table does).
         *
         * @param header the column
         * @param field the field, or null to leave the column out
         */
        void map(String header, ContactField field) {
            Map<String, ContactField> m = new LinkedHashMap<>(current.mapping.columns());
            if (field == null) {
                m.remove(header);
            } else {
                m.put(header, field);
            }
            current.mapping = CsvMapping.of(m);
            viewer.refresh();
            validate();
        }

        void refresh() {
            List<ImportFile> mapped = files.stream().filter(ImportFile::needsMapping).toList();
            file.setItems(mapped.stream().map(ImportFile::name).toArray(String[]::new));
            if (!mapped.isEmpty()) {
                file.select(Math.max(0, current == null ? 0 : mapped.indexOf(current)));
            }
            show();
        }

        private void show() {
            List<ImportFile> mapped = files.stream().filter(ImportFile::needsMapping).toList();
            int i = file.getSelectionIndex();
            current = i >= 0 && i < mapped.size() ? mapped.get(i) : null;
            viewer.setInput(current == null ? List.of() : current.headers);
            validate();
        }

        private void validate() {
            ImportFile bad = files.stream().filter(ImportFile::needsMapping)
                    .filter(f -> !f.mapping.identifiesContacts()).findFirst().orElse(null);
            setErrorMessage(bad == null ? null : NLS.bind(Messages.ImportContactsWizard_mapAtLeastOneColumn, bad.name()));
            setPageComplete(bad == null);
            getContainer().updateButtons();
        }

        /** @return the table of columns (for tests) */
        Table columnTable() {
            return viewer.getTable();
        }
    }

    /** One row of the preview. */
    record PreviewRow(String file, int line, String outcome, Contact contact, String message) {
    }

    /** Preview: the first rows of each file as contacts, and what happens to each. */
    final class PreviewPage extends WizardPage {
        private TableViewer viewer;
        private Label summary;
        private final List<PreviewRow> rows = new ArrayList<>();

        PreviewPage() {
            super("preview");
            setTitle(Messages.ImportContactsWizard_preview);
            setDescription(Messages.ImportContactsWizard_theFirstRowsOfEach);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(c);
            summary = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
            viewer = table(c, new String[] { Messages.ImportContactsWizard_file, Messages.ImportContactsWizard_line, Messages.ImportContactsWizard_willBe, Messages.ImportContactsWizard_type, Messages.ImportContactsWizard_name, Messages.ImportContactsWizard_company, Messages.ImportContactsWizard_eMail, Messages.ImportContactsWizard_city,
                    Messages.ImportContactsWizard_country, Messages.ImportContactsWizard_reason },
                    new int[] { 10, 4, 9, 6, 14, 11, 13, 8, 5, 40 });
            text(viewer, 0, o -> ((PreviewRow) o).file());
            text(viewer, 1, o -> String.valueOf(((PreviewRow) o).line()));
            text(viewer, 2, o -> ((PreviewRow) o).outcome());
            text(viewer, 3, o -> contact(o) == null ? "" : Captions.shown(contact(o).getType()));
            text(viewer, 4, o -> contact(o) == null ? "" : contact(o).getName());
            text(viewer, 5, o -> contact(o) == null ? "" : contact(o).getCompanyName());
            text(viewer, 6, o -> contact(o) == null ? "" : contact(o).getEmail());
            text(viewer, 7, o -> contact(o) == null ? "" : contact(o).getCity());
            text(viewer, 8, o -> contact(o) == null ? "" : contact(o).getCountryRegionCode());
            // why a row is skipped or needs a look, in a column of its own (not in Name)
            text(viewer, 9, o -> ((PreviewRow) o).message() == null ? "" : ((PreviewRow) o).message());
            setControl(c);
        }

        private static Contact contact(Object o) {
            return ((PreviewRow) o).contact();
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                load();
            }
            super.setVisible(visible);
        }

        private void load() {
            rows.clear();
            List<String> lines = new ArrayList<>();
            List<ImportFile> good = files.stream().filter(f -> f.problem == null).toList();
            String[] error = new String[1];
            try {
                getContainer().run(true, true, monitor -> {
                    org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor,
                            Messages.ImportContactsWizard_readingTheFiles, good.size());
                    for (ImportFile f : good) {
                        if (monitor.isCanceled()) {
                            break;
                        }
                        monitor.subTask(f.name());
                        try {
                            // the service's preview: against the stored contacts, the whole file, with progress
                            // (rows read, counts) and cancel; nothing stored
                            ImportReport r;
                            boolean complete = true;
                            int read = 0;
                            if (service != null) {
                                ImportPreview p = service.preview(f.path, options(f), progress.newChild(1));
                                r = p.report();
                                complete = p.complete();
                                read = p.rowsRead();
                            } else {
                                r = ContactImporter.read(f.path, options(f)).report();
                            }
                            String line = NLS.bind(Messages.ImportContactsWizard_previewCounts, new Object[] { f.name(),
                                    r.format().label(), r.charset().displayName(), n(r.createdCount()), n(r.updatedCount()),
                                    n(r.skippedCount()), n(r.duplicatesInFileCount()), n(r.duplicatesExistingCount()),
                                    n(r.badRowCount()), n(r.possibleDuplicates().size()) });
                            lines.add(complete ? line : NLS.bind(Messages.ImportContactsWizard_previewCancelled, line, n(read)));
                            List<PreviewRow> mine = new ArrayList<>();
                            r.created().forEach(x -> mine.add(new PreviewRow(f.name(), x.line(),
                                    x.fromOrganisation() ? Messages.ImportContactsWizard_createdCompany : Messages.ImportContactsWizard_created, x.contact(), "")));
                            r.updated().forEach(u -> mine.add(new PreviewRow(f.name(), u.line(), Messages.ImportContactsWizard_updated,
                                    u.updated(), "")));
                            mine.sort((a, b) -> Integer.compare(a.line(), b.line()));
                            // the first rows as they will be imported, then every row that needs a look
                            List<PreviewRow> shown = new ArrayList<>(mine.subList(0, Math.min(PREVIEW_ROWS, mine.size())));
                            List<PreviewRow> problems = new ArrayList<>();
                            r.skipped().forEach(s -> problems.add(new PreviewRow(f.name(), s.line(), Messages.ImportContactsWizard_skipped, null,
                                    s.message())));
                            r.possibleDuplicates().forEach(x -> problems.add(new PreviewRow(f.name(), x.line(),
                                    Messages.ImportContactsWizard_possibleDuplicate, null, x.message())));
                            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
                            shown.addAll(problems.subList(0, Math.min(PROBLEM_ROWS, problems.size())));
                            shown.sort((a, b) -> Integer.compare(a.line(), b.line()));
                            rows.addAll(shown);
                        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                            lines.add(NLS.bind(Messages.ImportContactsWizard_previewCancelled, f.name(), "0"));
                        } catch (ContactImportException e) {
                            lines.add(NLS.bind(Messages.ImportContactsWizard_cannotBeImported, f.name(), e.getMessage()));
                            error[0] = e.getMessage();
                        }
                    }
                    monitor.done();
                });
            } catch (java.lang.reflect.InvocationTargetException e) {
                error[0] = String.valueOf(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            summary.setText(String.join("\n", lines));
            viewer.setInput(rows);
            setErrorMessage(error[0]);
            setPageComplete(error[0] == null);
            ((Composite) getControl()).layout(true, true);
        }

        /** @return the preview rows shown (for tests) */
        List<PreviewRow> rows() {
            return rows;
        }

        /** @return the summary above the table (for tests) */
        String summary() {
            return summary.getText();
        }
    }

    /** @return the Column Mapping page's table (for tests) */
    public Table mappingTable() {
        return mappingPage.columnTable();
    }

    /**
     * Maps a column of the CSV shown on the Column Mapping page (as the table's choice does; for tests).
     *
     * @param header the column
     * @param field the field, or null for "not imported"
     */
    public void map(String header, ContactField field) {
        mappingPage.map(header, field);
    }

    /** @return the Preview page's summary (for tests) */
    public String previewSummary() {
        return previewPage.summary();
    }

    /** @return how many rows the Preview page shows (for tests) */
    public int previewRows() {
        return previewPage.rows().size();
    }
}
