package org.segmenta.ui.internal.fields;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalListener2;
import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.rules.CodeChoice;
import org.segmenta.core.setup.SetupService;

/**
 * A code field as Business Central's lookups work: while typing (or with Ctrl+Space) it proposes the codes the
 * field accepts as {@code code · name} (from {@link SetupService#codeChoices}), choosing one puts the code in; when
 * the field is left, an unknown or blocked code is refused beside it, with an error decoration whose text is the
 * service's own check ({@link SetupService#checkCode}: no rule here).
 */
public final class CodeField {

    private static final String ASSIST_KEY = "Ctrl+Space";
    private static final String HINT = NLS.bind(Messages.CodeField_typeACodeOrA, Messages.CodeField_assistKey);
    private static final char[] ACTIVATION = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final Control control;
    private final IControlContentAdapter content;
    private final EAttribute field;
    private final SetupService setup;
    private final ControlDecoration decoration;
    private final ContentProposalAdapter adapter;
    private List<CodeChoice> choices;
    private String problem;
    private boolean popupOpen;
    private java.util.function.Consumer<String> told = p -> {
    };

    private CodeField(Control control, IControlContentAdapter content, EAttribute field, SetupService setup) {
        this.control = control;
        this.content = content;
        this.field = field;
        this.setup = setup;
        // its error image is set when a refusal first shows: JFace's decoration registry loads all its images at once
        // (the first images of a start, with GTK's image loaders), which a window's start would pay for nothing
        decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setMarginWidth(1);
        decoration.hide();
        KeyStroke ctrlSpace;
        try {
            ctrlSpace = KeyStroke.getInstance(ASSIST_KEY);
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            ctrlSpace = null;
        }
        adapter = new ContentProposalAdapter(control, content, (contents, position) -> proposals(contents),
                ctrlSpace, ACTIVATION);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        adapter.setPropagateKeys(true);
        adapter.addContentProposalListener(new IContentProposalListener2() {
            @Override
            public void proposalPopupOpened(ContentProposalAdapter a) {
                popupOpen = true;
            }

            @Override
            public void proposalPopupClosed(ContentProposalAdapter a) {
                popupOpen = false;
            }
        });
        adapter.addContentProposalListener(p -> check());
        control.setToolTipText(HINT);
        control.addListener(SWT.FocusIn, e -> choices = null);
        control.addListener(SWT.FocusOut, e -> {
            if (!popupOpen) {
                check();
            }
        });
        control.addListener(SWT.DefaultSelection, e -> check());
        control.addListener(SWT.Modify, e -> {
            if (problem != null && text().isBlank()) {
                check();
            }
        });
    }

    /**
     * @param text a text field
     * @param field the code field it edits (for example {@code Literals.CONTACT__SALESPERSON_CODE})
     * @param setup the set-up service; null leaves the field plain
     * @return the code field, or null when there is no service or the field refers to no set-up table
     */
    public static CodeField attach(Text text, EAttribute field, SetupService setup) {
        return setup == null ? null : new CodeField(text, new TextContentAdapter(), field, setup);
    }

    /**
     * @param combo an editable combo
     * @param field the code field it edits
     * @param setup the set-up service; null leaves the field plain
     * @return the code field, or null when there is no service
     */
    public static CodeField attach(Combo combo, EAttribute field, SetupService setup) {
        return setup == null ? null : new CodeField(combo, new ComboContentAdapter(), field, setup);
    }

    private String text() {
        return content.getControlContents(control).strip();
    }

    /** @return the choices, read once per visit of the field */
    public List<CodeChoice> choices() {
        if (choices == null) {
            try {
                choices = setup.codeChoices(field);
            } catch (RuntimeException e) {
                choices = List.of();
            }
        }
        return choices;
    }

    private IContentProposal[] proposals(String contents) {
        String typed = contents == null ? "" : contents.strip().toLowerCase(Locale.ROOT);
        List<IContentProposal> result = new ArrayList<>();
        for (CodeChoice c : choices()) {
            if (typed.isEmpty() || c.code().toLowerCase(Locale.ROOT).startsWith(typed)
                    || c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(typed)) {
                result.add(new ContentProposal(c.code(), c.label(), null));
            }
        }
        return result.toArray(IContentProposal[]::new);
    }

    /**
     * @param contents what is typed
     * @return the labels the field would propose for it ({@code code · name}), for tests
     */
    public List<String> proposalLabels(String contents) {
        return java.util.Arrays.stream(proposals(contents)).map(IContentProposal::getLabel).toList();
    }

    /**
     * Checks the field's code with the service and shows or hides the refusal beside it.
     *
     * @return what is wrong, or empty when the code is fine (or blank)
     */
    public Optional<String> check() {
        if (control.isDisposed()) {
            return Optional.empty();
        }
        Optional<String> found;
        try {
            found = setup.checkCode(field, text());
        } catch (RuntimeException e) {
            found = Optional.ofNullable(e.getMessage());
        }
        problem = found.orElse(null);
        if (problem == null) {
            decoration.hide();
            decoration.setDescriptionText(null);
        } else {
            if (decoration.getImage() == null) {
                decoration.setImage(FieldDecorationRegistry.getDefault()
                        .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            }
            decoration.setDescriptionText(problem);
            decoration.show();
        }
        told.accept(problem);
        return found;
    }

    /**
     * @param listener also told the refusal (or null when the code is fine) after each check, for a part's message line
     * @return this
     */
    public CodeField onCheck(java.util.function.Consumer<String> listener) {
        told = listener == null ? p -> {
        } : listener;
        return this;
    }

    /** @return the refusal shown beside the field, or null when there is none */
    public String problem() {
        return problem;
    }

    /** @return whether the refusal's decoration is shown beside the field (when the field itself is visible) */
    public boolean refusing() {
        return problem != null && decoration.getDescriptionText() != null;
    }

    /** @return the field's control */
    public Control control() {
        return control;
    }

    /** @return whether the list of proposals is open */
    public boolean isProposalPopupOpen() {
        return popupOpen;
    }

    /** Hides the refusal (when the form shows another row). */
    public void clear() {
        problem = null;
        decoration.hide();
        decoration.hideHover();
    }
}
