package org.segmenta.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.segmenta.core.store.Store;
import org.segmenta.model.Attachment;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;

/**
 * Makes a Word main document the document of a whole segment, for {@code merge --template}: the file is stored as
 * an attachment (so that Log, merge and later runs use the very same document), it becomes the Word template of
 * each of the header's language rows (or the header's modified Word template when it has no rows), and of every
 * line that has no personalised letter of its own. New lines then inherit it too. One write unit.
 */
final class WordTemplates {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int PAGE = 1000;

    private WordTemplates() {
    }

    /**
     * @param store the store
     * @param segmentNo the open segment
     * @param file the .docx or .dotx main document (already inspected)
     * @return the new attachment's No.
     */
    static long use(Store store, String segmentNo, Path file) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            Attachment a = SegmentaFactory.eINSTANCE.createAttachment();
            a.setFileName(file.getFileName().toString());
            a.setMediaType(DOCX);
            a.setCreated(Instant.now());
            try (InputStream in = Files.newInputStream(file)) {
                a = s.attachments().create(a, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            long no = a.getNo();
            if (h.getLanguages().isEmpty()) {
                h.setModifiedWordTemplateNo(no);
            }
            for (SegmentInteractionLanguage row : h.getLanguages()) {
                row.setAttachmentNo(null);
                row.setWordTemplateNo(no);
            }
            s.segments().update(h);
            for (int offset = 0;; offset += PAGE) {
                List<SegmentLine> page = s.segmentLines().page(segmentNo, offset, PAGE);
                for (SegmentLine line : page) {
                    if (line.isMerged()) {
                        continue; // a personalised letter stays the contact's own
                    }
                    if (line.isAttachmentInherited()) {
                        line.setAttachmentNo(null);
                        line.setAttachmentInherited(false);
                    }
                    line.setWordTemplateNo(no);
                    s.segmentLines().update(line);
                }
                if (page.size() < PAGE) {
                    return no;
                }
            }
        });
    }
}
