package org.segmenta.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.segmenta.core.format.Formats;

/**
 * Writes a file through a temporary file in the same folder that is moved into place when complete, so that a
 * failed or interrupted export never leaves a half-written file under the target name.
 */
public final class AtomicWrite {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        /** @param out the stream to write to; closed by the caller @throws IOException when writing fails */
        void write(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /**
     * @param target the file to create or replace; its folder must exist
     * @param content writes the bytes
     * @throws IOException when the folder does not exist or writing or moving fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(Formats.bind(Messages.AtomicWrite_cannotWrite, target, dir));
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
