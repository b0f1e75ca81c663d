package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A cheap test that a pattern cannot match a text: the words a match must contain, read from the pattern. Most
 * rules are searched in every sentence and match in few, and a regular expression tries each position of the
 * text, so testing for the literal words first ({@link String#indexOf}) saves most of the searching.
 *
 * <p>A gate is a conjunction of clauses, each a set of strings of which the text must contain one: a literal run
 * outside any optional part is a clause of one string, an alternation of such runs one clause with a string per
 * branch. Texts and strings are compared folded ({@link #fold}) as Java's case-insensitive matching folds them,
 * so a gate never refuses a text the pattern matches, whatever the pattern's case flags. A construct the reader
 * does not know gives no clause; a pattern it cannot read at all gets a gate that admits every text.
 *
 * <pre>
 * LiteralGate gate = LiteralGate.of(pattern);
 * LiteralGate.Text folded = LiteralGate.fold(text);   // once per text, for all gates
 * if (gate.admits(folded)) { ... pattern.matcher(text) ... }
 * </pre>
 */
final class LiteralGate {

    private static final LiteralGate OPEN = new LiteralGate(List.of());

    /** Clauses of this many strings or more are answered once per text: many rules share them (month names). */
    private static final int SHARED_CLAUSE = 4;

    /** One instance of each clause, so that a text can remember the answers of shared ones by identity. */
    private static final Map<Set<String>, Set<String>> CANONICAL = new ConcurrentHashMap<>();

    /** A text folded for the gates, with the answers it has given to the larger clauses. */
    static final class Text {

        private final String folded;
        private Map<Set<String>, Boolean> answers;

        private Text(String folded) {
            this.folded = folded;
        }

        boolean containsAny(Set<String> clause) {
            if (clause.size() < SHARED_CLAUSE) {
                return LiteralGate.containsAny(folded, clause);
            }
            if (answers == null) {
                answers = new IdentityHashMap<>();
            }
            return answers.computeIfAbsent(clause, c -> LiteralGate.containsAny(folded, c));
        }
    }

    private final List<Set<String>> clauses;

    private LiteralGate(List<Set<String>> clauses) {
        this.clauses = clauses;
    }

    /** The gate of a pattern; one that admits everything for flags that change what a literal is. */
    static LiteralGate of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return OPEN;
        }
        try {
            List<Set<String>> clauses = new ArrayList<>(new LiteralReader(pattern.pattern()).read());
            // The rarest first: longer strings and fewer of them reject a text sooner.
            clauses.sort(Comparator.<Set<String>>comparingInt(c -> -shortest(c)).thenComparingInt(Set::size));
            return new LiteralGate(clauses.stream().map(c -> CANONICAL.computeIfAbsent(c, k -> c)).toList());
        } catch (IllegalArgumentException e) {
            return OPEN;
        }
    }

    /** The text as case-insensitive matching compares it: each character upper-cased, then lower-cased. */
    static Text fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(text.charAt(i));
        }
        return new Text(new String(chars));
    }

    static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 0x2000 && c <= 0x206F || Character.getType(c) == Character.PRIVATE_USE) {
            return c; // punctuation and the masks, which have no case: the common characters outside ASCII
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** False only when the pattern cannot match the text of which {@code folded} is the {@link #fold}. */
    boolean admits(Text folded) {
        for (Set<String> clause : clauses) {
            if (!folded.containsAny(clause)) {
                return false;
            }
        }
        return true;
    }

    /** The clauses, for tests and for reading what a rule requires. */
    List<Set<String>> clauses() {
        return clauses;
    }

    private static boolean containsAny(String folded, Set<String> strings) {
        for (String s : strings) {
            if (folded.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * A character a literal may be: one whose case-insensitive matches all fold to its own fold. ASCII qualifies
     * (letters fold as the text does), and so do the private-use masks and general punctuation, which have no case.
     */
    static boolean plain(char c) {
        return c < 128 || Character.getType(c) == Character.PRIVATE_USE || c >= 0x2000 && c <= 0x206F;
    }

    /** A literal character that stands for itself in a character class under any case flag. */
    static boolean caseless(char c) {
        return plain(c) && !Character.isLetter(c);
    }
}
