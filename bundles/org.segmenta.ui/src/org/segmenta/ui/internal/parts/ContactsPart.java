package org.segmenta.ui.internal.parts;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
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
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
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
        NAME(Messages.ContactsPart_nameStartsWith),
        /** the No. is the text */
        NO(Messages.ContactsPart_noIs),
        /** the city is the text */
        CITY(Messages.ContactsPart_cityIs);

        final String label;

        SearchScope(String label) {
            this.label = label;
        }
    }

    /** The details form's fields, in order: attribute → caption. */
    private static final Map<EAttribute, String> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put(Literals.CONTACT__NO, Messages.ContactsPart_no);
        FIELDS.put(Literals.CONTACT__NAME, Messages.ContactsPart_name);
        FIELDS.put(Literals.CONTACT__COMPANY_NO, Messages.ContactsPart_companyNo);
        FIELDS.put(Literals.CONTACT__FIRST_NAME, Messages.ContactsPart_firstName);
        FIELDS.put(Literals.CONTACT__SURNAME, Messages.ContactsPart_surname);
        FIELDS.put(Literals.CONTACT__JOB_TITLE, Messages.ContactsPart_jobTitle);
        FIELDS.put(Literals.CONTACT__ADDRESS, Messages.ContactsPart_address);
        FIELDS.put(Literals.CONTACT__POST_CODE, Messages.ContactsPart_postCode);
        FIELDS.put(Literals.CONTACT__CITY, Messages.ContactsPart_city);
        FIELDS.put(Literals.CONTACT__COUNTRY_REGION_CODE, Messages.ContactsPart_countryRegionCode);
        FIELDS.put(Literals.CONTACT__PHONE_NO, Messages.ContactsPart_phoneNo);
        FIELDS.put(Literals.CONTACT__EMAIL, Messages.ContactsPart_eMail);
        FIELDS.put(Literals.CONTACT__SALESPERSON_CODE, Messages.ContactsPart_salespersonCode);
        FIELDS.put(Literals.CONTACT__LANGUAGE_CODE, Messages.ContactsPart_languageCode);
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
                    say(NLS.bind(Messages.ContactsPart_stillEditingSaveOrRevert, (isNew ? Messages.ContactsPart_theNewContact : editing.getNo())));
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
        search.setMessage(Messages.ContactsPart_searchContactsEnter);
        GridDataFactory.swtDefaults().hint(240, SWT.DEFAULT).applyTo(search);
        scope = new Combo(bar, SWT.READ_ONLY);
        for (SearchScope s : SearchScope.values()) {
            scope.add(s.label);
        }
        scope.select(0);
        typeFilter = new Combo(bar, SWT.READ_ONLY);
        typeFilter.setItems(Messages.ContactsPart_companiesAndPersons, Messages.ContactsPart_companies, Messages.ContactsPart_persons);
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
        newContact.setText(Messages.ContactsPart_newContact);
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
        return List.of(new Column<>(Messages.ContactsPart_no, 8, false, Contact::getNo), new Column<>(Messages.ContactsPart_name, 22, false, Contact::getName),
                new Column<>(Messages.ContactsPart_type, 8, false, c -> shown(c.getType())),
                new Column<>(Messages.ContactsPart_companyName, 18, false, Contact::getCompanyName),
                new Column<>(Messages.ContactsPart_city, 12, false, Contact::getCity), new Column<>(Messages.ContactsPart_eMail, 18, false, Contact::getEmail),
                new Column<>(Messages.ContactsPart_phoneNo, 12, false, Contact::getPhoneNo),
                new Column<>(Messages.ContactsPart_salesperson, 8, false, Contact::getSalespersonCode));
    }

    @Override
    protected String emptyMessage() {
        return exactNo != null || query.searchName() != null || query.city() != null || query.type() != null
                ? Messages.ContactsPart_noContactMatchesTheSearch : Messages.ContactsPart_noContactsYet;
    }

    @Override
    protected String countMessage(long count) {
        return n(count) + (count == 1 ? Messages.ContactsPart_contact : Messages.ContactsPart_contacts);
    }

    // ---- details ------------------------------------------------------------------------------------------

    private void createDetails(Composite parent) {
        // the form scrolls rather than cutting off what does not fit, and takes fewer columns when it is narrow
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Group group = new Group(scroll, SWT.NONE);
        scroll.setContent(group);
        group.setText(Messages.ContactsPart_contact2);
        GridLayoutFactory.swtDefaults().numColumns(6).spacing(8, 4).applyTo(group);
        detailsTitle = new Label(group, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(detailsTitle);
        // the buttons sit beside the title, so that they stay visible however small the form gets
        Composite buttons = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.ContactsPart_save);
        save.addListener(SWT.Selection, e -> save());
        Button revert = new Button(buttons, SWT.PUSH);
        revert.setText(Messages.ContactsPart_revert);
        revert.addListener(SWT.Selection, e -> show(editing, isNew));
        delete = new Button(buttons, SWT.PUSH);
        delete.setText(Messages.ContactsPart_delete);
        delete.addListener(SWT.Selection, e -> delete());
        problems = new Label(group, SWT.WRAP);
        problems.setForeground(org.eclipse.jface.resource.JFaceResources.getColorRegistry().get(org.eclipse.jface.preference.JFacePreferences.ERROR_COLOR));
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).exclude(true).applyTo(problems);
        problems.setVisible(false);

        label(group, Messages.ContactsPart_type);
        type = new Combo(group, SWT.READ_ONLY);
        type.setItems(Messages.ContactsPart_company, Messages.ContactsPart_person);
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
        label(group, Messages.ContactsPart_correspondenceType);
        correspondence = new Combo(group, SWT.READ_ONLY);
        for (CorrespondenceType c : CorrespondenceType.VALUES) {
            correspondence.add(c == CorrespondenceType.NONE ? "" : shown(c));
        }
        exclude = new Button(group, SWT.CHECK);
        exclude.setText(Messages.ContactsPart_excludeFromSegment);
        privacy = new Button(group, SWT.CHECK);
        privacy.setText(Messages.ContactsPart_privacyBlocked);
        GridDataFactory.swtDefaults().applyTo(privacy); // fills its row, so that Notes begins the next one
        Label notesLabel = new Label(group, SWT.NONE);
        notesLabel.setText(Messages.ContactsPart_notes);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(notesLabel);
        Text notes = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(120, 48).applyTo(notes);
        notes.setData("segmenta.field", Messages.ContactsPart_notes2);
        notes.addListener(SWT.Modify, e -> updateDirty());
        texts.put(Literals.CONTACT__NOTES, notes);
        for (Control c : List.of(type, correspondence, exclude, privacy)) {
            c.addListener(SWT.Selection, e -> updateDirty());
        }
        // the title and the problems take the width there is (they do not widen the form: the title is cut, the
        // problems wrap), the notes the rest of their row
        ((GridData) detailsTitle.getLayoutData()).widthHint = 0;
        Reflow.fit(scroll, group, new int[] { 6, 4, 2 }, (columns, width) -> {
            ((GridData) detailsTitle.getLayoutData()).horizontalSpan = columns == 2 ? 2 : columns - 2;
            GridData problemsData = (GridData) problems.getLayoutData();
            problemsData.horizontalSpan = columns;
            problemsData.widthHint = width > 40 ? width - 40 : SWT.DEFAULT;
            ((GridData) notes.getLayoutData()).horizontalSpan = columns - 1;
            ((GridData) privacy.getLayoutData()).horizontalSpan = Math.max(1, columns - 3);
        });

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
            say(Messages.ContactsPart_theContactsCanBeSorted);
            return false;
        }
        query = query.sortedBy(sort, descending);
        return true;
    }

    @Override
    protected void contextMenu(org.eclipse.swt.widgets.Menu menu) {
        boolean one = selection().size() == 1;
        item(menu, Messages.ContactsPart_open, one, () -> {
            if (one) {
                texts.get(Literals.CONTACT__NAME).setFocus();
            }
        });
        item(menu, Messages.ContactsPart_newContact2, true, this::newContact);
        item(menu, Messages.ContactsPart_delete2, one && editing != null && !isNew, this::delete);
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
        String who = isNew ? Messages.ContactsPart_theNewContact2 : NLS.bind(Messages.ContactsPart_contact3, editing.getNo(), s(editing.getName()));
        int answer = org.segmenta.ui.Prompter.or(prompter).choose(save.getShell(), Messages.ContactsPart_saveContact,
                NLS.bind(Messages.ContactsPart_hasChangesThatAreNot, who), Messages.ContactsPart_save, Messages.ContactsPart_discard, Messages.ContactsPart_cancel);
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
        detailsTitle.setText(!some ? Messages.ContactsPart_selectAContactToSee
                : asNew ? Messages.ContactsPart_newContactFillInAt : contact.getNo() + "  " + s(contact.getName()));
        detailsTitle.setToolTipText(detailsTitle.getText());
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
            say((inserting ? Messages.ContactsPart_createdContact : Messages.ContactsPart_savedContact) + saved.getNo() + "."
                    + (result.duplicates().isEmpty() ? "" : NLS.bind(Messages.ContactsPart_itIsLikelyTheSame, String.join("; ", result.duplicates().stream().map(LikelyDuplicate::describe).toList()))));
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
        if (!MessageDialog.openConfirm(delete.getShell(), Messages.ContactsPart_deleteContact,
                NLS.bind(Messages.ContactsPart_deleteContact2, no, s(editing.getName())))) {
            return;
        }
        try {
            contacts.delete(no);
            show(null, false);
            say(NLS.bind(Messages.ContactsPart_deletedContact, no));
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
