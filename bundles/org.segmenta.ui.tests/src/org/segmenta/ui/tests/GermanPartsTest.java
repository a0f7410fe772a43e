package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.format.Formats;
import org.segmenta.model.CriteriaAction;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.parts.InteractionLogPart;
import org.segmenta.ui.internal.parts.LoggedSegmentsPart;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentsPart;
import org.segmenta.ui.internal.preferences.SmtpPreferencePage;

/**
 * The window's parts and a dialog in German: run by the {@code german} test execution of this bundle, which starts
 * the platform with {@code -nl de} (see the root pom). Every label, button, column, tab, tool item, hint and tooltip
 * of the main parts, the segment editor, the Add Contacts dialog and the E-Mail preference page is walked, and none
 * may contain a word that only the English texts of {@code messages.properties} use: a text left in English (a
 * literal not externalised, or a key without a German entry) fails with the widget and its text. Dates and numbers
 * follow the German locale. Not the window's own texts, so left out of the check: the model's enumeration literals
 * shown as data (Hard Copy, Outbound: the reference design's values), and in the Add Contacts dialog the criteria
 * sources' and fields' labels, which the criteria service gives (checked there are the dialog's own title, message,
 * options and buttons); JFace's OK and Cancel, which have no German on Maven Central.
 */
class GermanPartsTest extends PartFixture {

    GermanPartsTest() {
        super(12);
    }

    @BeforeEach
    void german() {
        // the german execution starts the platform with -nl de; elsewhere (-Dtest=... in the default one) it skips
        org.junit.jupiter.api.Assumptions.assumeTrue("de".equals(System.getProperty("osgi.nl")), "runs under -nl de");
        assertEquals("de", Locale.getDefault().getLanguage(), "-nl de makes the default locale German");
    }

    /** @return the words (4+ letters) the English texts use and the German ones do not: a sign of English left over */
    private static Set<String> englishOnlyWords() throws IOException {
        Bundle ui = FrameworkUtil.getBundle(SegmentEditorPart.class);
        Set<String> english = words(load(ui, "org/segmenta/ui/internal/messages.properties"));
        english.addAll(words(load(ui, "OSGI-INF/l10n/bundle.properties")));
        Set<String> german = words(load(ui, "org/segmenta/ui/internal/messages_de.properties"));
        german.addAll(words(load(ui, "OSGI-INF/l10n/bundle_de.properties")));
        english.removeAll(german);
        return english;
    }

