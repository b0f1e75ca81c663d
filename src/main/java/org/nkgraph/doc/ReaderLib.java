package org.nkgraph.doc;

import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the readers. */
final class ReaderLib {

    private ReaderLib() {}

    /** The text stripped, or null when it is null or blank: an empty field is an absent field. */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A place written in capitals ("SEOUL", "NEW YORK") in the usual case ("Seoul", "New York"); text in mixed case
     * is returned unchanged, since its writer already chose the case.
     */
    static String placeName(String place) {
        String s = trimToNull(place);
        if (s == null || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return out.toString();
    }

    /** True when the text ends like a sentence (full stop, question or exclamation mark, colon), quotes aside. */
    static boolean endsLikeSentence(String text) {
        String s = text.strip().replaceAll("[\"'\u201D\u2019)\\]]+$", "");
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '\u2026';
    }

    /** Names joined the way English lists them: "A", "A and B", "A, B and C"; null for none. */
    static String joinNames(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    /** The first argument that is neither null nor blank, stripped; null when there is none. */
    static String firstPresent(String... candidates) {
        for (String c : candidates) {
            String s = trimToNull(c);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
