package org.segmenta.core.language;

import java.util.Locale;
import java.util.Map;

/**
 * Java locales for Windows language ids (LCIDs: 1033, 1030, ...), which Word fields such as GREETINGLINE {@code \\l}
 * use, and for the reference design's language codes (through {@link LanguageCodes}).
 */
public final class WindowsLanguages {

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
        String tag = LanguageCodes.toIso(code);
        Locale l = Locale.forLanguageTag((tag != null ? tag : code).replace('_', '-'));
        return l.getLanguage().isEmpty() ? Locale.ROOT : l;
    }
}