    private static Properties load(Bundle b, String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = b.getEntry(path).openStream()) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> words(Properties p) {
        Set<String> w = new HashSet<>();
        for (Object v : p.values()) {
            Matcher m = Pattern.compile("\\p{L}{4,}").matcher(v.toString());
            while (m.find()) {
                w.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return w;
    }

    /** @return every text a person reads on the control and its children, with where it is */
    private static List<String> texts(Control c) {
        List<String> out = new ArrayList<>();
        collect(c, out);
        return out;
    }

    private static void collect(Control c, List<String> out) {
        String kind = c.getClass().getSimpleName();
        add(out, kind + " tooltip", c.getToolTipText());
        if (c instanceof Label l) {
            add(out, kind, l.getText());
        } else if (c instanceof Button b) {
            add(out, kind, b.getText());
        } else if (c instanceof Group g) {
            add(out, kind, g.getText());
        } else if (c instanceof Text t) {
            add(out, "Text hint", t.getMessage());
        } else if (c instanceof Combo combo && (combo.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0) {
            for (String item : combo.getItems()) {
                add(out, "Combo item", item);
            }
        } else if (c instanceof Shell s) {
            add(out, kind, s.getText());
        }
        if (c instanceof Table t) {
            for (TableColumn col : t.getColumns()) {
                add(out, "TableColumn", col.getText());
                add(out, "TableColumn tooltip", col.getToolTipText());
            }
        }
        if (c instanceof TabFolder f) {
            for (TabItem i : f.getItems()) {
                add(out, "TabItem", i.getText());
            }
        }
        if (c instanceof org.eclipse.swt.custom.CTabFolder f) {
            for (org.eclipse.swt.custom.CTabItem i : f.getItems()) {
                add(out, "TabItem", i.getText());
                add(out, "TabItem tooltip", i.getToolTipText());
            }
        }
        if (c instanceof ToolBar bar) {
            for (ToolItem i : bar.getItems()) {
                add(out, "ToolItem", i.getText());
                add(out, "ToolItem tooltip", i.getToolTipText());
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }

    private static void add(List<String> out, String where, String text) {
        if (text != null && !text.isBlank()) {
            out.add(where + ": " + text);
        }
    }

    /** @return the model's enumeration literals (Hard Copy, Outbound, ...): data values, not the window's texts */
    private static Set<String> modelLiterals() {
        Set<String> s = new HashSet<>();
        for (org.eclipse.emf.ecore.EClassifier c : org.segmenta.model.SegmentaPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof org.eclipse.emf.ecore.EEnum e) {
                e.getELiterals().forEach(l -> s.add(l.getLiteral()));
            }
        }
        // JFace's own button labels: Maven Central has no German for JFace (Babel's language packs are not there)
        s.add(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
        s.add(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        return s;
    }

    private static void assertGerman(String what, List<String> texts) throws IOException {
        Set<String> englishOnly = englishOnlyWords();
        Set<String> literals = modelLiterals();
        Set<String> english = new TreeSet<>();
        for (String t : texts) {
            if (literals.contains(t.substring(t.indexOf(": ") + 2))) {
                continue;
            }
            Matcher m = Pattern.compile("\\p{L}{4,}").matcher(t.substring(t.indexOf(": ") + 2));
            while (m.find()) {
                // codes in capitals (LETTER, EMAIL) are data, not texts
                if (!m.group().equals(m.group().toUpperCase(Locale.ROOT))
                        && englishOnly.contains(m.group().toLowerCase(Locale.ROOT))) {
                    english.add(t);
                }
            }
        }
        assertTrue(english.isEmpty(), what + " shows English: " + english);
        assertTrue(texts.size() > 5, what + " has texts: " + texts);
    }

    @Test
    void theMainPartsAreGerman() throws Exception {
        String seg = services.segments().create("Herbst").getNo();
        services.segments().apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "city", "Aarhus")));
        ContactsPart contacts = ui.make(ContactsPart.class);
        ui.waitUntil(() -> contacts.content().count() == 12, "the contacts are counted");
        List<String> texts = texts(ui.shell);
        assertTrue(texts.contains("Button: Neuer Kontakt"), texts.toString());
        assertTrue(texts.contains("TableColumn: Unternehmensname"), texts.toString());
        assertEquals("12 Kontakte", contacts.getStatus().getText());
        assertGerman("Kontakte", texts);

        SegmentsPart segments = ui.make(SegmentsPart.class);
        ui.waitUntil(() -> segments.content().count() == 1, "the segments are counted");
        LoggedSegmentsPart logged = ui.make(LoggedSegmentsPart.class);
        InteractionLogPart log = ui.make(InteractionLogPart.class);
        ui.waitUntil(() -> logged.content().count() == 0 && log.content().count() == 0, "the logs are counted");
        texts = texts(ui.shell);
        assertTrue(texts.contains("TableColumn: Anzahl Zeilen"), texts.toString());
        assertTrue(texts.contains("TableColumn: Erstellungsdatum"), texts.toString());
        assertGerman("Segmente, Protokollierte Segmente, Aktivitätenprotokoll", texts);

        SegmentEditorPart editor = ui.segmentEditor(seg);
        ui.shell.open();
        texts = texts(ui.shell);
        assertTrue(texts.contains("TabItem: Zeilen") && texts.contains("TabItem: Kriterien"), texts.toString());
        assertGerman("Segmenteditor", texts);
        // the model's option values in the header's lists are German too (Outbound, Us, Hard Copy are data no more)
        assertTrue(texts.containsAll(List.of("Combo item: Ausgehend", "Combo item: Eingehend", "Combo item: Wir",
                "Combo item: Papier", "Combo item: E-Mail")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.endsWith(": Outbound") || t.endsWith(": Hard Copy")
                || t.endsWith(": Us")), texts.toString());
        // the step's action in the Criteria tab, and the Check before Log summary with singular and plural
        assertTrue(editor.steps().getItem(0).getText(1).startsWith("Kontakte hinzuf\u00fcgen"),
                editor.steps().getItem(0).getText(1));
        editor.showProblems(services.interactions().check(seg, false));
        assertTrue(editor.message().matches("\\d+ Fehler und (1 Warnung|\\d+ Warnungen) in (1 Gruppe|\\d+ Gruppen)\\. .*"),
                editor.message());
        assertTrue(!editor.message().contains("(n)"), editor.message());
        Screenshots.save(ui.shell, "parts-de.png");
        // the German toolbar (Kontakte hinzufügen, Reduzieren, ...) does not push the title away: the editor alone in
        // the shell, wide enough for both, then narrower than the toolbar, where the title keeps a row of its own and
        // the toolbar wraps its buttons
        Label title = title(ui.shell, seg);
        Composite editorPart = title.getParent().getParent();
        for (Control other : ui.shell.getChildren()) {
            if (other != editorPart) {
                other.dispose();
            }
        }
        for (int width : new int[] { 1400, 720, 640 }) {
            ui.shell.setSize(width, 760);
            ui.shell.layout(true, true);
            while (ui.display.readAndDispatch()) {
                // paint and lay out
            }
            int wanted = title.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).x;
            assertTrue(title.getSize().x >= wanted && title.getBounds().x + wanted <= editorPart.getClientArea().width,
                    width + " px: the title gets " + title.getSize().x + " of " + wanted + " px: " + title.getText());
            // and every tool bar is whole inside the editor: they wrap onto rows instead of running off its edge
            for (Control sibling : title.getParent().getChildren()) {
                if (sibling instanceof Composite tools && !(sibling instanceof ToolBar)) {
                    int right = tools.getBounds().x + tools.getBounds().width;
                    assertTrue(right <= title.getParent().getClientArea().width, width + " px: the tool bars end at " + right);
                    for (Control bar : tools.getChildren()) {
                        assertTrue(bar.getBounds().x + bar.getBounds().width <= tools.getClientArea().width,
                                width + " px: a tool bar runs off the editor: " + bar.getBounds());
                    }
                }
            }
            if (width >= 720) {
                // an editor beside the Contacts part (about 700 px): the short German tool labels keep one row, and
                // the Interaction section stays beside General, every label and check box whole
                List<ToolBar> bars = new java.util.ArrayList<>();
                collect(title.getParent(), ToolBar.class, bars);
                assertEquals(3, bars.size());
                assertTrue(bars.stream().allMatch(b -> b.getBounds().y == bars.get(0).getBounds().y),
                        width + " px: the tool bars on one row: " + bars.stream().map(Control::getBounds).toList());
                List<Group> groups = new java.util.ArrayList<>();
                collect(editorPart, Group.class, groups);
                assertEquals(List.of("Allgemein", "Aktivit\u00e4t"), groups.stream().map(Group::getText).toList());
                assertEquals(groups.get(0).getBounds().y, groups.get(1).getBounds().y,
                        width + " px: General and Interaction side by side");
                for (Group g : groups) {
                    for (Control c : g.getChildren()) {
                        if (c instanceof Label || c instanceof Button) {
                            int full = c.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).x;
                            assertTrue(c.getSize().x >= full, width + " px: " + c + " is cut: " + c.getSize().x
                                    + " of " + full + " px");
                            assertTrue(c.getBounds().x + full <= g.getClientArea().x + g.getClientArea().width,
                                    width + " px: " + c + " runs past its group");
                        }
                    }
                }
            }
            Screenshots.save(ui.shell, "segment-editor-" + width + "-de.png");
        }
    }

    private static <T extends Control> void collect(Composite c, Class<T> type, List<T> out) {
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                out.add(type.cast(child));
            } else if (child instanceof Composite inner) {
                collect(inner, type, out);
            }
        }
    }

    /** @return the segment editor's title: the label that starts with the segment's No. */
    private static Label title(Composite c, String segmentNo) {
        for (Control child : c.getChildren()) {
            if (child instanceof Label l && l.getText().startsWith(segmentNo + "  ")) {
                return l;
            }
            if (child instanceof Composite inner) {
                Label found = title(inner, segmentNo);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theSetUpGridShowsGermanOptionValues() throws Exception {
        org.segmenta.ui.internal.setup.SetupPart part = ui.make(org.segmenta.ui.internal.setup.SetupPart.class);
        part.chooseTable(org.segmenta.core.setup.SetupTable.all()
                .indexOf(org.segmenta.core.setup.SetupTable.INTERACTION_TEMPLATES));
        ui.shell.open();
        List<String> texts = texts(ui.shell);
        Table rows = part.rows();
        List<String> cells = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : rows.getItems()) {
            for (int i = 0; i < rows.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
        }
        assertTrue(cells.contains("Ausgehend") && cells.contains("Wir"), "the rows' option values: " + cells);
        assertTrue(cells.stream().noneMatch(c -> c.equals("Outbound") || c.equals("Us") || c.equals("None")), cells.toString());
        assertTrue(texts.containsAll(List.of("Combo item: Ausgehend", "Combo item: Papier", "Combo item: Keine")),
                texts.toString());
        Screenshots.save(ui.shell, "setup-de.png");
    }

    @Test
    void theAddContactsDialogAndTheEMailPageAreGerman() throws Exception {
        CriteriaStepDialog dialog = new CriteriaStepDialog(ui.shell, CriteriaAction.ADD, BuiltInCriteriaSources.all(),
                r -> new LiveCount(3, 3, 0, 0, 1));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Kontakte hinzufügen", dialog.getShell().getText());
            List<String> own = new ArrayList<>(texts(dialog.getShell()).stream()
                    .filter(t -> t.startsWith("Button: ") || t.startsWith("Group: ")).toList());
            own.add("Shell: " + dialog.getShell().getText());
            own.add("Message: " + dialog.getMessage());
            own.add("Count: " + dialog.countText());
            assertTrue(own.contains("Button: Vorhandene Kontakte zulassen"), own.toString());
            // an option field's hint names the values in German (the filter takes them, and the model's literals)
            assertTrue(texts(dialog.getShell()).contains("Text hint: Unternehmen|Person"), texts(dialog.getShell()).toString());
            assertGerman("Kontakte hinzufügen", own);
            Screenshots.save(dialog.getShell(), "add-contacts-de.png");
        } finally {
            dialog.close();
        }
        SmtpPreferencePage page = new SmtpPreferencePage(null, null);
        Composite parent = new Composite(ui.shell, 0);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        page.createControl(parent);
        assertEquals("E-Mail", page.getTitle());
        assertTrue(page.getDescription().startsWith("Der SMTP-Server"), page.getDescription());
    }

    @Test
    void dateFieldsShowAndTakeGermanDates() throws Exception {
        String seg = services.segments().create("Nikolaus").getNo();
        services.interactions().changeHeader(seg, org.segmenta.model.SegmentaPackage.Literals.SEGMENT_HEADER__DATE,
                LocalDate.of(2026, 12, 6), false);
        SegmentEditorPart editor = ui.segmentEditor(seg);
        ui.shell.open();
        Text date = (Text) editor.field("date");
        assertEquals("06.12.2026", date.getText(), "the header's date as German dates are written");
        assertEquals(Formats.date(LocalDate.now()) + " oder jjjj-mm-tt", date.getMessage());
        // a German date, a short one and ISO are all taken
        for (String[] typed : new String[][] { { "24.12.2026", "2026-12-24" }, { "31.12.26", "2026-12-31" },
                { "2027-01-04", "2027-01-04" } }) {
            date.setText(typed[0]);
            date.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            editor.save();
            assertEquals(LocalDate.parse(typed[1]), services.segments().get(seg).orElseThrow().getDate(), typed[0]);
        }
        Screenshots.save(ui.shell, "segment-editor-date-de.png");
        // a day that does not exist: refused in German, with a German example
        date.setText("31.02.2027");
        date.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertTrue(editor.message().contains("schreiben Sie ein Datum wie 24.12.2026 oder 2026-12-24"),
                editor.message());
        editor.save();
        assertEquals(LocalDate.of(2027, 1, 4), services.segments().get(seg).orElseThrow().getDate());

        // the Add Contacts dialog's date filters take German dates too
        CriteriaStepDialog dialog = new CriteriaStepDialog(ui.shell, CriteriaAction.ADD, BuiltInCriteriaSources.all(),
                r -> new LiveCount(3, 3, 0, 0, 1));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.filterText("interactionLogEntry", "date").setText("01.12.2026..24.12.2026");
            assertEquals(null, dialog.getErrorMessage());
            dialog.filterText("interactionLogEntry", "date").setText("2026-12-01..today");
            assertEquals(null, dialog.getErrorMessage());
            dialog.filterText("interactionLogEntry", "date").setText("31.02.2026");
            assertEquals("Aktivit\u00e4tenprotokollposten \u203a Datum: Filter \"31.02.2026\": an Zeichen 1 ('3'): "
                    + "erwartet ein Datum als JJJJ-MM-TT (yyyy-MM-dd) oder 24.12.2026, oder 'today'.",
                    dialog.getErrorMessage());
            Screenshots.save(dialog.getShell(), "add-contacts-date-de.png");
        } finally {
            dialog.close();
        }
    }

    @Test
    void datesAndNumbersAreGerman() {
        assertEquals("06.12.2026", Formats.date(LocalDate.of(2026, 12, 6)));
        assertEquals("1.234,50", Formats.amount(new BigDecimal("1234.5")));
        assertEquals("300.000", Formats.count(300_000));
        assertEquals("1.440", Formats.duration(1440));
    }
}
