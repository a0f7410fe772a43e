package org.segmenta.core.store;

/** A change to a read-only object (for example the document of a logged interaction) was refused. */
public class ReadOnlyException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why */
    public ReadOnlyException(String message) {
        super(message);
    }
}
