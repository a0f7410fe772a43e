package org.segmenta.core.interaction;

import org.segmenta.core.delivery.DeliveryReport;

/**
 * What Log with its delivery did ({@link InteractionService#logAndDeliver}): the log, committed, and the delivery
 * run that followed it.
 *
 * @param log what Log did (committed whatever happened to the delivery)
 * @param delivery what the delivery run right after Log did (sent, failed, the print document and where it is), or
 *            null when nothing was delivered: Log without Send Attachments, no delivery service installed, or the
 *            run failed ({@code deliveryFailure})
 * @param deliveryFailure why the delivery run could not start or stopped (a missing SMTP password, ...), or null;
 *            the entries stay in the outbox, so Deliver Now (window) or {@code deliver} (command line) resumes them
 * @since 1.1
 */
public record LogAndDelivery(LogResult log, DeliveryReport delivery, RuntimeException deliveryFailure) {

    /** @return whether Log was followed by a delivery run that finished (maybe cancelled part-way: see its notes) */
    public boolean delivered() {
        return delivery != null;
    }
}
