package org.segmenta.exchange;

import java.time.LocalDate;

import org.segmenta.core.segment.Provenance;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentLine;

/**
 * What an export of a segment shows for one segment line: the contact, how it is reached, the interaction values
 * the line carries, and how the line came into the segment. All values are plain; {@code null} is an empty cell.
 *
 * @param segmentNo the segment's No.
 * @param lineNo the line No. within the segment
 * @param contactNo the contact's No.
 * @param contactName the contact's name
 * @param companyNo the No. of the contact's company (a company's own No. for a company)
 * @param companyName the company name
 * @param email the contact's e-mail address
 * @param phoneNo the contact's phone number
 * @param correspondenceType how the line's document is sent
 * @param description the interaction description
 * @param subject the interaction subject
 * @param salespersonCode the salesperson
 * @param languageCode the interaction language
 * @param date the interaction date
 * @param provenance how the line came into the segment ({@link Provenance#describe}), for example
 *            "Step 2, Add Contacts"; null when the line has no step
 */
public record SegmentLineRow(String segmentNo, int lineNo, String contactNo, String contactName, String companyNo,
        String companyName, String email, String phoneNo, CorrespondenceType correspondenceType, String description,
        String subject, String salespersonCode, String languageCode, LocalDate date, String provenance) {

    /**
     * @param line the segment line
     * @param contact the line's contact, or {@code null} when it is not at hand (contact columns stay empty except
     *            the No.)
     * @return the row
     */
    public static SegmentLineRow of(SegmentLine line, Contact contact) {
        String described = Provenance.describe(line);
        String provenance = described.isEmpty() ? null : described;
        return new SegmentLineRow(line.getSegmentNo(), line.getLineNo(), line.getContactNo(),
                contact == null ? null : contact.getName(), line.getContactCompanyNo(),
                contact == null ? null : contact.getCompanyName(), contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getPhoneNo(), line.getCorrespondenceType(), line.getDescription(),
                line.getSubject(), line.getSalespersonCode(), line.getLanguageCode(), line.getDate(), provenance);
    }
}
