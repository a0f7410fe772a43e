package org.segmenta.store.derby.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.segmenta.core.format.Formats;

/**
 * Owner-only permissions for what holds a company's data: database folders (mode 700), their files and
 * {@code derby.log} (mode 600), password files (readable by their owner only, or refused). On a file system without
 * POSIX permissions (Windows) nothing is changed: there the folder's access list protects the files.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates the folder (and its parents) when missing and makes it owner-only (mode 700); parents are left alone.
     *
     * @param folder the folder
     * @return the folder
     * @throws IOException when it cannot be created
     */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        set(folder, FOLDER);
        return folder;
    }

    /**
     * Makes an existing file owner-only (mode 600), or creates it empty so; nothing when it cannot be changed (not
     * ours).
     *
     * @param file the file
     */
    public static void file(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file);
            }
            set(file, FILE);
        } catch (IOException e) {
            // another process's file, or a read-only place: leave it as it is
        }
    }

    /**
     * Makes a folder and everything in it owner-only: folders 700, files 600 (a database Derby created under a
     * looser umask, a database of round one).
     *
     * @param root the folder
     * @throws IOException when the tree cannot be walked
     */
    public static void tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                set(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                set(file, FILE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Reads a password file: the first line, which must be readable by its owner only.
     *
     * @param file the file
     * @param what what the password is for, for the message
     * @return the password (without the line end)
     * @throws IllegalArgumentException when the file is missing, empty, or readable by others (it says how to fix
     *             it)
     */
    public static String readSecret(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Formats.bind(Messages.OwnerOnly_the3, what, file));
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                throw new IllegalArgumentException(Formats.bind(Messages.OwnerOnly_the2,
                        what, file, PosixFilePermissions.toString(p), file));
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here
        } catch (IOException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.OwnerOnly_cannotReadThe,
                    what, file, e.getMessage()), e);
        }
        try {
            String text = Files.readString(file);
            int end = text.indexOf('\n');
            String secret = (end < 0 ? text : text.substring(0, end)).strip();
            if (secret.isEmpty()) {
                throw new IllegalArgumentException(Formats.bind(Messages.OwnerOnly_the, what, file));
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.OwnerOnly_cannotReadThe,
                    what, file, e.getMessage()), e);
        }
    }

    /**
     * Writes a secret into a new owner-only file (mode 600 from the start: never readable by others in between).
     *
     * @param file the file
     * @param secret the secret
     * @throws IOException when it cannot be written
     */
    public static void writeSecret(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, secret + "\n");
    }

    private static void set(Path p, Set<PosixFilePermission> perms) {
        try {
            if (!Files.isSymbolicLink(p)) {
                Files.setPosixFilePermissions(p, perms);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX, or not ours
        }
    }

    /**
     * @return the console when this process reads from and writes to a terminal (someone can be asked for a
     *         password), else null
     */
    static java.io.Console terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            // Java 22+: System.console() is there even when redirected; isTerminal() tells
            Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal) ? console : null;
        } catch (ReflectiveOperationException e) {
            return console; // Java 21: a console means a terminal
        }
    }
}
