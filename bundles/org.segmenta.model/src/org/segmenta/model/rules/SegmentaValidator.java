package org.segmenta.model.rules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.internal.Messages;

/**
 * The invariants of Segmenta's model, as an EMF {@link EValidator}. Each problem is a {@link Diagnostic}
 * whose message says what is wrong, on which object (its class and key), and how to fix it; its data holds
 * the object and the feature. Rules (reference design: Dynamics NAV 2017 / Business Central):
 * <ul>
 * <li>required codes and numbers are set and not blank (NAV {@code NotBlank}/{@code TestField});</li>
 * <li>cost and duration are not negative (NAV {@code MinValue = 0} on Unit Cost, Unit Duration, Cost, Duration);</li>
 * <li>a person's company is a company contact; a company's company is itself (NAV Contact.Company No.);</li>
 * <li>a language row has a Word template or an attachment, never both (NAV "You cannot use an attachment when a
 * Word template has been specified.");</li>
 * <li>an interaction template's default language has a language row (NAV table 5064 Language Code (Default));</li>
 * <li>one salutation formula per language and type; a campaign ends on or after its start.</li>
 * </ul>
 * The messages are in the user's language ({@code -nl}, else the system's; English and German), with the captions of
 * {@link Captions#shown(String)} and dates and numbers in the locale's style.
 * <p>
 * The contact rule needs the other contacts: pass a resolver under {@link #CONTACT_RESOLVER} in the context
 * map; without it the rule is skipped.
 */
public final class SegmentaValidator extends EObjectValidator {

    /** The single instance, registered for {@link SegmentaPackage} by {@link #validate(EObject, Function)}. */
    public static final SegmentaValidator INSTANCE = new SegmentaValidator();

    /** Context key: a {@code Function<String, Contact>} that finds a contact by its No., or returns null. */
    public static final String CONTACT_RESOLVER = "org.segmenta.model.contactResolver";

