package org.segmenta.ui.internal.preferences;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage, where the window keeps the team database's and the SMTP server's
 * passwords: a random 256-bit key made on first use and kept in a file beside the secure storage file
 * ({@code <secure_storage>.key}), readable and writable by its owner only (mode 600, as ssh keeps its keys). Without
 * a provider, Equinox refuses to encrypt ("No secure storage modules found"); the platform's own providers need a
 * desktop keyring or the 3.x workbench's password dialog, which a Segmenta desktop may not have. What this protects
 * against: other users of the computer and copies of the secure storage file alone; not the same user's programs.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final String SUFFIX = ".key";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path key = keyFile(container);
            return new PBEKeySpec(read(key).toCharArray());
        } catch (IOException | RuntimeException e) {
            // Equinox reports "no password" as a StorageException whose message the preference pages show
            return null;
        }
    }

    /**
     * @param container the secure storage
     * @return the key file beside its file (or in {@code <home>/.segmenta} when it has none)
     */
    static Path keyFile(IPreferencesContainer container) {
        URL location = container == null ? null : container.getLocation();
        if (location != null && "file".equals(location.getProtocol())) {
            try {
                Path storage = Path.of(location.toURI());
                return storage.resolveSibling(storage.getFileName() + SUFFIX);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the home folder
            }
        }
        return Path.of(System.getProperty("user.home"), ".segmenta", "secure_storage" + SUFFIX);
    }

    /**
     * Reads the key, making it first when the file does not exist.
     *
     * @param key the key file
     * @return the key, Base64
     * @throws IOException when it cannot be read or made, or others can read it (then it is not used)
     */
    static String read(Path key) throws IOException {
        if (!Files.exists(key)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(key.toAbsolutePath().getParent());
            try {
                try {
                    Files.createFile(key, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(key);
                }
                Files.writeString(key, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // made by another process meanwhile: use that one
            }
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(key);
            if (!OWNER_ONLY.containsAll(perms)) {
                throw new IOException(NLS.bind(Messages.KeyFilePasswordProvider_theSecureStorageKeyCan, key, key));
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's ACLs protect it
        }
        String text = Files.readString(key, StandardCharsets.US_ASCII).strip();
        if (text.isEmpty()) {
            throw new IOException(NLS.bind(Messages.KeyFilePasswordProvider_theSecureStorageKeyIs, key));
        }
        return text;
    }
}
