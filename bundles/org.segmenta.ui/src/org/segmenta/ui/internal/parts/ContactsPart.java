package org.segmenta.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.contact.LikelyDuplicate;
import org.segmenta.core.contact.SavedContact;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Contacts part: companies and persons, the people segments reach. A virtual table over every contact with a
 * quick search (name, No. or city) and a details form below it to create, edit and delete contacts; the store's
 * validation messages appear in the form. Source: NAV page 5052 Contact List and card 5050.
 */
public final class ContactsPart extends ListPart<Contact> {

    /** What the quick search looks in. */
    public enum SearchScope {
        /** the search name starts with the text */
        NAME("Name starts with"),
        /** the No. is the text */
        NO("No. is"),
        /** the city is the text */
        CITY("City is");

        final String label;

        SearchScope(String label) {
            this.label = label;
        }
    }

    /** The details form's fields, in order: attribute → caption. */
    private static final Map<EAttribute, String> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put(Literals.CONTACT__NO, "No.");
        FIELDS.put(Literals.CONTACT__NAME, "Name");
        FIELDS.put(Literals.CONTACT__COMPANY_NO, "Company No.");
        FIELDS.put(Literals.CONTACT__FIRST_NAME, "First Name");
        FIELDS.put(Literals.CONTACT__SURNAME, "Surname");
        FIELDS.put(Literals.CONTACT__JOB_TITLE, "Job Title");
        FIELDS.put(Literals.CONTACT__ADDRESS, "Address");
        FIELDS.put(Literals.CONTACT__POST_CODE, "Post Code");
        FIELDS.put(Literals.CONTACT__CITY, "City");
        FIELDS.put(Literals.CONTACT__COUNTRY_REGION_CODE, "Country/Region Code");
        FIELDS.put(Literals.CONTACT__PHONE_NO, "Phone No.");
        FIELDS.put(Literals.CONTACT__EMAIL, "E-Mail");
        FIELDS.put(Literals.CONTACT__SALESPERSON_CODE, "Salesperson Code");
        FIELDS.put(Literals.CONTACT__LANGUAGE_CODE, "Language Code");
    }

    /** The background of a field a validation message names. */

    @Inject
    Store store;

    @Inject
    ContactService contacts;

    @Inject
    @Optional
    org.segmenta.ui.Prompter prompter;

    @Inject
    @Optional
    org.eclipse.e4.ui.model.application.ui.basic.MPart part;

    @Inject
    @Optional
    IEventBroker events;

    @Inject
    @Optional
    org.segmenta.core.setup.SetupService setup;

    /** The code fields of the form (salesperson, language), with their choices and refusals. */
    private final Map<EAttribute, org.segmenta.ui.internal.fields.CodeField> codeFields = new LinkedHashMap<>();

    private Text search;
    private Combo scope;
    private Combo typeFilter;
    private volatile ContactQuery query = ContactQuery.all();
    private volatile String exactNo;

    private Label detailsTitle;
    private Label problems;
    private Combo type;
    private Combo correspondence;
    private Button exclude;
    private Button privacy;
    private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
    private Button save;
    private Button delete;
    private Contact editing;
    private boolean isNew;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().create());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite list = new Composite(sash, SWT.NONE);
        createControls(list);
        createDetails(sash);
        sash.setWeights(62, 38);
        getViewer().addSelectionChangedListener(e -> {
            List<Contact> sel = selection();
            if (sel.size() == 1) {
                if (editing != null && !isNew && java.util.Objects.equals(editing.getNo(), sel.get(0).getNo())) {
                    return;
                }
                if (!mayLeave()) {
                    say("Still editing " + (isNew ? "the new contact" : editing.getNo()) + ": save or revert first.");
                    return;
                }
                show(sel.get(0), false);
            }
        });
        show(null, false);
    }

    @Override
    protected void createBar(Composite bar) {
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage("Search contacts (Enter)");
        GridDataFactory.swtDefaults().hint(240, SWT.DEFAULT).applyTo(search);
        scope = new Combo(bar, SWT.READ_ONLY);
        for (SearchScope s : SearchScope.values()) {
            scope.add(s.label);
        }
        scope.select(0);
        typeFilter = new Combo(bar, SWT.READ_ONLY);
        typeFilter.setItems("Companies and persons", "Companies", "Persons");
        typeFilter.select(0);
        search.addListener(SWT.DefaultSelection, e -> applySearch());
        search.addListener(SWT.Modify, e -> {
            if (search.getText().isEmpty()) {
                applySearch();
            }
        });
        scope.addListener(SWT.Selection, e -> applySearch());
        typeFilter.addListener(SWT.Selection, e -> applySearch());
        Button newContact = new Button(bar, SWT.PUSH);
        newContact.setText("New Contact");
        newContact.addListener(SWT.Selection, e -> newContact());
    }

    /**
     * Searches as the bar says: by name prefix, exact No. or exact city, and by type.
     */
    public void applySearch() {
        String text = search.getText().strip();
        SearchScope s = SearchScope.values()[Math.max(0, scope.getSelectionIndex())];
        ContactQuery q = ContactQuery.all();
        exactNo = null;
        if (!text.isEmpty()) {
            switch (s) {
            case NAME -> q = q.withSearchName(text).sortedBy(ContactQuery.ContactSort.SEARCH_NAME, false);
            case NO -> exactNo = text.toUpperCase(java.util.Locale.ROOT);
            case CITY -> q = q.withCity(text);
            }
        }
        int t = typeFilter.getSelectionIndex();
        if (t > 0) {
            q = q.withType(t == 1 ? ContactType.COMPANY : ContactType.PERSON);
        }
        query = q;
        refreshToTop();
    }

    /**
     * @param text what to search for
     * @param searchScope where to look
     */
    public void search(String text, SearchScope searchScope) {
        scope.select(searchScope.ordinal());
        search.setText(text);
        applySearch();
    }

    @Override
    protected PagedContent.Source<Contact> source() {
        return new PagedContent.Source<>() {
            @Override
            public long count() {
                String no = exactNo;
                ContactQuery q = query;
                if (no != null) {
                    return store.read(s -> s.contacts().get(no).filter(c -> q.type() == null || c.getType() == q.type())
                            .isPresent() ? 1L : 0L);
                }
                return store.read(s -> s.contacts().count(q));
            }

            @Override
            public List<Contact> page(int offset, int limit) {
                String no = exactNo;
                if (no != null) {
                    return store.read(s -> s.contacts().get(no).map(List::of).orElse(List.of()));
                }
                ContactQuery q = query.page(offset, limit);
                return store.read(s -> s.contacts().find(q));
            }
        };
    }

    @Override
    protected List<Column<Contact>> columns() {
        return List.of(new Column<>("No.", 8, false, Contact::getNo), new Column<>("Name", 22, false, Contact::getName),
                new Column<>("Type", 8, false, c -> literal(c.getType()).isEmpty() ? "Company" : literal(c.getType())),
                new Column<>("Company Name", 18, false, Contact::getCompanyName),
                new Column<>("City", 12, false, Contact::getCity), new Column<>("E-Mail", 18, false, Contact::getEmail),
                new Column<>("Phone No.", 12, false, Contact::getPhoneNo),
                new Column<>("Salesperson", 8, false, Contact::getSalespersonCode));
    }

    @Override
    protected String emptyMessage() {
        return exactNo != null || query.searchName() != null || query.city() != null || query.type() != null
                ? "No contact matches the search." : "No contacts yet.";
    }

    @Override
    protected String countMessage(long count) {
        return n(count) + (count == 1 ? " contact" : " contacts");
    }

    // ---- details ------------------------------------------------------------------------------------------

    private void createDetails(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Contact");
        GridLayoutFactory.swtDefaults().numColumns(6).spacing(8, 4).applyTo(group);
        detailsTitle = new Label(group, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(detailsTitle);
        // the buttons sit beside the title, so that they stay visible however small the form gets
        Composite buttons = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        save = new Button(buttons, SWT.PUSH);
        save.setText("Save");
        save.addListener(SWT.Selection, e -> save());
        Button revert = new Button(buttons, SWT.PUSH);
        revert.setText("Revert");
        revert.addListener(SWT.Selection, e -> show(editing, isNew));
        delete = new Button(buttons, SWT.PUSH);
        delete.setText("Delete");
        delete.addListener(SWT.Selection, e -> delete());
        problems = new Label(group, SWT.WRAP);
        problems.setForeground(org.eclipse.jface.resource.JFaceResources.getColorRegistry().get(org.eclipse.jface.preference.JFacePreferences.ERROR_COLOR));
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).exclude(true).applyTo(problems);
        problems.setVisible(false);

        label(group, "Type");
        type = new Combo(group, SWT.READ_ONLY);
        type.setItems("Company", "Person");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(type);
        for (Map.Entry<EAttribute, String> f : FIELDS.entrySet()) {
            label(group, f.getValue());
            Text t = new Text(group, SWT.BORDER | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(t);
            t.setData("segmenta.field", f.getValue());
            t.addListener(SWT.Modify, e -> updateDirty());
            texts.put(f.getKey(), t);
            if (f.getKey() == Literals.CONTACT__SALESPERSON_CODE || f.getKey() == Literals.CONTACT__LANGUAGE_CODE) {
                var code = org.segmenta.ui.internal.fields.CodeField.attach(t, f.getKey(), setup);
                if (code != null) {
                    codeFields.put(f.getKey(), code);
                }
            }
        }
        label(group, "Correspondence Type");
        correspondence = new Combo(group, SWT.READ_ONLY);
        for (CorrespondenceType c : CorrespondenceType.VALUES) {
            correspondence.add(c == CorrespondenceType.NONE ? "" : c.getLiteral());
        }
        exclude = new Button(group, SWT.CHECK);
        exclude.setText("Exclude from Segment");
        privacy = new Button(group, SWT.CHECK);
        privacy.setText("Privacy Blocked");
        Label notesLabel = new Label(group, SWT.NONE);
        notesLabel.setText("Notes:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(notesLabel);
        Text notes = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(120, 48).applyTo(notes);
        notes.setData("segmenta.field", "Notes");
        notes.addListener(SWT.Modify, e -> updateDirty());
        texts.put(Literals.CONTACT__NOTES, notes);
        for (Control c : List.of(type, correspondence, exclude, privacy)) {
            c.addListener(SWT.Selection, e -> updateDirty());
        }

    }

    private static void label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text + ":");
    }

    @Override
    protected boolean sortBy(int column, boolean descending) {
        ContactQuery.ContactSort sort = switch (column) {
            case 0 -> ContactQuery.ContactSort.NO;
            case 1 -> ContactQuery.ContactSort.SEARCH_NAME;
            case 3 -> ContactQuery.ContactSort.COMPANY;
            case 4 -> ContactQuery.ContactSort.CITY;
            default -> null;
        };
        if (sort == null) {
            say("The contacts can be sorted by No., Name, Company Name and City.");
            return false;
        }
        query = query.sortedBy(sort, descending);
        return true;
    }

    @Override
    protected void contextMenu(org.eclipse.swt.widgets.Menu menu) {
        boolean one = selection().size() == 1;
        item(menu, "&Open", one, () -> {
            if (one) {
                texts.get(Literals.CONTACT__NAME).setFocus();
            }
        });
        item(menu, "&New Contact", true, this::newContact);
        item(menu, "&Delete...", one && editing != null && !isNew, this::delete);
    }

    /** @return whether the form holds edits not saved yet */
    public boolean changed() {
        if (editing == null) {
            return false;
        }
        for (Map.Entry<EAttribute, Text> f : texts.entrySet()) {
            if (!f.getValue().getText().strip().equals(s(editing.eGet(f.getKey())).strip())) {
                return true;
            }
        }
        return type.getSelectionIndex() != (editing.getType() == ContactType.PERSON ? 1 : 0)
                || correspondence.getSelectionIndex() != (editing.getCorrespondenceType() == null ? 0
                        : editing.getCorrespondenceType().getValue())
                || exclude.getSelection() != editing.isExcludeFromSegment()
                || privacy.getSelection() != editing.isPrivacyBlocked();
    }

    /**
     * Before the form shows another contact: when it holds edits, asks Save / Discard / Cancel.
     *
     * @return whether the form may show another contact (saved, discarded, or nothing to lose)
     */
    public boolean mayLeave() {
        if (!changed()) {
            return true;
        }
        String who = isNew ? "The new contact" : "Contact " + editing.getNo() + " " + s(editing.getName());
        int answer = org.segmenta.ui.Prompter.or(prompter).choose(save.getShell(), "Save Contact",
                who + " has changes that are not saved. Save them?", "Save", "Discard", "Cancel");
        if (answer == 0) {
            save();
            return !changed();
        }
        if (answer == 1) {
            show(editing, isNew);
            return true;
        }
        return false;
    }

    /** Ctrl+S and File › Save on the Contacts part, and the workbench's question on exit. */
    @org.eclipse.e4.ui.di.Persist
    public void persist() {
        save();
    }

    private void updateDirty() {
        if (part != null) {
            part.setDirty(changed());
        }
    }

    /** Opens an empty form for a new contact. */
    public void newContact() {
        if (!mayLeave()) {
            return;
        }
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setType(ContactType.PERSON);
        // Window › Preferences › Defaults (the service checks them when the contact is saved)
        String salesperson = org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DEFAULT_SALESPERSON);
        String language = org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DEFAULT_LANGUAGE);
        c.setSalespersonCode(salesperson.isBlank() ? null : salesperson.strip());
        c.setLanguageCode(language.isBlank() ? null : language.strip());
        show(c, true);
        texts.get(Literals.CONTACT__NO).setFocus();
    }

    private void show(Contact contact, boolean asNew) {
        editing = contact;
        isNew = asNew;
        boolean some = contact != null;
        detailsTitle.setText(!some ? "Select a contact to see and edit it, or choose New Contact."
                : asNew ? "New contact: fill in at least No. and Name, then Save." : contact.getNo() + "  " + s(contact.getName()));
        problems(List.of());
        codeFields.values().forEach(org.segmenta.ui.internal.fields.CodeField::clear);
        for (Map.Entry<EAttribute, Text> f : texts.entrySet()) {
            f.getValue().setText(some ? s(contact.eGet(f.getKey())) : "");
            f.getValue().setEnabled(some);
        }
        texts.get(Literals.CONTACT__NO).setEditable(asNew);
        type.select(some && contact.getType() == ContactType.PERSON ? 1 : 0);
        correspondence.select(some && contact.getCorrespondenceType() != null ? contact.getCorrespondenceType().getValue() : 0);
        exclude.setSelection(some && contact.isExcludeFromSegment());
        privacy.setSelection(some && contact.isPrivacyBlocked());
        for (Control c : List.of(type, correspondence, exclude, privacy, save)) {
            c.setEnabled(some);
        }
        delete.setEnabled(some && !asNew);
        updateDirty();
    }

    private void problems(List<String> messages) {
        problems.setText(String.join("\n", messages));
        problems.setVisible(!messages.isEmpty());
        ((org.eclipse.swt.layout.GridData) problems.getLayoutData()).exclude = messages.isEmpty();
        // mark the fields the messages name; longer captions first, so that "Company No." does not also mark "No."
        java.util.Set<String> named = new java.util.HashSet<>();
        List<String> captions = texts.values().stream().map(t -> (String) t.getData("segmenta.field"))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String m : messages) {
            String rest = m;
            for (String caption : captions) {
                if (rest.contains(caption)) {
                    named.add(caption);
                    rest = rest.replace(caption, "\u0000");
                }
            }
        }
        for (Text t : texts.values()) {
            boolean bad = named.contains(t.getData("segmenta.field"));
            t.setForeground(bad ? org.eclipse.jface.resource.JFaceResources.getColorRegistry().get(org.eclipse.jface.preference.JFacePreferences.ERROR_COLOR) : null);
        }
        problems.getParent().layout(true, true);
    }

    /** Saves the form: inserts a new contact or updates the one shown; the store's messages appear in the form. */
    public void save() {
        if (editing == null) {
            return;
        }
        Contact c = EcoreUtil.copy(editing);
        for (Map.Entry<EAttribute, Text> f : texts.entrySet()) {
            String v = f.getValue().getText().strip();
            c.eSet(f.getKey(), v.isEmpty() ? null : v);
        }
        c.setType(type.getSelectionIndex() == 1 ? ContactType.PERSON : ContactType.COMPANY);
        c.setCorrespondenceType(CorrespondenceType.get(Math.max(0, correspondence.getSelectionIndex())));
        c.setExcludeFromSegment(exclude.getSelection());
        c.setPrivacyBlocked(privacy.getSelection());
        boolean inserting = isNew;
        try {
            SavedContact result = inserting ? contacts.create(c) : contacts.change(c);
            Contact saved = result.contact();
            show(saved, false);
            say((inserting ? "Created contact " : "Saved contact ") + saved.getNo() + "."
                    + (result.duplicates().isEmpty() ? "" : " It is likely the same as "
                            + String.join("; ", result.duplicates().stream().map(LikelyDuplicate::describe).toList())
                            + "."));
            refreshSoon();
        } catch (ValidationException e) {
            problems(e.messages());
        } catch (StoreException | IllegalArgumentException e) {
            problems(List.of(e.getMessage()));
        }
    }

    private void delete() {
        if (editing == null || isNew) {
            return;
        }
        String no = editing.getNo();
        if (!MessageDialog.openConfirm(delete.getShell(), "Delete Contact",
                "Delete contact " + no + " " + s(editing.getName()) + "?")) {
            return;
        }
        try {
            contacts.delete(no);
            show(null, false);
            say("Deleted contact " + no + ".");
            refreshSoon();
        } catch (StoreException e) {
            problems(List.of(e.getMessage()));
        }
    }

    /** The contact service posts the change; without an event broker (a bare part) the list is read again here. */
    private void refreshSoon() {
        if (events == null) {
            refresh();
        }
    }

    /** @return the problems shown in the details form, one per line; empty when none */
    public String problemsText() {
        return problems.getVisible() ? problems.getText() : "";
    }

    /**
     * @param caption a field caption, for example {@code "Name"}
     * @return the details form's text field with that caption
     */
    public Text field(String caption) {
        return texts.values().stream().filter(t -> caption.equals(t.getData("segmenta.field"))).findFirst().orElseThrow();
    }

    /**
     * @param attribute a code field of the form ({@code Literals.CONTACT__SALESPERSON_CODE} or {@code ..LANGUAGE_CODE})
     * @return its choices and refusal, or null without a set-up service
     */
    public org.segmenta.ui.internal.fields.CodeField codeField(EAttribute attribute) {
        return codeFields.get(attribute);
    }

    @Inject
    @Optional
    void contactsChanged(@UIEventTopic(SegmentaEvents.CONTACTS_CHANGED) Object data) {
        refresh();
    }

    @Focus
    void focus() {
        search.setFocus();
    }
}
