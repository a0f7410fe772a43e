package org.segmenta.store.derby.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.AttachmentRepository;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.ReadOnlyException;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.Attachment;

/**
 * Attachments: metadata in the columns of {@code attachment}, content in its BLOB column {@code content},
 * streamed with {@code setBinaryStream}/{@code getBinaryStream} so that a document is never whole in memory.
 */
final class AttachmentRepo implements AttachmentRepository {

    static final String COUNTER = "attachment";
    private static final int IN_CHUNK = 500;

    private final DerbySession session;
    private final Table table;

    AttachmentRepo(DerbySession session) {
        this.session = session;
        this.table = session.tables.attachment;
    }

    @Override
    public Attachment create(Attachment metadata, InputStream content) {
        session.requireWritable("store a document");
        Objects.requireNonNull(content, "content");
        Validation.check(metadata, table, null);
        try {
            long no = metadata.getNo() != 0 ? metadata.getNo() : session.reserve(COUNTER, 1);
            if (metadata.getNo() != 0) {
                session.noteUsed(COUNTER, no);
            }
            metadata.setNo(no);
            // TIMESTAMP keeps microseconds and more, but the product shows seconds: keep what round-trips everywhere
            metadata.setCreated(Instant.now().truncatedTo(ChronoUnit.MICROS));
            metadata.setSize(0);
            Rows.insert(session, table, metadata);
            long size = writeContent(no, content);
            metadata.setSize(size);
            RowVersion.set(metadata, 2);
            return metadata;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_storingDocument,
                    metadata.getFileName()));
        }
    }

    /** Streams {@code content} into the BLOB and records its size; @return the size in bytes */
    private long writeContent(long no, InputStream content) throws SQLException {
        Counting counting = new Counting(content);
        try (PreparedStatement ps = session.rawConnection().prepareStatement(
                "UPDATE attachment SET content = ?, row_version = row_version + 1 WHERE attachment_no = ?")) {
            ps.setBinaryStream(1, counting);
            ps.setLong(2, no);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (counting.failure != null) {
                throw new StoreException(Formats.bind(Messages.AttachmentRepo_readingTheContentOf,
                        no, counting.failure.getMessage()), counting.failure);
            }
            throw e;
        }
        if (counting.failure != null) {
            throw new StoreException(Formats.bind(Messages.AttachmentRepo_readingTheContentOf,
                    no, counting.failure.getMessage()), counting.failure);
        }
        PreparedStatement size = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE attachment SET size_bytes = ? WHERE attachment_no = ?");
        size.setLong(1, counting.count);
        size.setLong(2, no);
        size.executeUpdate();
        return counting.count;
    }

    @Override
    public Optional<Attachment> get(long no) {
        try {
            List<EObject> found = Rows.load(session, table, "t.attachment_no = ?", null, no);
            return found.isEmpty() ? Optional.empty() : Optional.of((Attachment) found.get(0));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_readingAttachment, no));
        }
    }

    @Override
    public Attachment require(long no) {
        return get(no).orElseThrow(() -> notFound(no));
    }

    private static NotFoundException notFound(long no) {
        return new NotFoundException(Formats.bind(Messages.AttachmentRepo_attachment3, no));
    }

    @Override
    public InputStream openContent(long no) {
        try {
            PreparedStatement ps = session.rawConnection()
                    .prepareStatement("SELECT content FROM attachment WHERE attachment_no = ?");
            session.register(ps);
            ps.setLong(1, no);
            ResultSet rs = ps.executeQuery();
            session.register(rs);
            if (!rs.next()) {
                throw notFound(no);
            }
            InputStream in = rs.getBinaryStream(1);
            if (in == null) {
                return InputStream.nullInputStream();
            }
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        try {
                            rs.close();
                            ps.close();
                        } catch (SQLException ignored) {
                            // the unit closes them anyway
                        }
                    }
                }
            };
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_openingTheContentOf, no));
        }
    }

    @Override
    public long copyContent(long no, OutputStream out) {
        try (InputStream in = openContent(no)) {
            return in.transferTo(out);
        } catch (IOException e) {
            throw new StoreException(Formats.bind(Messages.AttachmentRepo_copyingTheContentOf, no, e.getMessage()), e);
        }
    }

    @Override
    public Attachment replaceContent(long no, InputStream content) {
        session.requireWritable("replace a document");
        Attachment stored = require(no);
        if (stored.isReadOnly()) {
            throw readOnly(stored, Messages.AttachmentRepo_replaceItsContent);
        }
        try {
            stored.setSize(writeContent(no, content));
            RowVersion.set(stored, RowVersion.of(stored) + 1);
            return stored;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_replacingTheContentOf, no));
        }
    }

    @Override
    public Attachment update(Attachment metadata) {
        session.requireWritable("change a document");
        Attachment stored = require(metadata.getNo());
        if (stored.isReadOnly() && (!metadata.isReadOnly() || !Objects.equals(stored.getFileName(), metadata.getFileName())
                || !Objects.equals(stored.getMediaType(), metadata.getMediaType()))) {
            throw readOnly(stored, Messages.AttachmentRepo_changeIt);
        }
        Validation.check(metadata, table, null);
        // size and creation time belong to the content: keep the stored ones
        metadata.setSize(stored.getSize());
        metadata.setCreated(stored.getCreated());
        try {
            if (Rows.update(session, table, metadata) == 0) {
                throw new org.segmenta.core.store.ConcurrentChangeException(Formats.bind(Messages.AttachmentRepo_attachment2,
                        
                        
                        metadata.getNo()), null);
            }
            return metadata;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_savingAttachment, metadata.getNo()));
        }
    }

    @Override
    public int makeReadOnly(Collection<Long> nos) {
        session.requireWritable("make documents read-only");
        List<Long> all = new ArrayList<>(nos);
        int changed = 0;
        try {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE attachment SET read_only = TRUE, row_version = row_version + 1"
                        + " WHERE read_only = FALSE AND attachment_no IN ("
                        + chunk.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                changed += ps.executeUpdate();
            }
            return changed;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_makingDocumentsReadOnly));
        }
    }

    @Override
    public void delete(long no) {
        session.requireWritable("delete a document");
        Attachment stored = require(no);
        if (stored.isReadOnly()) {
            throw readOnly(stored, Messages.AttachmentRepo_deleteIt);
        }
        try {
            Rows.delete(session, table, List.of(no));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.AttachmentRepo_deletingAttachment, no));
        }
    }

    private static ReadOnlyException readOnly(Attachment a, String what) {
        return new ReadOnlyException(Formats.bind(Messages.AttachmentRepo_attachment,
                a.getNo(), a.getFileName(), what));
    }

    /** Counts the bytes read and keeps the reader's I/O failure, which Derby would hide behind its own error. */
    private static final class Counting extends FilterInputStream {
        long count;
        IOException failure;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b >= 0) {
                    count++;
                }
                return b;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
