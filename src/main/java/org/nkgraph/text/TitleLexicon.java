package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.sys.NkGraphException;

/**
 * The titles of positions ("premier", "deputy spokesperson", "general secretary"), read from
 * {@code rules/titles.tsv}, and where they stand in a sentence.
 */
final class TitleLexicon {

    static final String FILE = "/org/nkgraph/text/rules/titles.tsv";

    private final Set<String> nameTitles = new HashSet<>();
    private final Set<String> voidWords = new HashSet<>();
    private final Pattern title;
    private final LiteralGate titleGate;

    TitleLexicon(RuleFile file) {
        Set<String> titles = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (RuleFile.Row row : file.rows()) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            switch (row.get(1)) {
                case "title" -> titles.add(phrase);
                case "name-title" -> {
                    titles.add(phrase);
                    nameTitles.add(phrase);
                }
                case "prefix" -> prefixes.add(phrase);
                case "void" -> voidWords.add(phrase);
                default -> throw row.error("kind must be title, name-title, prefix or void, not '" + row.get(1) + "'");
            }
        }
        if (titles.isEmpty()) {
            throw new NkGraphException(file.name() + ": no titles");
        }
        this.title = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:(?:" + PatternLib.alternation(prefixes)
                + ")\\s+){0,2}(?<base>" + PatternLib.alternation(titles) + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE);
        this.titleGate = LiteralGate.of(title);
    }

    static TitleLexicon bundled() {
        return new TitleLexicon(RuleFile.load(FILE, 2));
    }

    /** Masks for the titles that stand in the sentence outside the entity names. */
    List<MaskedSentence.Mask> masks(Sentence sentence, List<EntitySpan> spans) {
        List<MaskedSentence.Mask> masks = new ArrayList<>();
        if (!titleGate.admits(LiteralGate.fold(sentence.text()))) {
            return masks;
        }
        Matcher m = title.matcher(sentence.text());
        while (m.find()) {
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            if (spans.stream().anyMatch(s -> !s.pronoun() && s.start() < end && start < s.end())) {
                continue;
            }
            String base = m.group("base").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean head = nameTitles.contains(base) && Character.isUpperCase(m.group().charAt(0));
            masks.add(new MaskedSentence.Mask(start, end, head ? MaskedSentence.HEAD_TITLE : MaskedSentence.TITLE));
        }
        return masks;
    }

    /** Whether the words before a title mean the position is no longer held ("former", "the late"). */
    boolean voids(String wordsBefore) {
        for (String w : wordsBefore.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (voidWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A title as written, with its spacing made single ("deputy  spokesperson" gives "deputy spokesperson"). */
    static String normalise(String written) {
        return written.strip().replaceAll("\\s+", " ");
    }
}
