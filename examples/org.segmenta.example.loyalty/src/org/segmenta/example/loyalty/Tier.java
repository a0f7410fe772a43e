package org.segmenta.example.loyalty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A loyalty programme's tiers, lowest first. Stored by {@link #label()}, which is also what filters type. */
public enum Tier {
    /** Entry tier. */
    BRONZE("Bronze"),
    /** From 1,000 points. */
    SILVER("Silver"),
    /** From 5,000 points. */
    GOLD("Gold"),
    /** From 20,000 points. */
    PLATINUM("Platinum");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    /** @return the tier as stored and shown, for example {@code Gold} */
    public String label() {
        return label;
    }

    /** @return every tier's label, lowest first (the options of the "Loyalty › Tier" filter) */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Tier::label).toList();
    }

    /**
     * @param text a tier's name or label in any case ({@code gold}, {@code GOLD}, {@code Gold})
     * @return the tier
     * @throws IllegalArgumentException when it is none; the message lists the tiers
     */
    public static Tier of(String text) {
        String t = text == null ? "" : text.strip();
        for (Tier tier : values()) {
            if (tier.name().equalsIgnoreCase(t) || tier.label.equalsIgnoreCase(t)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is no loyalty tier; use one of " + String.join(", ", labels())
                + ".");
    }

    @Override
    public String toString() {
        return label.toUpperCase(Locale.ROOT);
    }
}
