package org.nkgraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison form of a name: its words, lower case, without accents, apostrophes or hyphens, so that
 * "Kim Jong-un" and "Kim Jong Un", "Workers' Party" and "Workers’ Party", "P'yŏngyang" and "Pyongyang" compare
 * equal word by word.
 */
public final class NameKey {

    // Letters and digits; an apostrophe inside a word joins it ("P'yŏngyang" is one word), but a possessive 's
    // does not belong to the name ("Kim Jong Un's", "Korea's").
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['’ʼ`´](?![sS]\\b)[\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("[\\p{M}'’ʼ`´]");

    private NameKey() {}

    /** One word of a text, with its offsets and its comparison form. */
    public record Word(int start, int end, String text, String key) {
        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** The words of a text, with offsets into it. */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        // "20×10" is one word, as "20x10" is; the sign is one character, so offsets stay the same.
        Matcher m = WORD.matcher(text.replace('×', 'x'));
        while (m.find()) {
            String original = text.substring(m.start(), m.end());
            words.add(new Word(m.start(), m.end(), original, fold(m.group())));
        }
        return words;
    }

    /** The comparison forms of a name's words. */
    public static List<String> of(String name) {
        return words(name).stream().map(Word::key).toList();
    }

    /** Lower case, accents and apostrophes removed. */
    public static String fold(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            // Most words are ASCII, which decomposition leaves as it is and whose only marks are ' and `.
            String bare = word.indexOf('\'') < 0 && word.indexOf('`') < 0 ? word
                    : word.replace("'", "").replace("`", "");
            return bare.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
