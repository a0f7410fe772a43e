package org.segmenta.exchange.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.segmenta.core.format.Formats;


/**
 * The kinds of values an import could not place on a contact, as people read them: the import report keeps each
 * kind in English (a key of the machine output, such as {@code "IM addresses"}), and {@link #shown(String)} gives its
 * text in the user's language ({@code Kind_*} in {@link Messages}).
 */
public final class Kinds {

    private Kinds() {
    }

    private static final Map<String, Supplier<String>> KINDS = Map.ofEntries(
            Map.entry("more e-mail addresses", () -> Messages.Kind_moreEmailAddresses),
            Map.entry("more phone numbers", () -> Messages.Kind_morePhoneNumbers),
            Map.entry("more addresses", () -> Messages.Kind_moreAddresses),
            Map.entry("more web pages", () -> Messages.Kind_moreWebPages),
            Map.entry("birthdays", () -> Messages.Kind_birthdays),
            Map.entry("anniversaries", () -> Messages.Kind_anniversaries),
            Map.entry("IM addresses", () -> Messages.Kind_imAddresses),
            Map.entry("photos", () -> Messages.Kind_photos),
            Map.entry("logos", () -> Messages.Kind_logos),
            Map.entry("nicknames", () -> Messages.Kind_nicknames),
            Map.entry("geo positions", () -> Messages.Kind_geoPositions),
            Map.entry("relations", () -> Messages.Kind_relations),
            Map.entry("roles", () -> Messages.Kind_roles),
            Map.entry("genders", () -> Messages.Kind_genders),
            Map.entry("interests", () -> Messages.Kind_interests),
            Map.entry("sounds", () -> Messages.Kind_sounds),
            Map.entry("keys", () -> Messages.Kind_keys),
            Map.entry("XML parts", () -> Messages.Kind_xmlParts),
            Map.entry("agents", () -> Messages.Kind_agents),
            Map.entry("group members", () -> Messages.Kind_groupMembers));

    /**
     * @param kind a kind of value that had no place on a contact, as the report keeps it (English, a key of the
     *            machine output: "IM addresses", "other (X-FOO)"), or a CSV column name
     * @return how people read it in their language; a column name unchanged
     */
    public static String shown(String kind) {
        Supplier<String> known = KINDS.get(kind);
        if (known != null) {
            return known.get();
        }
        if (kind.startsWith("other (") && kind.endsWith(")")) {
            return Formats.bind(Messages.Kind_other, kind.substring("other (".length(), kind.length() - 1));
        }
        return kind;
    }
}
