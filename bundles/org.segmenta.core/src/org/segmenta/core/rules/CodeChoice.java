package org.segmenta.core.rules;

/**
 * One code a code field accepts, with its name, as a list of choices shows it ({@code AB · Annette Hill}).
 *
 * @param code the code, as stored
 * @param name its name or description; empty when it has none
 */
public record CodeChoice(String code, String name) {

    /** The separator between a code and its name in a choice's label. */
    public static final String SEPARATOR = " · ";

    /** @return {@code code · name}, or the code alone when it has no name */
    public String label() {
        return name == null || name.isBlank() ? code : code + SEPARATOR + name;
    }
}
