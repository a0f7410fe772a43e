package org.segmenta.delivery.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.format.Formats;

/**
 * Where the SMTP password comes from: the environment variable {@value DeliverySettings#PASSWORD_ENV}, else the
 * password file of the settings, else {@code smtp-password} in the instance folder. Never from a system property
 * (those show in the process list) and never from the settings file. A password file must be readable by its owner
 * only (mode 600 or 400), as ssh demands of its keys.
 */
final class Passwords {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Passwords() {
    }

    /**
     * @param settings the settings (user, password file)
     * @param env the environment
     * @param defaultFile the instance folder's password file
     * @return the password, or null when the settings have no user
     * @throws IllegalStateException when a user is set and no password is found, or the file is readable by others
     */
    static String find(DeliverySettings settings, UnaryOperator<String> env, Path defaultFile) {
        if (settings.user() == null || settings.user().isBlank()) {
            return null;
        }
        String fromEnv = env.apply(DeliverySettings.PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Path file = settings.passwordFile() != null ? settings.passwordFile() : defaultFile;
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException(file == null
                    ? Formats.bind(Messages.Passwords_noPasswordNoFile, settings.user(), DeliverySettings.PASSWORD_ENV)
                    : Formats.bind(Messages.Passwords_noPassword,
                            settings.user(), DeliverySettings.PASSWORD_ENV, file));
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException(Formats.bind(Messages.Passwords_theSmtpPasswordFile2, file, file));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs are the user's business
        } catch (IOException e) {
            throw new IllegalStateException(Formats.bind(Messages.Passwords_cannotReadTheSmtp,
                    file, e.getMessage()), e);
        }
        try {
            String content = Files.readString(file);
            int nl = content.indexOf('\n');
            String pw = (nl >= 0 ? content.substring(0, nl) : content).replace("\r", "");
            if (pw.isEmpty()) {
                throw new IllegalStateException(Formats.bind(Messages.Passwords_theSmtpPasswordFile, file));
            }
            return pw;
        } catch (IOException e) {
            throw new IllegalStateException(Formats.bind(Messages.Passwords_cannotReadTheSmtp,
                    file, e.getMessage()), e);
        }
    }
}
