package org.segmenta.ui.internal.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.CsvMapping;

/**
 * Remembers the column mapping a user chose for a CSV layout (keyed by its header row) in the instance preferences
 * of {@code org.segmenta.ui}, so that the next file of the same layout is mapped the same way.
 */
final class CsvMappingMemory {

    private static final String NODE = "org.segmenta.ui/csvmappings";

    private final IEclipsePreferences node;

    CsvMappingMemory() {
        this(InstanceScope.INSTANCE.getNode(NODE));
    }

    CsvMappingMemory(IEclipsePreferences node) {
        this.node = node;
    }

    private static String key(List<String> headers) {
        String joined = String.join("\u001f", headers);
        return Integer.toHexString(joined.hashCode()) + "-" + headers.size();
    }

    /**
     * @param headers a header row
     * @return the mapping chosen last time for exactly this header row
     */
    Optional<CsvMapping> recall(List<String> headers) {
        String value = node.get(key(headers), null);
        if (value == null) {
            return Optional.empty();
        }
        Map<String, ContactField> columns = new LinkedHashMap<>();
        for (String line : value.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                String header = line.substring(0, tab);
                try {
                    ContactField field = ContactField.valueOf(line.substring(tab + 1));
                    if (headers.contains(header)) {
                        columns.put(header, field);
                    }
                } catch (IllegalArgumentException e) {
                    // a field that no longer exists: leave the column unmapped
                }
            }
        }
        return Optional.of(CsvMapping.of(columns));
    }

    /**
     * @param headers a header row
     * @param mapping the mapping the user chose for it
     */
    void remember(List<String> headers, CsvMapping mapping) {
        StringBuilder b = new StringBuilder();
        mapping.columns().forEach((h, f) -> b.append(h).append('\t').append(f.name()).append('\n'));
        node.put(key(headers), b.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // remembered for this session only; the next import proposes the mapping again
        }
    }
}
