package org.segmenta.core.merge;

import java.util.List;
import java.util.Locale;

/**
 * The greeting words that open a salutation ("Dear", "Kære", "Sehr geehrter", ...) in the languages Segmenta's
 * salutations are written in, so that a salutation can be split into its greeting and its addressee. A salutation
 * formula (NAV's Salutation Formula, tables 5068/5069) gives the whole greeting, e.g. "Kære Karin Müller"; a Word
 * letter that writes its own greeting before the salutation field ("Dear «Formal_Salutation»,") needs only the
 * addressee ("Karin Müller"), or the greeting doubles ("Dear Kære Karin Müller").
 */
public final class Greetings {

    /** Opening words, longest first where one begins another; compared without regard to case. */
    private static final List<String> OPENERS = List.of(
            // German
            "sehr geehrte damen und herren", "sehr geehrter", "sehr geehrtes", "sehr geehrte", "guten tag", "grüß gott",
            "liebe", "lieber", "liebes", "hallo",
            // English
            "dearest", "dear", "hello", "hi", "greetings",
            // Danish, Norwegian, Swedish
            "kære", "kjære", "käre", "kära", "bästa", "hejsa", "hej", "hei", "goddag",
            // Dutch
            "geachte", "beste", "lieve", "dag",
            // French
            "chères", "chère", "chers", "cher", "bonjour",
            // Spanish, Portuguese
            "estimados", "estimadas", "estimado", "estimada", "queridos", "querido", "querida", "hola", "prezados",
            "prezado", "prezada", "olá",
            // Italian
            "gentilissimi", "gentilissima", "gentilissimo", "gentili", "gentile", "egregi", "egregio", "carissimi",
            "cari", "caro", "cara", "ciao",
            // Finnish, Polish
            "hyvä", "szanowni", "szanowny", "szanowna");

    private Greetings() {
    }

    /**
     * @param salutation a whole greeting, e.g. "Dear Mr. Hansen" or "Kære Karin Müller"
     * @return the greeting without its opening greeting words ("Mr. Hansen", "Karin Müller"); the text itself when
     *         it opens with none. "Sehr geehrte Damen und Herren" (a greeting without an addressee) gives
     *         "Damen und Herren".
     */
    public static String addressee(String salutation) {
        if (salutation == null) {
            return "";
        }
        String s = salutation.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String o : OPENERS) {
            if (lower.startsWith(o) && (lower.length() == o.length() || !Character.isLetter(lower.charAt(o.length())))) {
                if (o.equals("sehr geehrte damen und herren")) {
                    return s.substring("sehr geehrte ".length()).strip();
                }
                String rest = s.substring(o.length()).strip();
                // "Dear, Mr. Hansen" or "Hej! Karin": punctuation after the greeting word goes with it
                while (!rest.isEmpty() && (rest.charAt(0) == ',' || rest.charAt(0) == '!')) {
                    rest = rest.substring(1).strip();
                }
                return rest.isEmpty() ? s : rest;
            }
        }
        return s;
    }
}
