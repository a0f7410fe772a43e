package org.segmenta.exchange.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises country names and codes as contact exports write them ("USA", "Poland", "Perú", "Cayman Islands",
 * "DE") and gives the ISO 3166 alpha-2 code the model stores.
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();
    private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());

    static {
        for (String iso : Locale.getISOCountries()) {
            Locale region = Locale.of("", iso);
            BY_KEY.putIfAbsent(key(region.getDisplayCountry(Locale.ENGLISH)), iso);
            try {
                BY_KEY.putIfAbsent(key(region.getISO3Country()), iso);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 code: the name is enough
            }
        }
        for (Locale l : Locale.getAvailableLocales()) {
            if (!l.getCountry().isEmpty() && ISO2.contains(l.getCountry())) {
                BY_KEY.putIfAbsent(key(l.getDisplayCountry(l)), l.getCountry());
            }
        }
        BY_KEY.put(key("United States of America"), "US");
        BY_KEY.put(key("America"), "US");
        BY_KEY.put(key("UK"), "GB");
        BY_KEY.put(key("Great Britain"), "GB");
        BY_KEY.put(key("England"), "GB");
        BY_KEY.put(key("Scotland"), "GB");
        BY_KEY.put(key("Wales"), "GB");
        BY_KEY.put(key("Holland"), "NL");
        BY_KEY.put(key("The Netherlands"), "NL");
        BY_KEY.put(key("Czech Republic"), "CZ");
        BY_KEY.put(key("Deutschland"), "DE");
        BY_KEY.put(key("Danmark"), "DK");
    }

    private Countries() {
    }

    /**
     * @param text a country name (in English or in the country's own language, accents optional) or an ISO alpha-2
     *            or alpha-3 code
     * @return the ISO 3166 alpha-2 code, or {@code null} when the text is not recognised
     */
    public static String isoCode(String text) {
        String t = Draft.clean(text);
        if (t == null) {
            return null;
        }
        if (t.length() == 2 && ISO2.contains(t.toUpperCase(Locale.ROOT))) {
            return t.toUpperCase(Locale.ROOT);
        }
        return BY_KEY.get(key(t));
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
