package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Option;

/**
 * How every command prints: rows as an aligned text table or a JSON array, one result as a sentence or a JSON
 * object. JSON is written by Jackson (jackson-databind, in the target platform through ez-vcard) from plain maps,
 * lists, strings, numbers and booleans with Jackson's streaming generator (jackson-core, in the target platform
 * through ez-vcard; jackson-databind is not, as ez-vcard needs it only optionally); dates are ISO strings, model
 * enums their literal ("Hard Copy").
 */
final class Output {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The {@code --json} option, mixed into every command that prints data. */
    static final class JsonOption {
        @Option(names = "--json", description = "Print the result as JSON (for scripts) instead of text.")
        boolean json;
    }

    private final Cli.Env env;
    private final boolean json;

    /**
     * @param env where to print
     * @param json print JSON instead of text
     */
    Output(Cli.Env env, JsonOption json) {
        this.env = env;
        this.json = json != null && json.json;
    }

    /** @return whether JSON is printed */
    boolean json() {
        return json;
    }

    /**
     * Prints rows: a text table with the keys of the first row as column heads, translated, and the values as
     * people read them in their locale ({@link HumanFormats}; or {@code empty} when there are none), or a JSON array
     * of objects with the keys and values as they are.
     *
     * @param rows the rows, each column name → value, all with the same keys in the same order
     * @param empty what to print in text mode when there are no rows
     */
    void rows(List<? extends Map<String, ?>> rows, String empty) {
        if (json) {
            print(rows);
            return;
        }
        if (rows.isEmpty()) {
            env.out().println(empty);
            return;
        }
        List<String> heads = new ArrayList<>(rows.get(0).keySet());
        int[] widths = new int[heads.size()];
        List<List<String>> cells = new ArrayList<>();
        List<String> titles = heads.stream().map(HumanFormats::head).toList();
        for (int i = 0; i < heads.size(); i++) {
            widths[i] = titles.get(i).length();
        }
        for (Map<String, ?> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < heads.size(); i++) {
                String s = HumanFormats.cell(heads.get(i), row.get(heads.get(i))).replace('\n', ' ');
                if (s.length() > 40) {
                    s = s.substring(0, 39) + "…";
                }
                widths[i] = Math.max(widths[i], s.length());
                line.add(s);
            }
            cells.add(line);
        }
        env.out().println(format(titles, widths));
        for (List<String> line : cells) {
            env.out().println(format(line, widths));
        }
    }

    /**
     * Prints one result: the sentence in text mode, the object in JSON mode.
     *
     * @param result the result as name → value
     * @param text the sentence (may have several lines)
     */
    void result(Map<String, ?> result, String text) {
        if (json) {
            print(result);
        } else {
            env.out().println(text);
        }
    }

    /** @param value a map, list or plain value @return printed as JSON */
    private void print(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            write(g, plain(value));
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.Output_cannotWriteJSON, e.getMessage()), e); // a StringWriter does not fail
        }
        env.out().println(text);
    }

    /** Writes plain data (see {@link #plain(Object)}). */
    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private static String format(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]));
        }
        return b.toString().stripTrailing();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * @param value anything a command puts in a result
     * @return it as JSON-friendly plain data: maps and lists copied, dates and times ISO strings, model enums their
     *         literal, other enums their name, big decimals as plain numbers
     */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger() : d;
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal || value instanceof java.nio.file.Path) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Output::plain).toList();
        }
        return value.toString();
    }

    /**
     * @param keysAndValues name, value, name, value, ... (values may be null)
     * @return an ordered map of them
     */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
