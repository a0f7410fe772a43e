package org.segmenta.cli.internal;

import java.util.List;
import java.util.Set;

import org.segmenta.core.store.Store;

/**
 * Opens the store while picocli builds and parses the command: the store's component opens its database on first use
 * (Derby's boot and the schema check, the largest part of a short command after the framework's own start), so a
 * command that will read asks for {@link Store#info()} on a thread of its own first, and its first unit of work then
 * finds the database open or waits for the same opening. Commands that never read the instance's database (the help,
 * {@code version}, {@code bench} with its own temporary database, {@code preferences}, {@code update},
 * {@code licences}) do not open it.
 */
final class StoreWarmUp {

    /** The commands that do not read the instance's database. */
    private static final Set<String> WITHOUT_STORE = Set.of("version", "bench", "preferences", "update", "licences");

    private StoreWarmUp() {
    }

    /**
     * @param args a command line's words (after {@code cli})
     * @return whether its command reads the instance's database: a command's name first, not one of
     *         {@link #WITHOUT_STORE}, and no help asked for
     */
    static boolean wanted(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("-") || WITHOUT_STORE.contains(args.get(0))) {
            return false;
        }
        return RootCommand.needed(args.get(0)).size() == 1 && !args.contains("--help") && !args.contains("-h")
                && !args.contains("help");
    }

    /**
     * Starts opening the store in the background when the command will read it; returns at once. A failure is left to
     * the command, which meets the same failure when it reads and reports it.
     *
     * @param services where the command finds its services
     * @param args the command line's words
     */
    static void start(Services services, List<String> args) {
        if (!wanted(args)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                services.get(Store.class).info();
            } catch (RuntimeException e) {
                // the command reads and reports it
            }
        }, "Segmenta: opening the store");
        thread.setDaemon(true);
        thread.start();
    }
}
