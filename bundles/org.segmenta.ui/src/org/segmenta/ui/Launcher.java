package org.segmenta.ui;

import java.nio.file.Path;

import org.eclipse.swt.program.Program;

/**
 * Opens a file in the program the desktop uses for it (a letter in the word processor). The default asks the
 * desktop ({@link Program#launch}); put another one into the application's e4 context (tests edit the file
 * themselves).
 */
public interface Launcher {

    /** The desktop's program for the file. */
    Launcher DESKTOP = file -> Program.launch(file.toAbsolutePath().toString());

    /**
     * @param file the file to open
     * @return {@code false} when no program could be started for it
     */
    boolean open(Path file);

    /**
     * @param l a launcher from the context, or null
     * @return it, or {@link #DESKTOP}
     */
    static Launcher or(Launcher l) {
        return l == null ? DESKTOP : l;
    }
}
