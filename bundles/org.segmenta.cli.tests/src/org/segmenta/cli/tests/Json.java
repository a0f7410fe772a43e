package org.segmenta.cli.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads the commands' JSON output into maps, lists, strings, numbers and booleans, with jackson-core. */
final class Json {

    private Json() {
    }

    static Object parse(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            Object v = value(p);
            if (p.nextToken() != null) {
                throw new IOException("more after the JSON value: " + text);
            }
            return v;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(String text) throws IOException {
        return (List<Map<String, Object>>) parse(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) throws IOException {
        return (Map<String, Object>) parse(text);
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
        case START_OBJECT: {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, value(p));
            }
            return m;
        }
        case START_ARRAY: {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        case VALUE_STRING:
            return p.getText();
        case VALUE_NUMBER_INT:
            return p.getLongValue();
        case VALUE_NUMBER_FLOAT:
            return p.getDecimalValue();
        case VALUE_TRUE:
            return Boolean.TRUE;
        case VALUE_FALSE:
            return Boolean.FALSE;
        case VALUE_NULL:
            return null;
        default:
            throw new IOException("unexpected " + t);
        }
    }
}
