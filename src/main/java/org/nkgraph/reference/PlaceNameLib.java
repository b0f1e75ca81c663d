package org.nkgraph.reference;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spelling rules for North Korean place names: the forms a news text may use for a name the table spells
 * one way. Each rule is mechanical, so every derived label can be traced to a table value and a rule.
 */
public final class PlaceNameLib {
    /** English type words, longest first so "Rason Special City" loses "Special City", not just "City". */
    private static final List<String> TYPE_WORDS = List.of(" Directly Governed City", " Special City",
            " Province", " County", " City", " District");
    /** Apostrophe look-alikes that sources use for the McCune-Reischauer aspiration mark. */
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u02BC\u00B4`]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final char ASPIRATED = '\u0001';

    private PlaceNameLib() {}

    /** The name without a trailing English type word: "Changyon County" -> "Changyon"; other names unchanged. */
    public static String stripTypeWord(String name) {
        for (String word : TYPE_WORDS) {
            if (name.endsWith(word) && name.length() > word.length()) {
                return name.substring(0, name.length() - word.length());
            }
        }
        return name;
    }

    /** True if the text contains a hangul character (syllable or jamo). */
    public static boolean isHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** True if the Latin text carries McCune-Reischauer marks (breves or an apostrophe). */
    public static boolean hasMcCuneReischauerMarks(String text) {
        return !asciiFold(text).equals(text);
    }

    /** The text without diacritics or apostrophes, as English news writes MR: "Sinp'o-si" -> "Sinpo-si". */
    public static String asciiFold(String text) {
        String decomposed = Normalizer.normalize(APOSTROPHES.matcher(text).replaceAll("'"), Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll("").replace("'", ""), Normalizer.Form.NFC);
    }

    /**
     * The North Korean official romanisation (as KCNA writes it) of a McCune-Reischauer spelling: aspirates
     * are written with h (p' -> ph, t' -> th, k' -> kh, ch' -> ch), plain ch becomes j, tch becomes jj, and
     * breves and syllable-break apostrophes are dropped: "Sinp'o" -> "Sinpho", "Changyŏn" -> "Jangyon".
     */
    public static String northKoreanStyle(String mr) {
        String s = APOSTROPHES.matcher(mr).replaceAll("'");
        s = s.replace("Ch'", "Ch" + ASPIRATED).replace("ch'", "ch" + ASPIRATED);
        s = s.replace("tch", "jj");
        s = s.replaceAll("Ch(?!" + ASPIRATED + ")", "J").replaceAll("ch(?!" + ASPIRATED + ")", "j");
        s = s.replaceAll("([KkTtPp])'", "$1h");
        return asciiFold(s.replace(String.valueOf(ASPIRATED), ""));
    }
}
