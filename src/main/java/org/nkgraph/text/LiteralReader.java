package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the clauses of a {@link LiteralGate} from a regular expression in {@link java.util.regex.Pattern}'s
 * syntax. Each clause is a set of folded strings one of which every match contains. Only what is certain gives a
 * clause: optional parts, look-arounds, classes of letters and back-references give none, and whatever the reader
 * does not know throws {@link IllegalArgumentException}, for which the gate admits every text.
 */
final class LiteralReader {

    private static final Comparator<Set<String>> RAREST = Comparator
            .<Set<String>>comparingInt(c -> c.stream().mapToInt(String::length).min().orElse(0)).reversed()
            .thenComparingInt(Set::size);

    /** What one atom of a pattern says: a literal character, clauses of its own, or nothing (zero width). */
    private record Atom(String literal, List<Set<String>> clauses, boolean zeroWidth) {
        static final Atom ZERO_WIDTH = new Atom(null, List.of(), true);
        static final Atom ANY = new Atom(null, List.of(), false);
    }

    private static final int NONE = -1;

    private final String p;
    private int i;
    private boolean quoted;

    LiteralReader(String pattern) {
        this.p = pattern;
    }

    List<Set<String>> read() {
        List<Set<String>> clauses = alternation();
        if (i < p.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + i);
        }
        return clauses;
    }

    private List<Set<String>> alternation() {
        List<List<Set<String>>> branches = new ArrayList<>();
        branches.add(concatenation());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        // A match takes one branch: it contains one of the branches' strings, each branch giving its rarest clause.
        Set<String> union = new LinkedHashSet<>();
        for (List<Set<String>> branch : branches) {
            if (branch.isEmpty()) {
                return List.of();
            }
            union.addAll(branch.stream().min(RAREST).orElseThrow());
        }
        return List.of(union);
    }

    private List<Set<String>> concatenation() {
        List<Set<String>> clauses = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (i < p.length() && (quoted || p.charAt(i) != '|' && p.charAt(i) != ')')) {
            Atom atom = atom();
            int min = quantifier();
            if (atom.zeroWidth()) {
                continue; // matches no characters: the literals on either side stay next to each other
            }
            if (atom.literal() != null && min != 0) {
                run.append(atom.literal());
                if (min != NONE) {
                    // "ab+c" contains "ab" and "bc": the repeated character ends one run and starts the next.
                    flush(run, clauses);
                    run.append(atom.literal());
                }
                continue;
            }
            flush(run, clauses);
            if (min != 0) {
                clauses.addAll(atom.clauses());
            }
        }
        flush(run, clauses);
        return clauses;
    }

    private static void flush(StringBuilder run, List<Set<String>> clauses) {
        if (run.length() > 0) {
            clauses.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** The least number of repetitions the quantifier after an atom allows; {@link #NONE} without one. */
    private int quantifier() {
        if (quoted || i >= p.length()) {
            return NONE;
        }
        int min;
        char c = p.charAt(i);
        if (c == '?' || c == '*') {
            min = 0;
            i++;
        } else if (c == '+') {
            min = 1;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed quantifier");
            }
            String bounds = p.substring(i + 1, close);
            min = Integer.parseInt(bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds);
            i = close + 1;
        } else {
            return NONE;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return min;
    }

    private Atom atom() {
        char c = p.charAt(i);
        if (quoted) {
            i++;
            if (p.startsWith("\\E", i)) {
                i += 2;
                quoted = false;
            }
            return literal(c);
        }
        switch (c) {
            case '(':
                return group();
            case '[':
                return new ClassReader().read();
            case '\\':
                return escape();
            case '.':
                i++;
                return Atom.ANY;
            case '^':
            case '$':
                i++;
                return Atom.ZERO_WIDTH;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("dangling quantifier at " + i);
            default:
                i++;
                return literal(c);
        }
    }

    private static Atom literal(char c) {
        return LiteralGate.plain(c) ? new Atom(String.valueOf(LiteralGate.foldChar(c)), List.of(), false) : Atom.ANY;
    }

    private Atom group() {
        i++;
        boolean lookaround = false;
        if (p.startsWith("?:", i) || p.startsWith("?>", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            lookaround = true;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            lookaround = true;
        } else if (p.startsWith("?<", i)) {
            i = closing('>', i) + 1;
        } else if (p.startsWith("?", i)) {
            int end = i + 1;
            while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '-')) {
                end++;
            }
            if (p.substring(i + 1, end).contains("x") || end >= p.length()) {
                throw new IllegalArgumentException("comments or unclosed flags");
            }
            if (p.charAt(end) != ')' && p.charAt(end) != ':') {
                throw new IllegalArgumentException("unknown group at " + i);
            }
            i = end + 1;
            if (p.charAt(end) == ')') {
                return Atom.ZERO_WIDTH; // flags for the rest of the pattern
            }
        }
        List<Set<String>> inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        i++;
        return lookaround ? Atom.ZERO_WIDTH : new Atom(null, inner, false);
    }

    private int closing(char close, int from) {
        int at = p.indexOf(close, from);
        if (at < 0) {
            throw new IllegalArgumentException("missing '" + close + "'");
        }
        return at;
    }

    private Atom escape() {
        if (i + 1 >= p.length()) {
            throw new IllegalArgumentException("trailing backslash");
        }
        char c = p.charAt(i + 1);
        i += 2;
        switch (c) {
            case 'Q':
                quoted = true;
                return Atom.ZERO_WIDTH;
            case 'E':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
            case 'B':
                return Atom.ZERO_WIDTH;
            case 'b':
                if (i < p.length() && p.charAt(i) == '{') {
                    i = closing('}', i) + 1;
                }
                return Atom.ZERO_WIDTH;
            case 'p':
            case 'P':
            case 'N':
                i = i < p.length() && p.charAt(i) == '{' ? closing('}', i) + 1 : i + 1;
                return Atom.ANY;
            case 'k':
                i = closing('>', i) + 1;
                return Atom.ANY;
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
            case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                return Atom.ANY;
            default:
                if (c >= '1' && c <= '9') {
                    while (i < p.length() && Character.isDigit(p.charAt(i))) {
                        i++;
                    }
                    return Atom.ANY; // a back-reference
                }
                return literal(escaped(c));
        }
    }

    /** The character an escape {@code \c} writes, after {@code c} (and reading any digits that follow). */
    private char escaped(char c) {
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return '\u0007';
            case 'e':
                return '\u001B';
            case 'u':
                i += 4;
                return (char) Integer.parseInt(p.substring(i - 4, i), 16);
            case 'x':
                if (p.charAt(i) == '{') {
                    int close = closing('}', i);
                    int cp = Integer.parseInt(p.substring(i + 1, close), 16);
                    i = close + 1;
                    if (cp > Character.MAX_VALUE) {
                        throw new IllegalArgumentException("supplementary character");
                    }
                    return (char) cp;
                }
                i += 2;
                return (char) Integer.parseInt(p.substring(i - 2, i), 16);
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("unknown escape \\" + c);
                }
                return c;
        }
    }

    /**
     * A character class. Only a class of a few caseless characters ("[\uE001\uE002]", "[0-9]") gives a clause,
     * of its single characters; any other class is any character.
     */
    private final class ClassReader {

        private static final int MOST = 64;

        private final Set<String> members = new LinkedHashSet<>();
        private boolean simple = true;

        Atom read() {
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                simple = false;
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                throw new IllegalArgumentException("']' first in a class");
            }
            body();
            return simple && !members.isEmpty() ? new Atom(null, List.of(Set.copyOf(members)), false) : Atom.ANY;
        }

        private void body() {
            while (true) {
                if (i >= p.length()) {
                    throw new IllegalArgumentException("unclosed class");
                }
                char c = p.charAt(i);
                if (c == ']') {
                    i++;
                    return;
                }
                if (c == '[') {
                    simple = false;
                    new ClassReader().read();
                } else if (c == '&' && p.startsWith("&&", i)) {
                    simple = false;
                    i += 2;
                } else {
                    member();
                }
            }
        }

        private void member() {
            int from = single();
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int to = single();
                if (from < 0 || to < 0 || to - from >= MOST) {
                    simple = false;
                    return;
                }
                for (int c = from; c <= to; c++) {
                    add(c);
                }
            } else if (from >= 0) {
                add(from);
            }
        }

        private void add(int c) {
            if (LiteralGate.caseless((char) c)) {
                members.add(String.valueOf((char) c));
            } else {
                simple = false;
            }
        }

        /** One character of the class, or -1 (and the class no longer simple) for a class escape such as \s. */
        private int single() {
            char c = p.charAt(i);
            if (c != '\\') {
                i++;
                return c;
            }
            char e = p.charAt(i + 1);
            i += 2;
            if ("dDsSwWhHvVR".indexOf(e) >= 0) {
                simple = false;
                return -1;
            }
            if (e == 'p' || e == 'P' || e == 'N') {
                i = p.charAt(i) == '{' ? closing('}', i) + 1 : i + 1;
                simple = false;
                return -1;
            }
            if (e == 'Q') {
                throw new IllegalArgumentException("quoting inside a class");
            }
            return escaped(e);
        }
    }
}
