package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.cli.internal.Cli;
import org.segmenta.cli.internal.OsgiServices;

/**
 * The command line's help in German: under a German locale every command's description and every option's and
 * parameter's text is German (help_de.properties), found by walking all commands from {@code --help}'s command lists;
 * an English text left in a German help fails with the command and the text.
 */
class HelpInGermanTest {

    private final OsgiServices services = new OsgiServices(FrameworkUtil.getBundle(HelpInGermanTest.class).getBundleContext(),
            10_000);
    private final Locale before = Locale.getDefault();

    /** an option or parameter line: its names, then two or more spaces, then its text */
    private static final Pattern OPTION = Pattern.compile("^\\s+(?:-|\\[|<|[A-Z][A-Z=_.]*\\b).*?\\s{2,}(\\S.*)$");
    /** a command of a "Commands:" list */
    private static final Pattern COMMAND = Pattern.compile("^  ([a-z][a-z-]*)\\s{2,}\\S.*$");

    @AfterEach
    void close() {
        Locale.setDefault(before);
        services.close();
    }

    private String help(Locale locale, List<String> path) {
        Locale.setDefault(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        assertEquals(Cli.OK, Cli.run(services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args.toArray(String[]::new)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandsHelpIsGerman() {
        List<List<String>> todo = new ArrayList<>(List.of(List.of()));
        List<String> english = new ArrayList<>();
        int commands = 0;
        while (!todo.isEmpty()) {
            List<String> path = todo.remove(0);
            String en = help(Locale.ENGLISH, path);
            String de = help(Locale.GERMAN, path);
            commands++;
            boolean inCommands = false;
            String[] lines = en.split("\\R");
            // the description: the first line after the synopsis
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith(" ")) {
                    if (de.contains(lines[i]) && lines[i].contains(" ")) {
                        english.add(String.join(" ", path) + ": " + lines[i]);
                    }
                    break;
                }
            }
            for (String line : lines) {
                if (line.equals("Commands:")) {
                    inCommands = true;
                    continue;
                }
                if (inCommands) {
                    Matcher c = COMMAND.matcher(line);
                    if (c.matches()) {
                        List<String> sub = new ArrayList<>(path);
                        sub.add(c.group(1));
                        todo.add(sub);
                        continue;
                    }
                    if (line.isBlank()) {
                        inCommands = false;
                    }
                }
                Matcher m = OPTION.matcher(line);
                if (m.matches() && m.group(1).length() > 12 && m.group(1).contains(" ") && de.contains(m.group(1))) {
                    english.add(String.join(" ", path) + ": " + m.group(1));
                }
            }
            assertTrue(de.contains("Aufruf: segmenta cli"), de);
        }
        assertTrue(commands > 30, "all commands walked: " + commands);
        assertEquals(List.of(), english, "English texts in the German help");
    }
}
