package org.segmenta.core.delivery;

import java.nio.file.Path;
import java.util.List;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;

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
        StringBuilder b = new StringBuilder(Formats.bind(Messages.DeliveryReport_deliveredFailed, Formats.count(sent),
                Formats.count(failed)));
        if (uncertain > 0) {
            b.append(Formats.bind(Messages.DeliveryReport_uncertain, Formats.count(uncertain)));
        }
        if (skipped > 0) {
            b.append(Formats.bind(Messages.DeliveryReport_skipped, Formats.count(skipped)));
        }
        if (printDocument != null) {
            b.append(Formats.bind(Messages.DeliveryReport_printDocument, printDocument));
        }
        if (pdf != null) {
            b.append(Formats.bind(Messages.DeliveryReport_andPdf, pdf));
        }
        return b.toString();
    }
}