    /** Diagnostic source of Segmenta's own rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.segmenta.model";

    private SegmentaValidator() {
    }

    /**
     * Validates an object and everything it contains.
     *
     * @param object the object to check
     * @param contacts finds other contacts by No. for the company rule; may be {@code null} to skip that rule
     * @return the diagnostic: {@link Diagnostic#OK} or a chain whose children are the problems found
     */
    public static Diagnostic validate(EObject object, Function<String, Contact> contacts) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(SegmentaPackage.eINSTANCE, INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return label(eObject);
            }
        };
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (contacts != null) {
            context.put(CONTACT_RESOLVER, contacts);
        }
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(object);
        diagnostician.validate(object, chain, context);
        return chain;
    }

    @Override
    protected EPackage getEPackage() {
        return SegmentaPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = true;
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            ok &= checkRequired(object, attribute, diagnostics);
            ok &= checkNotNegative(object, attribute, diagnostics);
        }
        if (object instanceof Contact contact) {
            ok &= checkCompany(contact, diagnostics, context);
        } else if (object instanceof InteractionTemplateLanguage row) {
            ok &= checkOneDocument(object, row.getAttachmentNo(), row.getWordTemplateNo(), row.getLanguageCode(),
                    diagnostics);
        } else if (object instanceof SegmentInteractionLanguage row) {
            ok &= checkOneDocument(object, row.getAttachmentNo(), row.getWordTemplateNo(), row.getLanguageCode(),
                    diagnostics);
        } else if (object instanceof InteractionTemplate template) {
            ok &= checkDefaultLanguage(template, diagnostics);
        } else if (object instanceof Salutation salutation) {
            ok &= checkFormulas(salutation, diagnostics);
        } else if (object instanceof Campaign campaign) {
            ok &= checkCampaignDates(campaign, diagnostics);
        }
        return ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    private boolean checkRequired(EObject object, EAttribute attribute, DiagnosticChain diagnostics) {
        if (attribute.getLowerBound() < 1 || attribute.isMany()) {
            return true;
        }
        Object value = object.eGet(attribute);
        boolean missing = value == null || value instanceof String s && s.isBlank();
        if (!missing) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, 1, object, attribute,
                NLS.bind(Messages.Validator_required, label(object), caption(attribute)));
    }

    private boolean checkNotNegative(EObject object, EAttribute attribute, DiagnosticChain diagnostics) {
        String name = attribute.getName();
        if (!(name.equals("unitCost") || name.equals("unitDuration") || name.equals("cost") || name.equals("duration"))) {
            return true;
        }
        Object value = object.eGet(attribute);
        boolean negative = value instanceof BigDecimal d && d.signum() < 0 || value instanceof Integer i && i < 0;
        if (!negative) {
            return true;
        }
        // a duration in minutes, singular for one either side of zero ("-1 minute"), as the core's Formats.plural
        // (which the model cannot use) chooses for counts
        String message = !name.toLowerCase().contains("duration") ? Messages.Validator_negative
                : value instanceof Integer i && Math.abs(i) == 1 ? Messages.Validator_negativeMinute
                        : Messages.Validator_negativeMinutes;
        return report(diagnostics, Diagnostic.ERROR, 2, object, attribute,
                NLS.bind(message, new Object[] { label(object), caption(attribute), number(value) }));
    }

    @SuppressWarnings("unchecked")
    private boolean checkCompany(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String companyNo = contact.getCompanyNo();
        if (companyNo == null || companyNo.isBlank()) {
            return true;
        }
        EStructuralFeature feature = SegmentaPackage.Literals.CONTACT__COMPANY_NO;
        if (contact.getType() == ContactType.COMPANY) {
            if (companyNo.equals(contact.getNo())) {
                return true;
            }
            return report(diagnostics, Diagnostic.ERROR, 3, contact, feature, NLS.bind(Messages.Validator_companyNotOwn,
                    new Object[] { label(contact), Captions.shown(feature.getName()), contact.getNo(), companyNo }));
        }
        Object resolver = context == null ? null : context.get(CONTACT_RESOLVER);
        if (!(resolver instanceof Function<?, ?> f)) {
            return true;
        }
        Contact company = ((Function<String, Contact>) f).apply(companyNo);
        if (company == null) {
            return report(diagnostics, Diagnostic.ERROR, 4, contact, feature, NLS.bind(Messages.Validator_companyMissing,
                    new Object[] { label(contact), Captions.shown(feature.getName()), companyNo }));
        }
        if (company.getType() != ContactType.COMPANY) {
            return report(diagnostics, Diagnostic.ERROR, 5, contact, feature, NLS.bind(Messages.Validator_companyIsPerson,
                    new Object[] { label(contact), Captions.shown(feature.getName()), companyNo }));
        }
        return true;
    }

    private boolean checkOneDocument(EObject row, Long attachmentNo, Long wordTemplateNo, String language,
            DiagnosticChain diagnostics) {
        if (attachmentNo == null || wordTemplateNo == null) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, 6, row, row.eClass().getEStructuralFeature("attachmentNo"),
                NLS.bind(Messages.Validator_oneDocument, label(row), language == null ? "" : language));
    }

    private boolean checkDefaultLanguage(InteractionTemplate template, DiagnosticChain diagnostics) {
        String code = template.getLanguageCodeDefault();
        if (code == null || code.isBlank()) {
            return true;
        }
        for (InteractionTemplateLanguage row : template.getLanguages()) {
            if (code.equals(row.getLanguageCode())) {
                return true;
            }
        }
        return report(diagnostics, Diagnostic.ERROR, 7, template,
                SegmentaPackage.Literals.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT,
                NLS.bind(Messages.Validator_defaultLanguage, label(template), code));
    }

    private boolean checkFormulas(Salutation salutation, DiagnosticChain diagnostics) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (SalutationFormula formula : salutation.getFormulas()) {
            String language = formula.getLanguageCode() == null ? "" : formula.getLanguageCode();
            if (!seen.add(language + "\u0000" + formula.getSalutationType())) {
                ok &= report(diagnostics, Diagnostic.ERROR, 8, formula, SegmentaPackage.Literals.SALUTATION_FORMULA__LANGUAGE_CODE,
                        NLS.bind(Messages.Validator_twoFormulas, new Object[] { label(salutation),
                                Captions.shown(formula.getSalutationType()).toLowerCase(Locale.getDefault()), language }));
            }
        }
        return ok;
    }

    private boolean checkCampaignDates(Campaign campaign, DiagnosticChain diagnostics) {
        if (campaign.getStartingDate() == null || campaign.getEndingDate() == null
                || !campaign.getEndingDate().isBefore(campaign.getStartingDate())) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, 9, campaign, SegmentaPackage.Literals.CAMPAIGN__ENDING_DATE,
                NLS.bind(Messages.Validator_campaignDates, new Object[] { label(campaign),
                        date(campaign.getEndingDate()), date(campaign.getStartingDate()),
                        Captions.shown(SegmentaPackage.Literals.CAMPAIGN__ENDING_DATE.getName()) }));
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object,
            EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message,
                    new Object[] { object, feature }));
        }
        return severity != Diagnostic.ERROR;
    }

    /**
     * @param object a model object
     * @return how users call it, in their language: its class in words and its key, for example
     *         {@code Contact CT000001} or {@code Interaction Template LETTER} ({@code Kontakt CT000001} in German)
     */
    public static String label(EObject object) {
        String type = Captions.shownClass(object.eClass().getName());
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isID()) {
                Object key = object.eGet(attribute);
                return key == null || key.toString().isBlank() ? NLS.bind(Messages.Label_new, type) : type + " " + key;
            }
        }
        EObject container = object.eContainer();
        return container == null ? type : NLS.bind(Messages.Label_of, type, label(container));
    }

    private static String caption(EAttribute attribute) {
        return Captions.shown(attribute.getName());
    }

    /*
     * Dates and numbers in the user's locale as org.segmenta.core.format.Formats shows them (the model cannot use
     * core, which depends on it): medium date style, a decimal with its own scale and the locale's separators.
     */
    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault(Locale.Category.FORMAT))
                .format(date);
    }

    private static String number(Object value) {
        if (value instanceof BigDecimal d) {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
            f.setMinimumFractionDigits(Math.max(0, d.scale()));
            f.setMaximumFractionDigits(Math.max(0, d.scale()));
            return f.format(d);
        }
        return value instanceof Number n ? NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT))
                .format(n.longValue()) : String.valueOf(value);
    }
}
