package org.segmenta.core.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * What one delivery run did.
 *
 * @param sent entries whose message the SMTP server accepted, or whose letter went into the print document
 * @param failed entries that failed in this run (each with its reason in the outbox)
 * @param uncertain entries found interrupted by an earlier run and marked {@link OutboxState#UNCERTAIN}
 * @param skipped entries not delivered on purpose (canceled, privacy blocked)
 * @param printDocument the combined .docx of the Hard Copy letters, or null when there were none
 * @param pdf the PDF of it when LibreOffice ({@code soffice}) was found, else null
 * @param notes what the user should know: why there is no PDF, the first failure reasons, ...
 */
public record DeliveryReport(long sent, long failed, long uncertain, long skipped, Path printDocument, Path pdf,
        List<String> notes) {

    /** @return a one-line summary, for the status line and the command line */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(sent).append(" delivered, ").append(failed).append(" failed");
        if (uncertain > 0) {
            b.append(", ").append(uncertain).append(" uncertain (interrupted earlier)");
        }
        if (skipped > 0) {
            b.append(", ").append(skipped).append(" skipped");
        }
        if (printDocument != null) {
            b.append("; print document ").append(printDocument);
        }
        if (pdf != null) {
            b.append(" and ").append(pdf);
        }
        return b.toString();
    }
}
