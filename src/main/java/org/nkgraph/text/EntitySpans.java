package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The entity spans of a document by sentence: every mention that denotes an entity and every resolved reference
 * that does not overlap one. A reference's kind is that of a mention of the same entity, else its class in the
 * reference data.
 */
final class EntitySpans {

    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)he|she|it|they|him|her|hers|his|its|them|their|theirs|himself|herself|itself|themselves");

    // By start; of spans that start together the longest first, so that a name inside a longer one ("North
    // Hamgyong" in "North Hamgyong Provincial Committee") does not hide it.
    private static final Comparator<EntitySpan> ORDER = Comparator.comparingInt(EntitySpan::start)
            .thenComparing(Comparator.comparingInt(EntitySpan::end).reversed());

    private final List<List<EntitySpan>> bySentence;

    private EntitySpans(List<List<EntitySpan>> bySentence) {
        this.bySentence = bySentence;
    }

    static EntitySpans of(AnalyzedDocument doc, ReferenceLookup lookup) {
        Map<String, EntityClass> kinds = new HashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.entity() != null) {
                kinds.putIfAbsent(m.entity(), m.entityClass());
            }
        }
        List<List<EntitySpan>> spans = new ArrayList<>();
        doc.sentences().forEach(s -> spans.add(new ArrayList<>()));
        List<Mention> named = doc.mentions().stream().filter(m -> m.entity() != null).toList();
        for (Mention m : named) {
            // A place inside an organization's or facility's name ("North Hamgyong Provincial Committee") is part
            // of that name: the longer name is the entity that rules relate.
            if (m.sentenceIndex() < spans.size() && !nested(m, named)) {
                spans.get(m.sentenceIndex()).add(new EntitySpan(m.start(), m.end(), m.text(), m.entity(),
                        m.entityClass(), false));
            }
        }
        for (Reference r : doc.references()) {
            if (r.entity() == null || r.sentenceIndex() >= spans.size()) {
                continue;
            }
            List<EntitySpan> sentence = spans.get(r.sentenceIndex());
            if (sentence.stream().anyMatch(s -> s.start() < r.end() && r.start() < s.end())) {
                continue;
            }
            EntityClass kind = kinds.computeIfAbsent(r.entity(), iri -> kindOf(iri, doc, lookup));
            sentence.add(new EntitySpan(r.start(), r.end(), r.text(), r.entity(), kind,
                    PRONOUN.matcher(r.text()).matches()));
        }
        spans.forEach(l -> l.sort(ORDER));
        return new EntitySpans(spans);
    }

    private static boolean nested(Mention m, List<Mention> all) {
        return all.stream().anyMatch(o -> o != m && o.start() <= m.start() && m.end() <= o.end()
                && o.end() - o.start() > m.end() - m.start());
    }

    private static EntityClass kindOf(String iri, AnalyzedDocument doc, ReferenceLookup lookup) {
        String className = lookup.classOf(iri, doc).orElse(null);
        if (className == null) {
            return null;
        }
        // Most specific first: a facility is also a place.
        for (EntityClass k : List.of(EntityClass.FACILITY, EntityClass.PERSON, EntityClass.ORGANIZATION,
                EntityClass.PLACE, EntityClass.POLICY, EntityClass.MEETING)) {
            String top = Character.toUpperCase(k.label().charAt(0)) + k.label().substring(1);
            if (lookup.isSubClass(className, top)) {
                return k;
            }
        }
        return null;
    }

    List<EntitySpan> in(int sentence) {
        return sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** Adds a span found by a later step (a lower-case organization name), keeping the sentence's order. */
    void add(int sentence, EntitySpan span) {
        List<EntitySpan> list = bySentence.get(sentence);
        list.add(span);
        list.sort(ORDER);
    }
}
