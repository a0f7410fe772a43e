package org.segmenta.model.rules;

import java.math.BigDecimal;
import java.util.HashSet;
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
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentaPackage;

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
                label(object) + ": " + caption(attribute) + " must have a value; fill it in.");
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
        String unit = name.toLowerCase().contains("duration") ? " minutes" : "";
        return report(diagnostics, Diagnostic.ERROR, 2, object, attribute, label(object) + ": " + caption(attribute)
                + " is " + value + unit + " but cannot be negative. Enter 0 or more.");
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
            return report(diagnostics, Diagnostic.ERROR, 3, contact, feature, label(contact)
                    + " is a company, so its Company No. must be its own No. (" + contact.getNo() + ") or empty, not "
                    + companyNo + ". Clear Company No., or make the contact a person.");
        }
        Object resolver = context == null ? null : context.get(CONTACT_RESOLVER);
        if (!(resolver instanceof Function<?, ?> f)) {
            return true;
        }
        Contact company = ((Function<String, Contact>) f).apply(companyNo);
        if (company == null) {
            return report(diagnostics, Diagnostic.ERROR, 4, contact, feature, label(contact) + ": Company No. "
                    + companyNo + " is not a contact. Choose an existing company contact.");
        }
        if (company.getType() != ContactType.COMPANY) {
            return report(diagnostics, Diagnostic.ERROR, 5, contact, feature, label(contact) + ": Company No. "
                    + companyNo + " is a person, not a company. Choose a company contact.");
        }
        return true;
    }

    private boolean checkOneDocument(EObject row, Long attachmentNo, Long wordTemplateNo, String language,
            DiagnosticChain diagnostics) {
        if (attachmentNo == null || wordTemplateNo == null) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, 6, row, row.eClass().getEStructuralFeature("attachmentNo"),
                label(row) + " (language '" + (language == null ? "" : language)
                        + "') has both an attachment and a Word template; it may have one of them. Remove the attachment or the Word template.");
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
                label(template) + ": the default language " + code
                        + " has no language row. Add a language row for " + code + " first, or choose another default.");
    }

    private boolean checkFormulas(Salutation salutation, DiagnosticChain diagnostics) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (SalutationFormula formula : salutation.getFormulas()) {
            String language = formula.getLanguageCode() == null ? "" : formula.getLanguageCode();
            if (!seen.add(language + "\u0000" + formula.getSalutationType())) {
                ok &= report(diagnostics, Diagnostic.ERROR, 8, formula, SegmentaPackage.Literals.SALUTATION_FORMULA__LANGUAGE_CODE,
                        label(salutation) + " has two " + formula.getSalutationType().getLiteral().toLowerCase()
                                + " formulas for language '" + language + "'. Keep one of them.");
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
                label(campaign) + " ends on " + campaign.getEndingDate() + ", before it starts on "
                        + campaign.getStartingDate() + ". Correct the Ending Date.");
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
     * @return how users call it: its class in words and its key, for example {@code Contact CT000001} or
     *         {@code Interaction Template LETTER}
     */
    public static String label(EObject object) {
        String type = Captions.of(object.eClass().getName());
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isID()) {
                Object key = object.eGet(attribute);
                return key == null || key.toString().isBlank() ? "A new " + type : type + " " + key;
            }
        }
        EObject container = object.eContainer();
        return container == null ? type : type + " of " + label(container);
    }

    private static String caption(EAttribute attribute) {
        return switch (attribute.getName()) {
        case "unitDuration" -> "Unit Duration (Min.)";
        case "duration" -> "Duration (Min.)";
        default -> Captions.of(attribute.getName());
        };
    }
}
