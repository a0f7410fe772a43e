package org.segmenta.core.delivery;

/**
 * A {@link CorrespondenceChannel} did not hand a message over. The entry becomes failed, with {@link #getMessage()}
 * as its reason; "Resend Failed" puts it back to pending.
 */
public class ChannelException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message why, and how to fix it (shown to users) */
    public ChannelException(String message) {
        super(message);
    }

    /**
     * @param message why, and how to fix it (shown to users)
     * @param cause the underlying failure
     */
    public ChannelException(String message, Throwable cause) {
        super(message, cause);
    }
}
