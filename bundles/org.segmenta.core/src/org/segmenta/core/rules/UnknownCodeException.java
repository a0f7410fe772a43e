package org.segmenta.core.rules;

import org.eclipse.emf.ecore.EAttribute;

/**
 * A field names a code that is not set up (or may not be used, such as a blocked salesperson). Thrown at once when
 * the value is given, before anything is stored; the message names the field, the code and how to fix it, for
 * example {@code Salesperson Code 'QQ' does not exist. Use one of AB, LH, MV, or set up salesperson QQ first.}
 */
public class UnknownCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient EAttribute field;
    private final String code;

    /**
     * @param field the attribute that names the code
     * @param code the code as normalised
     * @param message the whole message
     */
    public UnknownCodeException(EAttribute field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** @return the attribute that names the unknown code */
    public EAttribute field() {
        return field;
    }

    /** @return the unknown code */
    public String code() {
        return code;
    }
}
