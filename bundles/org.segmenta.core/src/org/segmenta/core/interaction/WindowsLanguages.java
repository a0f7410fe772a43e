package org.segmenta.core.interaction;

import java.util.Locale;
import java.util.Map;

/**
 * The languages of the reference design's language codes (three letters, Windows style: ENU, DAN, DEU, NLD...) and
 * Windows language ids (LCIDs: 1033, 1030, ...), as Java locales.
 */
public final class WindowsLanguages {

    private static final Map<String, Locale> CODES = Map.ofEntries(Map.entry("ENU", Locale.US),
            Map.entry("ENG", Locale.UK), Map.entry("DAN", Locale.of("da", "DK")), Map.entry("DEU", Locale.GERMANY),
            Map.entry("NLD", Locale.of("nl", "NL")), Map.entry("NLB", Locale.of("nl", "BE")),
            Map.entry("FRA", Locale.FRANCE), Map.entry("FRB", Locale.of("fr", "BE")), Map.entry("SVE", Locale.of("sv", "SE")),
            Map.entry("NOR", Locale.of("nb", "NO")), Map.entry("FIN", Locale.of("fi", "FI")),
            Map.entry("ESP", Locale.of("es", "ES")), Map.entry("ITA", Locale.ITALY), Map.entry("PTG", Locale.of("pt", "PT")),
            Map.entry("RUS", Locale.of("ru", "RU")), Map.entry("CHS", Locale.SIMPLIFIED_CHINESE),
            Map.entry("JPN", Locale.JAPAN), Map.entry("PLK", Locale.of("pl", "PL")), Map.entry("CSY", Locale.of("cs", "CZ")));

    private static final Map<Integer, Locale> LCIDS = Map.ofEntries(Map.entry(1033, Locale.US),
            Map.entry(2057, Locale.UK), Map.entry(1030, Locale.of("da", "DK")), Map.entry(1031, Locale.GERMANY),
            Map.entry(1043, Locale.of("nl", "NL")), Map.entry(2067, Locale.of("nl", "BE")), Map.entry(1036, Locale.FRANCE),
            Map.entry(1053, Locale.of("sv", "SE")), Map.entry(1044, Locale.of("nb", "NO")),
            Map.entry(1035, Locale.of("fi", "FI")), Map.entry(3082, Locale.of("es", "ES")), Map.entry(1040, Locale.ITALY),
            Map.entry(2070, Locale.of("pt", "PT")), Map.entry(1049, Locale.of("ru", "RU")),
            Map.entry(2052, Locale.SIMPLIFIED_CHINESE), Map.entry(1041, Locale.JAPAN), Map.entry(1045, Locale.of("pl", "PL")),
            Map.entry(1029, Locale.of("cs", "CZ")));

    private WindowsLanguages() {
    }

    /**
     * @param lcid a Windows language id, for example 1030
     * @return its locale, or null when unknown
     */
    public static Locale locale(int lcid) {
        return LCIDS.get(lcid);
    }

    /**
     * @param code a language code: a Windows-style code such as {@code DAN}, or an ISO/BCP 47 tag such as
     *            {@code da} or {@code da-DK}
     * @return its locale; {@link Locale#ROOT} when unknown
     */
    public static Locale fromNavCode(String code) {
        Locale l = CODES.get(code.toUpperCase(Locale.ROOT));
        if (l != null) {
            return l;
        }
        Locale tag = Locale.forLanguageTag(code.replace('_', '-'));
        return tag.getLanguage().isEmpty() ? Locale.ROOT : tag;
    }
}
