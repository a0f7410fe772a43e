package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shell}: runs many commands in one program, one per line of standard input, so that a script pays the
 * start-up (Java, the OSGi framework, the database) once instead of once per command. Each line is parsed and run
 * exactly as the words after {@code segmenta cli} would be, with the same output and exit codes; a failing command
 * is reported and the next line runs, unless {@code --exit-on-error} is given.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = { "Run commands from standard input, one per line, in one program: the start-up is paid once.",
                "Each line holds the words after 'segmenta cli' (for example: segment lines SEG00001 --json), quoted as"
                        + " in a POSIX shell ('...', \"...\", \\); blank lines and lines starting with # are skipped;"
                        + " 'exit' ends the input early.",
                "Every command prints and fails exactly as it does on its own; a failure is reported on stderr with its"
                        + " line number and the next line runs (--exit-on-error stops there)." },
        footer = { "", "Exit code: 0 when every command succeeded, else that of the last command that failed (1 failure,"
                + " 2 bad usage); with --exit-on-error, that of the command that stopped the shell.",
                "Example:",
                "  printf '%s\\n' 'segment new --description \"Spring\"' 'segment add SEG00002 --filter contact.city=Aarhus'"
                        + " | segmenta cli shell --exit-on-error" })
final class ShellCommand implements Callable<Integer> {

    private final Cli.Env env;

    @Option(names = "--exit-on-error", description = "Stop at the first command that fails and exit with its code.")
    boolean exitOnError;

    @Option(names = "--echo", description = "Print each command to stderr before it runs (as '> COMMAND').")
    boolean echo;

    ShellCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        boolean prompt = System.console() != null && env.in() == System.in;
        int result = Cli.OK;
        int lineNo = 0;
        try {
            while (true) {
                if (prompt) {
                    env.err().print(Messages.ShellCommand_segmenta);
                    env.err().flush();
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.equals("exit") || trimmed.equals("quit")) {
                    break;
                }
                if (echo) {
                    env.err().println("> " + trimmed);
                }
                int code;
                try {
                    List<String> words = ShellWords.split(trimmed);
                    if (!words.isEmpty() && words.get(0).equals("shell")) {
                        throw new Commands.BadUsage(Messages.ShellCommand_shellCannotRunInsideThe);
                    }
                    code = Cli.run(env.services(), env.in(), env.out(), env.err(), words.toArray(String[]::new));
                } catch (Commands.BadUsage e) {
                    env.err().println(NLS.bind(Messages.ShellCommand_segmentaCli, e.getMessage()));
                    code = Cli.USAGE;
                }
                env.out().flush();
                if (code != Cli.OK) {
                    result = code;
                    env.err().println(NLS.bind(Messages.ShellCommand_segmentaCliShellLineExited, lineNo, code, (exitOnError ? Messages.ShellCommand_stoppingExitOnError : Messages.ShellCommand_goingOn)));
                    if (exitOnError) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.ShellCommand_readingTheCommandsFromStandard, e.getMessage()), e);
        }
        return result;
    }
}
