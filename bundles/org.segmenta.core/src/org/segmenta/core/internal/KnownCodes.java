package org.segmenta.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.rules.Codes;
import org.segmenta.core.rules.CodeCheck;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.Reference;
import org.segmenta.core.store.StoreSession;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.rules.Captions;
import org.segmenta.model.rules.SegmentaValidator;

/**
 * Code fields of set-up rows and contacts: normalised (stripped, upper case: the reference design's Code type) and
 * checked to name a stored row (the reference design's TableRelation), collecting every problem before refusing.
 */
final class KnownCodes {

    private final StoreSession session;
    private final List<Diagnostic> problems = new ArrayList<>();

    KnownCodes(StoreSession session) {
        this.session = session;
    }

    /**
     * @param code a code as typed
     * @return it stripped and upper-cased, or null when blank
     */
    static String normalize(String code) {
        return Codes.normalise(code);
    }

    /**
     * Normalises every code field of {@code root} and what it contains: attributes named {@code code}, ending in
     * {@code Code}, and the Nos. that are keys or refer to keys ({@code no} of a campaign or contact,
     * {@code companyNo}, {@code campaignNo}).
     *
     * @param root the object, changed in place
     */
    static void normalizeAll(EObject root) {
        normalizeOne(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            normalizeOne(it.next());
        }
    }

    private static void normalizeOne(EObject o) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a.isMany() || a.getEAttributeType().getInstanceClass() != String.class) {
                continue;
            }
            String n = a.getName();
            if (n.equals("code") || n.endsWith("Code") || n.equals("companyNo") || n.equals("campaignNo")
                    || n.equals("no") && a.isID()) {
                Object v = o.eGet(a);
                if (v != null) {
                    o.eSet(a, normalize((String) v));
                }
            }
        }
    }

    /**
     * Checks that {@code code} is a stored row of the table for {@code target}; remembers a problem otherwise.
     *
     * @param owner the object with the field
     * @param attribute the field
     * @param target what it refers to
     */
    KnownCodes require(EObject owner, EAttribute attribute, Reference.Target target) {
        String code = (String) owner.eGet(attribute);
        if (code == null || code.isBlank()) {
            return this;
        }
        if (CodeCheck.checks(attribute)) {
            // the one message (and the blocked-salesperson rule) of the services' code check
            CodeCheck.problem(session, attribute, code).ifPresent(m -> problems.add(new BasicDiagnostic(Diagnostic.ERROR,
                    SegmentaValidator.DIAGNOSTIC_SOURCE, 100, SegmentaValidator.label(owner) + ": " + m,
                    new Object[] { owner, attribute })));
            return this;
        }
        SetupTable<?> table = SetupTable.of(target).orElseThrow();
        if (!table.repository(session).exists(code)) {
            problems.add(new BasicDiagnostic(Diagnostic.ERROR, SegmentaValidator.DIAGNOSTIC_SOURCE, 100,
                    Formats.bind(Messages.Core_codeUnknown, new Object[] { SegmentaValidator.label(owner),
                            Captions.shown(attribute.getName()), code,
                            inText(table), table.name() }),
                    new Object[] { owner, attribute }));
        }
        return this;
    }

    /**
     * @param table a set-up table
     * @return how a sentence names one of its rows: with an article in English ("a salesperson"), as the table's
     *         caption in German ("Verkäufer"), whose grammar the German text carries
     */
    static String inText(SetupTable<?> table) {
        return german() ? noun(table) : article(noun(table));
    }

    /**
     * @param table a set-up table
     * @return its rows' name inside a sentence: lower case in English ("salesperson"), with the capital in German
     */
    static String noun(SetupTable<?> table) {
        return german() ? Captions.shownClass(table.eClass().getName()) : table.caption().toLowerCase(Locale.ROOT);
    }

    private static boolean german() {
        return Locale.getDefault().getLanguage().equals(Locale.GERMAN.getLanguage());
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * @param owner what was checked
     * @param message a further problem, complete
     */
    void problem(EObject owner, String message) {
        problems.add(new BasicDiagnostic(Diagnostic.ERROR, SegmentaValidator.DIAGNOSTIC_SOURCE, 101, message,
                new Object[] { owner }));
    }

    /** @throws ValidationException with every problem found, when there is one */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        BasicDiagnostic chain = new BasicDiagnostic(Diagnostic.ERROR, SegmentaValidator.DIAGNOSTIC_SOURCE, 0,
                Messages.Core_unknownCodes, null);
        problems.forEach(chain::add);
        throw new ValidationException(chain);
    }
}
