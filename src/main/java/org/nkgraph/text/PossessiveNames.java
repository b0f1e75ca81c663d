package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.GazetteerEntry;

/**
 * Finds reference names written with a possessive ("the Workers' Party's goals", "Pyongyang's factories"), which the
 * gazetteer misses because "Party's" is not the word "Party". The mention is the name without the "'s". A name that
 * several places share is decided, as the gazetteer does, by a place the article names without doubt.
 */
final class PossessiveNames {

    private static final String RULE = "gazetteer:possessive";
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private final Gazetteer gazetteer;
    private final double confidence;

    PossessiveNames(Gazetteer gazetteer, NameSettings settings) {
        this.gazetteer = gazetteer;
        this.confidence = settings.get("confidence.possessive");
    }

    void find(AnalyzedDocument doc) {
        for (Sentence s : doc.sentences()) {
            List<NameKey.Word> words = NameKey.words(s.text());
            for (int i = 0; i < words.size(); i++) {
                NameKey.Word w = words.get(i);
                if (POSSESSIVE.matcher(w.text()).find() && w.capitalised()) {
                    longestEndingAt(doc, s, words, i);
                }
            }
        }
    }

    private void longestEndingAt(AnalyzedDocument doc, Sentence s, List<NameKey.Word> words, int last) {
        NameKey.Word w = words.get(last);
        String bare = w.text().substring(0, w.text().length() - 2);
        int end = s.start() + w.end() - 2;
        for (int n = Math.min(gazetteer.longestName(), last + 1); n >= 1; n--) {
            List<String> key = new ArrayList<>(words.subList(last - n + 1, last).stream()
                    .map(NameKey.Word::key).toList());
            key.add(NameKey.fold(bare));
            List<GazetteerEntry> candidates = gazetteer.lookup(key);
            int start = s.start() + words.get(last - n + 1).start();
            if (candidates.isEmpty() || !words.get(last - n + 1).capitalised()
                    || !MentionLib.free(doc, start, end)) {
                continue;
            }
            String entity = decide(doc, candidates);
            EntityClass kind = candidates.get(0).entityClass();
            doc.addMention(new Mention(start, end, doc.text().substring(start, end), kind, entity, s.index(),
                    entity == null && candidates.size() > 1 ? RULE + "-ambiguous" : RULE, confidence));
            return;
        }
    }

    /** The one candidate, or the one whose containing places the article names; null if that does not decide. */
    private String decide(AnalyzedDocument doc, List<GazetteerEntry> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0).entity();
        }
        Set<String> named = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.entity() != null) {
                named.add(m.entity());
            }
        }
        // Only what sets the candidates apart counts: they all lie in the same country.
        Set<String> shared = new HashSet<>(gazetteer.ancestorsOf(candidates.get(0).entity()));
        candidates.forEach(c -> shared.retainAll(gazetteer.ancestorsOf(c.entity())));
        List<String> supported = candidates.stream().map(GazetteerEntry::entity)
                .filter(e -> gazetteer.ancestorsOf(e).stream().anyMatch(a -> !shared.contains(a) && named.contains(a)))
                .distinct().toList();
        return supported.size() == 1 ? supported.get(0) : null;
    }
}
