package org.segmenta.core.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * An object passed to the store breaks a rule of the model (see
 * {@link org.segmenta.model.rules.SegmentaValidator}) or does not fit the database (a text too long); nothing
 * was written.
 */
public class ValidationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;
    private final List<String> messages;

    /**
     * @param diagnostic the validator's result, with one child per problem
     */
    public ValidationException(Diagnostic diagnostic) {
        this(diagnostic, messagesOf(diagnostic));
    }

    private ValidationException(Diagnostic diagnostic, List<String> messages) {
        super(String.join("\n", messages));
        this.diagnostic = diagnostic;
        this.messages = List.copyOf(messages);
    }

    /** @return the validator's diagnostic (its children are the problems) */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** @return one readable message per problem, for example "Contact CT000001: Company No. CT9 is not a contact. ..." */
    public List<String> messages() {
        return messages;
    }

    private static List<String> messagesOf(Diagnostic diagnostic) {
        List<String> result = new ArrayList<>();
        if (diagnostic.getChildren().isEmpty()) {
            result.add(diagnostic.getMessage());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR) {
                result.add(child.getMessage());
            }
        }
        return result;
    }
}
