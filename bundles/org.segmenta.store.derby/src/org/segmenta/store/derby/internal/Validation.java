package org.segmenta.store.derby.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Contact;
import org.segmenta.model.rules.Captions;
import org.segmenta.model.rules.SegmentaValidator;

/** Checks an object before it is written: the model's rules, then whether its texts fit their columns. */
final class Validation {

    private Validation() {
    }

    /**
     * @param object the object to write, with what it contains
     * @param table its table
     * @param contacts finds contacts by No. for the company rule, or null to skip that rule
     * @throws ValidationException with every problem found; nothing has been written
     */
    static void check(EObject object, Table table, Function<String, Contact> contacts) {
        Diagnostic rules = SegmentaValidator.validate(object, contacts);
        BasicDiagnostic lengths = null;
        if (rules.getSeverity() >= Diagnostic.ERROR) {
            lengths = new BasicDiagnostic(SegmentaValidator.DIAGNOSTIC_SOURCE, 0,
                    Formats.bind(Messages.Validation_notValid, SegmentaValidator.label(object)), new Object[] { object });
            lengths.addAll(rules);
        }
        lengths = checkLengths(object, table.columns, table, lengths, object);
        if (lengths != null) {
            throw new ValidationException(lengths);
        }
    }

    /** Checks only that texts fit (for the snapshot columns of history entries). */
    static BasicDiagnostic checkLengths(EObject object, List<Column> columns, Table table, BasicDiagnostic chain,
            EObject root) {
        BasicDiagnostic result = chain;
        for (Column c : columns) {
            if (c.maxLength > 0 && object.eGet(c.attribute) instanceof String s && s.length() > c.maxLength) {
                if (result == null) {
                    result = new BasicDiagnostic(SegmentaValidator.DIAGNOSTIC_SOURCE, 0,
                            Formats.bind(Messages.Validation_notValid, SegmentaValidator.label(root)), new Object[] { root });
                }
                result.add(new BasicDiagnostic(Diagnostic.ERROR, SegmentaValidator.DIAGNOSTIC_SOURCE, 100,
                        Formats.bind(Messages.Validation_tooLong, new Object[] { SegmentaValidator.label(object),
                                Captions.shown(c.attribute.getName()), Formats.count(s.length()),
                                Formats.count(c.maxLength) }),
                        new Object[] { object, c.attribute }));
            }
        }
        if (table != null) {
            for (Table.Child child : table.children) {
                for (Object o : (List<?>) object.eGet(child.reference())) {
                    result = checkLengths((EObject) o, child.table().columns, child.table(), result, root);
                }
            }
        }
        return result;
    }
}
