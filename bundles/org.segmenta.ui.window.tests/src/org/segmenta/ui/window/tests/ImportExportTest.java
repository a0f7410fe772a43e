package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.testing.Corpus;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.wizards.ExportDialog;
import org.segmenta.ui.internal.wizards.ImportContactsWizard;
import org.segmenta.ui.internal.wizards.ImportReportDialog;

/**
 * File › Import... and File › Export... in the real window over real services: a Google Contacts export through
 * the wizard (format and encoding shown, preview, report), a CSV of an unknown layout through the Column Mapping
 * page (proposed, edited, remembered), a file that is not a contact export (a clear error on the first page, nothing
 * stored), and an export of a segment's lines to CSV.
 */
class ImportExportTest extends WindowFixture {


    @Override
    void put(IEclipseContext c) {
        super.put(c);
        c.set(org.segmenta.core.contact.ContactService.class, services.contacts());
        c.set(ContactImportService.class, ContactImports.service(services.store()));
    }

    private long contacts() {
        return services.store().read(s -> s.contacts().count());
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(org.eclipse.jface.dialogs.Dialog d, int id) {
        try {
            var m = org.eclipse.jface.dialogs.Dialog.class.getDeclaredMethod("getButton", int.class);
            m.setAccessible(true);
            return (Button) m.invoke(d, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void shot(Control c, String name) {
        try {
            Screenshots.save(c.getShell(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aGoogleExportImportsThroughTheWizardAndTheReportSaysWhat() {
        Path csv = Corpus.dir("contacts").resolve("rc_google_contacts.csv");
        AtomicReference<String> summary = new AtomicReference<>();
        AtomicReference<String> report = new AtomicReference<>();
        wb.whenDialog("Import Contacts", s -> {
            WizardDialog d = (WizardDialog) s.getData();
            ImportContactsWizard w = (ImportContactsWizard) d.getCurrentPage().getWizard();
            w.addFiles(List.of(csv));
            wb.spin();
            shot(s, "import-1-files.png");
            assertEquals(null, w.errorMessage());
            press(button(d, IDialogConstants.NEXT_ID));
            wb.spin();
            summary.set(w.previewSummary());
            assertTrue(w.previewRows() > 0, "the preview shows rows");
            shot(s, "import-2-preview.png");
            press(button(d, IDialogConstants.FINISH_ID));
        });
        wb.whenDialog("Import Report", s -> {
            ImportReportDialog d = (ImportReportDialog) s.getData();
            report.set(d.summaryText());
            assertTrue(d.table().getItemCount() > 0, "the report lists the rows");
            shot(s, "import-3-report.png");
            d.close();
        });
        wb.run(UiIds.COMMAND_IMPORT_CONTACTS);
        wb.waitUntil(() -> report.get() != null, "the report opens");
        wb.rethrow();
        assertTrue(summary.get().startsWith("rc_google_contacts.csv (Google Contacts CSV, UTF-8): "), summary.get());
        assertTrue(report.get().startsWith("rc_google_contacts.csv (Google Contacts CSV, UTF-8): "), report.get());
        assertTrue(report.get().contains(" created, 0 updated, "), report.get());
        long stored = contacts();
        assertTrue(stored > 0, "contacts are stored");
        assertTrue(report.get().contains(stored + " created"), report.get() + " / stored " + stored);
    }

    @Test
    void anUnknownCsvIsMappedOnTheColumnMappingPageAndTheMappingIsRemembered() throws IOException {
        Path csv = folder.resolve("kunder.csv");
        Files.writeString(csv, "Kundenavn;Fornavn;Efternavn;Mail;By;Noget\n"
                + "Hansen A/S;Jens;Hansen;jens@hansen.dk;Odense;x\n"
                + "Berg ApS;Mette;Berg;mette@berg.dk;Aarhus;y\n", StandardCharsets.UTF_8);
        AtomicReference<String> proposed = new AtomicReference<>();
        AtomicReference<String> report = new AtomicReference<>();
        wb.whenDialog("Import Contacts", s -> {
            WizardDialog d = (WizardDialog) s.getData();
            ImportContactsWizard w = (ImportContactsWizard) d.getCurrentPage().getWizard();
            w.addFiles(List.of(csv));
            wb.spin();
            press(button(d, IDialogConstants.NEXT_ID));
            wb.spin();
            var table = w.mappingTable();
            StringBuilder b = new StringBuilder();
            for (var item : table.getItems()) {
                b.append(item.getText(0)).append('=').append(item.getText(1)).append(';');
            }
            proposed.set(b.toString());
            // "Kundenavn" is not a known name: map it to Company Name by hand
            w.map("Kundenavn", ContactField.COMPANY_NAME);
            wb.spin();
            shot(s, "import-4-mapping.png");
            press(button(d, IDialogConstants.NEXT_ID));
            wb.spin();
            assertEquals(4, w.previewRows(), "two persons and their companies: " + w.previewSummary());
            press(button(d, IDialogConstants.FINISH_ID));
        });
        wb.whenDialog("Import Report", s -> {
            report.set(((ImportReportDialog) s.getData()).summaryText());
            ((ImportReportDialog) s.getData()).close();
        });
        wb.run(UiIds.COMMAND_IMPORT_CONTACTS);
        wb.waitUntil(() -> report.get() != null, "the report opens");
        wb.rethrow();
        assertEquals("Kundenavn=(not imported);Fornavn=First Name;Efternavn=Surname;Mail=E-Mail;By=City;"
                + "Noget=(not imported);", proposed.get());
        assertTrue(report.get().startsWith("kunder.csv (CSV with a column mapping, UTF-8): 4 created"), report.get());
        List<String> companies = services.store()
                .read(s -> s.contacts().find(ContactQuery.all()).stream().map(c -> c.getCompanyName()).toList());
        assertTrue(companies.contains("Hansen A/S"), companies.toString());

        // the next file with the same columns gets the chosen mapping
        AtomicReference<String> again = new AtomicReference<>();
        wb.whenDialog("Import Contacts", s -> {
            WizardDialog d = (WizardDialog) s.getData();
            ImportContactsWizard w = (ImportContactsWizard) d.getCurrentPage().getWizard();
            w.addFiles(List.of(csv));
            wb.spin();
            press(button(d, IDialogConstants.NEXT_ID));
            wb.spin();
            again.set(w.mappingTable().getItem(0).getText(1));
            d.close();
        });
        wb.run(UiIds.COMMAND_IMPORT_CONTACTS);
        wb.waitUntil(() -> again.get() != null, "the wizard opened again");
        wb.rethrow();
        assertEquals("Company Name", again.get());
    }

    @Test
    void aFileThatIsNotAContactExportIsRefusedOnTheFirstPageAndNothingIsStored() {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<Boolean> canGoOn = new AtomicReference<>();
        wb.whenDialog("Import Contacts", s -> {
            WizardDialog d = (WizardDialog) s.getData();
            ImportContactsWizard w = (ImportContactsWizard) d.getCurrentPage().getWizard();
            w.addFiles(List.of(docx));
            wb.spin();
            error.set(w.errorMessage());
            canGoOn.set(button(d, IDialogConstants.FINISH_ID).isEnabled() || button(d, IDialogConstants.NEXT_ID).isEnabled());
            shot(s, "import-5-not-contacts.png");
            d.close();
        });
        wb.run(UiIds.COMMAND_IMPORT_CONTACTS);
        wb.waitUntil(() -> error.get() != null || canGoOn.get() != null, "the wizard looked at the file");
        wb.rethrow();
        assertNotNull(error.get(), "an error is shown");
        assertTrue(error.get().startsWith("bouke_macword2011.docx cannot be imported: line 1: the file is not text"),
                error.get());
        assertTrue(error.get().contains("not text") && error.get().contains("Save the contacts as a vCard"), error.get());
        assertFalse(canGoOn.get(), "neither Next nor Finish");
        assertEquals(0, contacts(), "nothing stored");
    }

    @Test
    void theLinesOfASegmentExportToCsv() throws IOException {
        services.seed(40);
        String no = services.segments().create("Export me").getNo();
        services.segments().apply(no, StepRequest.of(org.segmenta.model.CriteriaAction.ADD, new org.segmenta.core.criteria.FieldFilter("contact", "city", "Odense")));
        long lines = services.segments().lineCount(no);
        assertTrue(lines > 0);
        Path out = folder.resolve("lines.csv");
        AtomicReference<Boolean> done = new AtomicReference<>();
        wb.whenDialog("Export", s -> {
            ExportDialog d = (ExportDialog) s.getData();
            d.choose(ExportDialog.Kind.LINES_CSV, out);
            shot(s, "export-1-dialog.png");
            press(button(d, IDialogConstants.OK_ID));
            done.set(true);
        });
        wb.run(UiIds.COMMAND_EXPORT);
        wb.waitUntil(() -> wb.prompter.saidSomething("written to " + out), "the export is done");
        wb.rethrow();
        assertTrue(wb.prompter.saidSomething(lines + " lines of segment " + no + " written to "), wb.prompter.said.toString());
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(lines + 1, written.size(), "a header and one row per line");
    }
}
