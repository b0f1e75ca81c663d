package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.GazetteerEntry;

/**
 * Finds the names of reference entities in the text, in every spelling the reference data lists, longest name
 * first. A name that several places share is decided by the places the same article names without doubt (the
 * province of one of them); otherwise the mention is kept with no entity rather than given a guessed one.
 */
public final class GazetteerMentionFinder implements AnalysisStage {

    private static final String RULE = "gazetteer";

    private final Gazetteer gazetteer;
    private final GazetteerRules rules;

    public GazetteerMentionFinder(Gazetteer gazetteer, GazetteerRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "gazetteer mentions";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<Match> matches = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            matches.addAll(matchSentence(sentence));
        }
        Set<String> certain = new HashSet<>();
        for (Match m : matches) {
            if (m.candidates.size() == 1) {
                certain.add(m.candidates.get(0).entity());
                certain.addAll(gazetteer.ancestorsOf(m.candidates.get(0).entity()));
            }
        }
        for (Match m : matches) {
            doc.addMention(decide(m, certain));
        }
    }

    private List<Match> matchSentence(Sentence sentence) {
        List<NameKey.Word> words = NameKey.words(sentence.text());
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match m = longestAt(sentence, words, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i += m.wordCount;
            }
        }
        return out;
    }

    private Match longestAt(Sentence sentence, List<NameKey.Word> words, int from) {
        int max = Math.min(gazetteer.longestName(), words.size() - from);
        // No name is longer than the longest run of these words that begins one: most words begin none.
        int begun = 0;
        while (begun < max && gazetteer.startsName(
                words.subList(from, from + begun + 1).stream().map(NameKey.Word::key).toList())) {
            begun++;
        }
        for (int n = begun; n >= 1; n--) {
            List<NameKey.Word> span = words.subList(from, from + n);
            List<GazetteerEntry> candidates = gazetteer.lookup(span.stream().map(NameKey.Word::key).toList());
            if (candidates.isEmpty() || !acceptable(span, candidates, words, from + n)) {
                continue;
            }
            int start = sentence.start() + span.get(0).start();
            int end = sentence.start() + span.get(n - 1).end();
            String text = sentence.text().substring(span.get(0).start(), span.get(n - 1).end());
            boolean exact = candidates.stream().anyMatch(c -> NameKey.words(c.name()).stream()
                    .map(NameKey.Word::text).toList().equals(span.stream().map(NameKey.Word::text).toList()));
            return new Match(start, end, text, sentence.index(), n, candidates, exact);
        }
        return null;
    }

    /** Proper names are capitalised; a one-word place name must not be the start of a longer capitalised name. */
    private boolean acceptable(List<NameKey.Word> span, List<GazetteerEntry> candidates, List<NameKey.Word> words,
            int next) {
        if (span.size() == 1) {
            if (!span.get(0).capitalised()) {
                return false;
            }
            boolean allPlaces = candidates.stream().allMatch(c -> c.entityClass() == EntityClass.PLACE);
            if (allPlaces && next < words.size()) {
                NameKey.Word following = words.get(next);
                boolean adjacent = following.start() - span.get(0).end() <= 1;
                return !(adjacent && following.capitalised() && !rules.placeTypeWords().contains(following.text()));
            }
            return true;
        }
        // Organizations and policies are often written in lower case ("the unification ministry").
        return span.stream().anyMatch(NameKey.Word::capitalised) || candidates.stream()
                .anyMatch(c -> c.entityClass() == EntityClass.ORGANIZATION || c.entityClass() == EntityClass.POLICY);
    }

    private Mention decide(Match m, Set<String> certain) {
        double confidence = m.exact ? rules.exactConfidence() : rules.caselessConfidence();
        if (m.candidates.size() == 1) {
            GazetteerEntry e = m.candidates.get(0);
            return new Mention(m.start, m.end, m.text, e.entityClass(), e.entity(), m.sentence, RULE, confidence);
        }
        // Only what sets the candidates apart counts: they all lie in the same country.
        Set<String> shared = new HashSet<>(gazetteer.ancestorsOf(m.candidates.get(0).entity()));
        m.candidates.forEach(c -> shared.retainAll(gazetteer.ancestorsOf(c.entity())));
        List<GazetteerEntry> supported = m.candidates.stream()
                .filter(c -> gazetteer.ancestorsOf(c.entity()).stream()
                        .anyMatch(a -> !shared.contains(a) && certain.contains(a)))
                .toList();
        EntityClass kind = m.candidates.get(0).entityClass();
        if (supported.size() == 1) {
            GazetteerEntry e = supported.get(0);
            return new Mention(m.start, m.end, m.text, e.entityClass(), e.entity(), m.sentence, RULE + ":context",
                    Math.min(confidence, rules.contextConfidence()));
        }
        return new Mention(m.start, m.end, m.text, kind, null, m.sentence, RULE + ":ambiguous", confidence);
    }

    private record Match(int start, int end, String text, int sentence, int wordCount,
            List<GazetteerEntry> candidates, boolean exact) {}
}
