package org.nkgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.vocab.NKGID;

/**
 * Finds people the reference data does not know: Korean names (a family name and a one- or two-syllable given name,
 * in any hyphenation or all in capitals) and non-Korean names right after a title ("Secretary of State Marco
 * Rubio"). A name that overlaps a mention is left alone (the gazetteer's place or a county named after a person
 * wins), as is a name the gazetteer knows under any spelling, and a name followed by another capitalised word (part
 * of a longer name: "Kim Il Sung Square"). The IRI is {@code NKGID.person(slug)}, the same for "Ri Song-chol" and
 * "Ri Song Chol"; the class comes from the person's title or apposition ({@link PersonRoles}).
 */
final class PersonNameFinder {

    private static final String RULE = "names:person:";
    // Words of a sentence: letters, hyphenated parts kept together ("Thae-song").
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    // A run of capitalised words separated by single spaces, for names after a title.
    private static final String NAME_WORD = "\\p{Lu}\\p{L}+(?:['’]\\p{Lu}\\p{L}+)?(?:-\\p{L}+)?";
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])" + NAME_WORD + "(?: " + NAME_WORD + ")+(?![\\p{L}\\p{N}])");

    private final KoreanNames korean;
    private final PersonRoles roles;
    private final NamePatterns patterns;
    private final Gazetteer gazetteer;
    private final double koreanConfidence;
    private final double titledConfidence;

    PersonNameFinder(KoreanNames korean, PersonRoles roles, NamePatterns patterns, Gazetteer gazetteer,
            NameSettings settings) {
        this.korean = korean;
        this.roles = roles;
        this.patterns = patterns;
        this.gazetteer = gazetteer;
        this.koreanConfidence = settings.get("confidence.person.korean");
        this.titledConfidence = settings.get("confidence.person.titled");
    }

    private record Found(int start, int end, String label, String rule, double confidence) {}

    void find(AnalyzedDocument doc) {
        Map<String, NewEntity> people = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Found> found = new ArrayList<>(koreanNames(doc, s));
            for (Found f : found) {
                add(doc, s, f, people);
            }
            for (Found f : titledNames(doc, s)) {
                add(doc, s, f, people);
            }
        }
        people.values().forEach(doc::addNewEntity);
    }

    private void add(AnalyzedDocument doc, Sentence s, Found f, Map<String, NewEntity> people) {
        if (!MentionLib.free(doc, f.start, f.end)) {
            return;
        }
        String text = doc.text().substring(f.start, f.end);
        String iri = NKGID.person(NKGID.slug(f.label)).getURI();
        PersonRoles.Role role = roles.describe(doc.text(), s, f.start, f.end);
        doc.addMention(new Mention(f.start, f.end, text, EntityClass.PERSON, iri, s.index(), f.rule, f.confidence));
        NewEntity before = people.get(iri);
        // The most specific class any mention's context gives wins: "Chang" may be titled only once.
        String className = before == null || before.className().equals("Person") ? role.className()
                : before.className();
        String label = before == null ? f.label : before.label();
        Set<String> names = new LinkedHashSet<>(before == null ? Set.of() : before.names());
        names.add(text);
        names.remove(label);
        people.put(iri, new NewEntity(iri, className, label, names, null));
    }

    private List<Found> koreanNames(AnalyzedDocument doc, Sentence s) {
        List<Word> words = words(s);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = koreanNameAt(doc, words, i, out);
            i += Math.max(1, taken);
        }
        return out;
    }

    /** Tries a Korean name starting at word {@code i}; returns how many words it spans (0 if none). */
    private int koreanNameAt(AnalyzedDocument doc, List<Word> words, int i, List<Found> out) {
        Word family = words.get(i);
        if (family.hyphenated() || !family.nameCase() || korean.family(family.text).isEmpty()
                || !MentionLib.free(doc, family.start, family.end)) {
            return 0;
        }
        int given = givenNameLength(words, i);
        if (given == 0) {
            return 0;
        }
        Word last = words.get(i + given);
        if (i + given + 1 < words.size() && continues(words.get(i + given), words.get(i + given + 1))) {
            return given + 1; // part of a longer capitalised name
        }
        List<Word> span = words.subList(i, i + given + 1);
        String label = label(span);
        if (!gazetteer.lookup(NameKey.of(label)).isEmpty()) {
            return given + 1; // the gazetteer's name, whatever it made of it
        }
        out.add(new Found(family.start, last.end, label, RULE + "korean", koreanConfidence));
        return given + 1;
    }

    /** How many words after the family name form a given name: a hyphenated pair, two syllables, or one word. */
    private int givenNameLength(List<Word> words, int i) {
        Word family = words.get(i);
        if (i + 1 >= words.size() || !adjacent(family, words.get(i + 1))) {
            return 0;
        }
        Word first = words.get(i + 1);
        if (!first.nameCase() || first.allCaps() != family.allCaps() || patterns.isStopword(first.text)) {
            return 0;
        }
        if (first.hyphenated()) {
            String[] parts = first.text.split("-");
            return parts.length == 2 && korean.isSyllable(parts[0]) && korean.isSyllable(parts[1]) ? 1 : 0;
        }
        if (i + 2 < words.size()) {
            Word second = words.get(i + 2);
            if (adjacent(first, second) && second.nameCase() && !second.hyphenated()
                    && second.allCaps() == first.allCaps() && !patterns.isStopword(second.text)
                    && korean.isSyllable(first.text) && korean.isSyllable(second.text)) {
                return 2;
            }
        }
        return korean.isOneOrTwoSyllables(first.text) ? 1 : 0;
    }

    private List<Found> titledNames(AnalyzedDocument doc, Sentence s) {
        List<Found> out = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(s.text());
        while (m.find()) {
            List<Word> run = spaceSeparated(m.group(), s.start() + m.start());
            // The title may be the run's first words: "Secretary of State Marco Rubio", "President Donald Trump".
            for (int k = Math.max(0, run.size() - 3); k + 2 <= run.size(); k++) {
                List<Word> name = run.subList(k, run.size());
                if (name.stream().anyMatch(w -> patterns.isStopword(w.text))
                        || korean.family(name.get(0).text).isPresent()) {
                    continue;
                }
                if (roles.titledAt(doc.text(), s, name.get(0).start)) {
                    String label = String.join(" ", name.stream().map(Word::text).toList());
                    if (gazetteer.lookup(NameKey.of(label)).isEmpty()) {
                        out.add(new Found(name.get(0).start, name.get(name.size() - 1).end, label, RULE + "titled",
                                titledConfidence));
                    }
                    break;
                }
            }
        }
        return out;
    }

    // "Kim Il Sung Square": a capitalised word right after the name makes it part of a longer one.
    private static boolean continues(Word last, Word next) {
        return adjacent(last, next) && next.nameCase();
    }

    // One space apart: "U.S." is not a family name and a given name.
    private static boolean adjacent(Word a, Word b) {
        return b.start - a.end == 1 && b.spaceBefore;
    }

    /** The label: the words as written, in title case if written in capitals ("HAN MI-RA" -> "Han Mi-ra"). */
    private static String label(List<Word> span) {
        List<String> parts = new ArrayList<>();
        for (Word w : span) {
            parts.add(w.allCaps() ? titleCase(w.text) : w.text);
        }
        return String.join(" ", parts);
    }

    private static String titleCase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static List<Word> words(Sentence s) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.text());
        int offset = s.start();
        while (m.find()) {
            boolean space = m.start() > 0 && s.text().charAt(m.start() - 1) == ' ';
            out.add(new Word(offset + m.start(), offset + m.end(), m.group(), space));
        }
        return out;
    }

    private static List<Word> spaceSeparated(String run, int offset) {
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (String w : run.split(" ")) {
            out.add(new Word(offset + at, offset + at + w.length(), w, at > 0));
            at += w.length() + 1;
        }
        return out;
    }

    /** A word with offsets into the document text. */
    private record Word(int start, int end, String text, boolean spaceBefore) {

        boolean hyphenated() {
            return text.indexOf('-') > 0;
        }

        boolean allCaps() {
            return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        /** Capitalised and otherwise lower case ("Thae-song", "Jong-Un"), or all in capitals ("MI-RA"). */
        boolean nameCase() {
            if (!Character.isUpperCase(text.codePointAt(0))) {
                return false;
            }
            String first = text.split("-")[0];
            return allCaps() || first.substring(1).chars().noneMatch(Character::isUpperCase);
        }
    }
}
