package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.nkgraph.text.CoreferenceResolver.Candidate;
import org.nkgraph.text.CoreferenceRules.Description;
import org.nkgraph.text.EntityKinds.Gender;
import org.nkgraph.vocab.NKG;

/**
 * One document's coreference: walks the candidates in text order, remembering the people named or referred to so
 * far (with the sentence they stand in: the first person of a sentence is taken as its subject), the genders the
 * text or the reference data state, and which person each bare family name has stood for.
 */
final class CoreferenceRun {

    private static final String RULE = "coref:";

    private record PersonItem(String entity, int start, int sentence) {}

    private final AnalyzedDocument doc;
    private final EntityKinds kinds;
    private final CoreferenceRules rules;
    private final KoreanNames korean;
    private final PersonRoles roles;
    private final List<String> leaders;
    private final List<PersonItem> history = new ArrayList<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, String> bindings = new HashMap<>();

    CoreferenceRun(AnalyzedDocument doc, EntityKinds kinds, CoreferenceRules rules, KoreanNames korean,
            PersonRoles roles, List<String> leaders) {
        this.doc = doc;
        this.kinds = kinds;
        this.rules = rules;
        this.korean = korean;
        this.roles = roles;
        this.leaders = leaders;
    }

    void resolve(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            switch (c.kind()) {
                case PERSON_MENTION -> remember(c);
                case DESCRIPTION -> description(c, candidates);
                case PRONOUN -> pronoun(c);
                case WORD -> surname(c, candidates);
            }
        }
    }

    private void remember(Candidate c) {
        String entity = c.mention().entity();
        history.add(new PersonItem(entity, c.start(), c.sentence()));
        if (genders.getOrDefault(entity, Gender.UNKNOWN) == Gender.UNKNOWN) {
            Gender g = kinds.gender(entity);
            if (g == Gender.UNKNOWN) {
                g = roles.describe(doc.text(), doc.sentences().get(c.sentence()), c.start(), c.end()).gender();
            }
            genders.put(entity, g);
        }
    }

    private void refer(Candidate c, String entity, String rule, double confidence, boolean person) {
        String text = doc.text().substring(c.start(), c.end());
        doc.addReference(new Reference(c.start(), c.end(), text, entity, c.sentence(), RULE + rule, confidence));
        if (person) {
            history.add(new PersonItem(entity, c.start(), c.sentence()));
        }
    }

    private void description(Candidate c, List<Candidate> all) {
        Description d = c.description();
        switch (d.target()) {
            case LEADER -> leader(all).ifPresent(e -> refer(c, e, "leader", d.confidence(), true));
            case PLACE, ORG -> {
                Optional<String> recent = mostRecent(d, c.start());
                if (recent.isPresent()) {
                    refer(c, recent.get(), d.target() == CoreferenceRules.Target.PLACE ? "place" : "org",
                            d.confidence(), false);
                } else if (d.fallback()) {
                    fallback(d).ifPresent(e -> refer(c, e, "reference", d.confidence(), false));
                }
            }
        }
    }

    /** The leader: the only Leader in the reference data, or the one this document names. */
    private Optional<String> leader(List<Candidate> all) {
        if (leaders.size() == 1) {
            return Optional.of(leaders.get(0));
        }
        return all.stream().filter(c -> c.mention() != null && leaders.contains(c.mention().entity()))
                .map(c -> c.mention().entity()).findFirst();
    }

    private Optional<String> mostRecent(Description d, int before) {
        EntityClass wanted = d.target() == CoreferenceRules.Target.PLACE ? EntityClass.PLACE
                : EntityClass.ORGANIZATION;
        List<Mention> mentions = doc.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() < before && m.entityClass() == wanted && m.entity() != null && fits(d, m.entity())) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }

    private boolean fits(Description d, String entity) {
        boolean classOk = d.classes().stream().anyMatch(cls -> kinds.isA(doc, entity, cls));
        return classOk && (d.label() == null
                || kinds.label(doc, entity).map(l -> d.label().matcher(l).find()).orElse(false));
    }

    /** The one reference entity that fits, preferring those of the countries the document names. */
    private Optional<String> fallback(Description d) {
        Set<String> fitting = new LinkedHashSet<>();
        for (Resource cls : d.classes()) {
            kinds.referenceInstances(cls).stream().filter(e -> fits(d, e)).forEach(fitting::add);
        }
        if (fitting.size() == 1) {
            return fitting.stream().findFirst();
        }
        Set<String> countries = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.entity() != null && kinds.isA(doc, m.entity(), NKG.Country)) {
                countries.add(m.entity());
            }
        }
        List<String> local = fitting.stream()
                .filter(e -> kinds.countries(e).stream().anyMatch(countries::contains)).toList();
        return local.size() == 1 ? Optional.of(local.get(0)) : Optional.empty();
    }

    private void pronoun(Candidate c) {
        Gender wanted = c.pronoun().gender();
        Optional<String> chosen = c.pronoun().preferKnown() ? knownWithin(c, wanted) : Optional.empty();
        if (chosen.isEmpty()) {
            chosen = subject(c.sentence(), c.start(), wanted);
        }
        for (int k = c.sentence() - 1; chosen.isEmpty() && k >= 0 && k >= c.sentence() - rules.window; k--) {
            chosen = subject(k, Integer.MAX_VALUE, wanted);
        }
        chosen.ifPresent(e -> {
            genders.merge(e, wanted, (old, now) -> old == Gender.UNKNOWN ? now : old);
            refer(c, e, "pronoun", c.pronoun().confidence(), true);
        });
    }

    /** The latest person within the window whom the text or the data states to be of the pronoun's gender. */
    private Optional<String> knownWithin(Candidate c, Gender wanted) {
        for (int i = history.size() - 1; i >= 0; i--) {
            PersonItem p = history.get(i);
            if (p.start < c.start() && p.sentence >= c.sentence() - rules.window
                    && genders.getOrDefault(p.entity, Gender.UNKNOWN) == wanted) {
                return Optional.of(p.entity);
            }
        }
        return Optional.empty();
    }

    /** The first person of the sentence, before the offset, whose known gender does not contradict the pronoun's. */
    private Optional<String> subject(int sentence, int before, Gender wanted) {
        return history.stream().filter(p -> p.sentence == sentence && p.start < before)
                .filter(p -> compatible(p.entity, wanted)).map(PersonItem::entity).findFirst();
    }

    private boolean compatible(String entity, Gender wanted) {
        Gender known = genders.getOrDefault(entity, Gender.UNKNOWN);
        return wanted == Gender.UNKNOWN || known == Gender.UNKNOWN || known == wanted;
    }

    private void surname(Candidate c, List<Candidate> all) {
        String word = doc.text().substring(c.start(), c.end());
        String key = NameKey.fold(word);
        if (!licensed(c, word)) {
            return;
        }
        List<String> sameFamily = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            PersonItem p = history.get(i);
            if (family(p.entity).map(key::equals).orElse(false)) {
                sameFamily.add(p.entity);
                if (isSubject(p)) {
                    subjects.add(p.entity);
                }
            }
        }
        if (!sameFamily.isEmpty()) {
            // The person this name stood for before; else the latest of that family who was a sentence's subject.
            String chosen = bindings.get(key);
            if (chosen == null || !sameFamily.contains(chosen)) {
                chosen = subjects.isEmpty() ? sameFamily.get(0) : subjects.get(0);
            }
            // News names the leader's relatives and namesakes in full: once the bare name has stood for the
            // leader, it keeps standing for him even after another of his family led a sentence.
            String bound = chosen;
            boolean leaderBound = leader(all).map(bound::equals).orElse(false) && bound.equals(bindings.get(key));
            chosen = leaderBound ? chosen : recentSubject(c, key).orElse(chosen);
            bindings.put(key, chosen);
            refer(c, chosen, "surname", rules.surnameConfidence, true);
            return;
        }
        Optional<String> leader = leader(all).filter(l -> family(l).map(key::equals).orElse(false))
                .filter(l -> all.stream().anyMatch(x -> x.mention() != null && l.equals(x.mention().entity())
                        || x.description() != null && x.description().target() == CoreferenceRules.Target.LEADER));
        leader.ifPresent(l -> refer(c, l, "surname-leader", rules.surnameLeaderConfidence, true));
    }

    private boolean isSubject(PersonItem p) {
        return history.stream().filter(q -> q.sentence == p.sentence).findFirst().map(q -> q == p).orElse(false);
    }

    // A family name that is also an English word ("Song", "So") opens a sentence as a surname only before "said".
    private boolean licensed(Candidate c, String word) {
        boolean english = korean.family(word).map(KoreanNames.Family::english).orElse(false);
        Sentence s = doc.sentences().get(c.sentence());
        boolean opens = doc.text().substring(s.start(), c.start()).replaceAll("[\"“‘'(\\s]", "").isEmpty();
        return !(english && opens) || rules.surnameVerbs.matcher(doc.text().substring(c.end(), s.end())).find();
    }

    // A person of that family who is the subject of this sentence or the one before stands for the bare name.
    private Optional<String> recentSubject(Candidate c, String key) {
        for (int k = c.sentence(); k >= Math.max(0, c.sentence() - 1); k--) {
            Optional<String> subject = subject(k, k == c.sentence() ? c.start() : Integer.MAX_VALUE, Gender.UNKNOWN);
            if (subject.isPresent() && family(subject.get()).map(key::equals).orElse(false)) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /** A person's family name, folded: the first word of a Korean name, else the last word. */
    private Optional<String> family(String entity) {
        return kinds.label(doc, entity).map(label -> {
            String[] words = label.strip().split("\\s+");
            boolean koreanOrder = words.length > 1 && korean.family(words[0]).isPresent();
            return NameKey.fold(koreanOrder ? words[0] : words[words.length - 1]);
        });
    }
}
