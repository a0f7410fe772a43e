package org.segmenta.core.language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps ISO language tags (as vCard LANG and LANGUAGE and CSV exports write them: {@code en-us}, {@code da},
 * {@code de-CH}) to Segmenta language codes, which follow Dynamics NAV's Windows three-letter codes
 * ({@code ENU}, {@code DAN}, {@code DES}), and back. A tag with a region that has no code of its own falls back to
 * its language ({@code de-LU} → {@code DEU}). English language names ("English", "Danish") are understood too.
 */
public final class LanguageCodes {

    private static final Map<String, String> TO_CODE = new LinkedHashMap<>();
    private static final Map<String, String> TO_TAG = new HashMap<>();

    static {
        // language tag -> NAV/Windows code; the first tag of a code is its canonical tag for export
        add("en-US", "ENU", "en");
        add("en-GB", "ENG");
        add("en-CA", "ENC");
        add("en-AU", "ENA");
        add("en-NZ", "ENZ");
        add("en-IE", "ENI");
        add("da-DK", "DAN", "da");
        add("de-DE", "DEU", "de");
        add("de-AT", "DEA");
        add("de-CH", "DES");
        add("nl-NL", "NLD", "nl");
        add("nl-BE", "NLB");
        add("fr-FR", "FRA", "fr");
        add("fr-BE", "FRB");
        add("fr-CA", "FRC");
        add("fr-CH", "FRS");
        add("es-ES", "ESP", "es");
        add("es-MX", "ESM");
        add("it-IT", "ITA", "it");
        add("it-CH", "ITS");
        add("sv-SE", "SVE", "sv");
        add("nb-NO", "NOR", "nb", "no");
        add("nn-NO", "NON", "nn");
        add("fi-FI", "FIN", "fi");
        add("is-IS", "ISL", "is");
        add("pt-PT", "PTG", "pt");
        add("pt-BR", "PTB");
        add("pl-PL", "PLK", "pl");
        add("cs-CZ", "CSY", "cs");
        add("sk-SK", "SKY", "sk");
        add("hu-HU", "HUN", "hu");
        add("ru-RU", "RUS", "ru");
        add("uk-UA", "UKR", "uk");
        add("ja-JP", "JPN", "ja");
        add("zh-CN", "CHS", "zh");
        add("zh-TW", "CHT");
        add("ko-KR", "KOR", "ko");
        add("el-GR", "ELL", "el");
        add("tr-TR", "TRK", "tr");
        add("et-EE", "ETI", "et");
        add("lv-LV", "LVI", "lv");
        add("lt-LT", "LTH", "lt");
        add("sl-SI", "SLV", "sl");
        add("hr-HR", "HRV", "hr");
        add("bg-BG", "BGR", "bg");
        add("ro-RO", "ROM", "ro");
        add("ar-SA", "ARA", "ar");
        add("he-IL", "HEB", "he");
    }

    private static void add(String canonical, String code, String... more) {
        TO_TAG.putIfAbsent(code, canonical);
        TO_CODE.put(canonical.toLowerCase(Locale.ROOT), code);
        for (String m : more) {
            TO_CODE.put(m, code);
        }
    }

    private LanguageCodes() {
    }

    /**
     * @param tagOrName an ISO language tag ({@code en-us}, {@code en_US}, {@code EN}) or an English language name
     *            ({@code English}), or {@code null}
     * @return the language code, for example {@code ENU}, or {@code null} when it is not known
     */
    public static String fromIso(String tagOrName) {
        if (tagOrName == null || tagOrName.isBlank()) {
            return null;
        }
        String t = tagOrName.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        String code = TO_CODE.get(t);
        if (code != null) {
            return code;
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            return TO_CODE.get(t.substring(0, dash));
        }
        for (String iso : Locale.getISOLanguages()) {
            if (Locale.of(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(t)) {
                return TO_CODE.get(iso);
            }
        }
        return null;
    }

    /**
     * @param code a language code such as {@code ENU}, or {@code null}
     * @return its ISO language tag, for example {@code en-US}, or {@code null} when the code is not known
     */
    public static String toIso(String code) {
        return code == null ? null : TO_TAG.get(code.strip().toUpperCase(Locale.ROOT));
    }
}
