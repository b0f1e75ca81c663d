package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test stand-in for the coreference stage (written elsewhere), just enough for the statement tests: "he"/"she"
 * refer to the last person named before them, a capitalised word that is the first word of an earlier person's name
 * refers to that person (the first such person named), and "the leader" / "the North's leader" refer to the first
 * person the document names.
 */
final class StandInCoreference implements AnalysisStage {

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");
    private static final Pattern LEADER = Pattern.compile("\\b[Tt]he (?:North's |North Korean )?leader\\b");

    @Override
    public String name() {
        return "stand-in coreference";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.COREFERENCE);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<Mention> persons = doc.mentions().stream()
                .filter(m -> m.entityClass() == EntityClass.PERSON && m.entity() != null).toList();
        if (persons.isEmpty()) {
            return;
        }
        List<Reference> refs = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            find(PRONOUN, s, persons, refs, (start, text) -> lastBefore(persons, start));
            find(WORD, s, persons, refs, (start, text) -> surname(persons, start, text));
            find(LEADER, s, persons, refs, (start, text) -> persons.get(0));
        }
        refs.forEach(doc::addReference);
    }

    private interface Resolver {
        Mention resolve(int start, String text);
    }

    private static void find(Pattern p, Sentence s, List<Mention> persons, List<Reference> out, Resolver r) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            boolean inName = persons.stream().anyMatch(x -> x.start() < end && start < x.end());
            Mention who = inName ? null : r.resolve(start, m.group());
            if (who != null) {
                out.add(new Reference(start, end, m.group(), who.entity(), s.index(), "test:stand-in", 0.9));
            }
        }
    }

    private static Mention lastBefore(List<Mention> persons, int offset) {
        Mention last = null;
        for (Mention m : persons) {
            if (m.end() <= offset) {
                last = m;
            }
        }
        return last;
    }

    private static Mention surname(List<Mention> persons, int offset, String word) {
        for (Mention m : persons) {
            if (m.end() <= offset && m.text().startsWith(word + " ")) {
                return m;
            }
        }
        return null;
    }
}
