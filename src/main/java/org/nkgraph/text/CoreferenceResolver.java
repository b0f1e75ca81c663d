package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.CoreferenceRules.Description;
import org.nkgraph.text.CoreferenceRules.Pronoun;
import org.nkgraph.vocab.NKG;

/**
 * Links words that refer to an entity without naming it in full to that entity ({@link AnalyzedDocument#addReference}):
 * a family name alone ("Kim", "Ju") to the person of that family named before; descriptions of the leader ("the
 * North's leader", "the general secretary") to the reference person of class Leader; "he", "his", "she", "her" to the
 * subject of the sentence or of a recent one; "the city", "the ministry", "the party" to the most recent place or
 * organization of that kind. The rules are in {@code rules/coreference-descriptions.tsv} and
 * {@code rules/coreference-pronouns.tsv}, which document how each is resolved.
 *
 * <p>Requires {@link Layer#MENTIONS}; provides {@link Layer#COREFERENCE}. Names themselves are never references: a
 * word inside a mention is left alone.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(splitter, tokenizer, gazetteer, names, new CoreferenceResolver(reference));
 * p.analyze(document).references();   // "Kim" at 120..123 -> .../person/kim-jong-un
 * </pre>
 */
public final class CoreferenceResolver implements AnalysisStage {

    // A capitalised word that may be a family name standing alone ("Kim", "Yang"): not part of a longer name.
    private static final Pattern CAPITALISED =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}-])");
    private static final Pattern NEXT_IS_NAME = Pattern.compile("^ \\p{Lu}");
    private static final Pattern TITLE_OF_NAME = Pattern.compile("^,?\\s*");

    /** What one stretch of text is, in the order the resolver meets them. */
    enum Kind {
        PERSON_MENTION, DESCRIPTION, PRONOUN, WORD
    }

    /** A stretch of text to resolve (or, for a person mention, to remember). */
    record Candidate(int start, int end, Kind kind, int sentence, Mention mention, Description description,
            Pronoun pronoun) {}

    private final EntityKinds kinds;
    private final CoreferenceRules rules;
    /** The gate of each description rule, in the order of the rules. */
    private final List<LiteralGate> descriptionGates;
    private final KoreanNames korean;
    private final PersonRoles roles;
    private final List<String> leaders;

    /** A resolver with the bundled rules; a malformed rule file fails here, naming file and line. */
    public CoreferenceResolver(ReferenceData reference) {
        this.kinds = new EntityKinds(reference);
        this.rules = CoreferenceRules.bundled(kinds);
        this.descriptionGates = rules.descriptions.stream().map(d -> LiteralGate.of(d.pattern())).toList();
        this.korean = KoreanNames.bundled();
        this.roles = PersonRoles.bundled(kinds, NamePatterns.bundled());
        this.leaders = kinds.referenceInstances(NKG.Leader);
    }

    @Override
    public String name() {
        return "coreference";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.COREFERENCE);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<Candidate> candidates = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.PERSON && m.entity() != null) {
                candidates.add(new Candidate(m.start(), m.end(), Kind.PERSON_MENTION, m.sentenceIndex(), m, null,
                        null));
            }
        }
        for (Sentence s : doc.sentences()) {
            List<Candidate> descriptions = descriptions(doc, s);
            candidates.addAll(descriptions);
            candidates.addAll(words(doc, s, descriptions));
        }
        candidates.sort(Comparator.comparingInt(Candidate::start));
        new CoreferenceRun(doc, kinds, rules, korean, roles, leaders).resolve(candidates);
    }

    /** The descriptions in a sentence, earlier rows first, none overlapping another or lying inside a name. */
    private List<Candidate> descriptions(AnalyzedDocument doc, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        LiteralGate.Text folded = doc.folded(s);
        for (int i = 0; i < descriptionGates.size(); i++) {
            if (!descriptionGates.get(i).admits(folded)) {
                continue;
            }
            Description d = rules.descriptions.get(i);
            Matcher m = d.pattern().matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (overlaps(out, start, end) || !onlyContainsMentions(doc, start, end)
                        || (d.target() == CoreferenceRules.Target.LEADER && titleOfName(doc, end))) {
                    continue;
                }
                out.add(new Candidate(start, end, Kind.DESCRIPTION, s.index(), null, d, null));
            }
        }
        return out;
    }

    /** Pronouns and capitalised words outside names and descriptions. */
    private List<Candidate> words(AnalyzedDocument doc, Sentence s, List<Candidate> descriptions) {
        List<Candidate> out = new ArrayList<>();
        for (Pronoun p : rules.pronouns) {
            Matcher m = p.pattern().matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (MentionLib.free(doc, start, end) && !overlaps(descriptions, start, end)) {
                    out.add(new Candidate(start, end, Kind.PRONOUN, s.index(), null, null, p));
                }
            }
        }
        Matcher m = CAPITALISED.matcher(s.text());
        while (m.find()) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            boolean nextIsName = NEXT_IS_NAME.matcher(s.text().substring(m.end())).find();
            if (!nextIsName && MentionLib.free(doc, start, end) && !overlaps(descriptions, start, end)
                    && out.stream().noneMatch(c -> c.start() == start)) {
                out.add(new Candidate(start, end, Kind.WORD, s.index(), null, null, null));
            }
        }
        return out;
    }

    private static boolean overlaps(List<Candidate> taken, int start, int end) {
        return taken.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    // A description may contain a name ("North Korea's leader") but not lie inside one or cut across one.
    private static boolean onlyContainsMentions(AnalyzedDocument doc, int start, int end) {
        return MentionLib.overlapping(doc, start, end).stream().allMatch(m -> start <= m.start() && m.end() <= end);
    }

    // "North Korean leader Kim Jong Un": the description is the name's title, not a reference of its own.
    private static boolean titleOfName(AnalyzedDocument doc, int end) {
        Matcher gap = TITLE_OF_NAME.matcher(doc.text().substring(end));
        int at = end + (gap.find() ? gap.end() : 0);
        return doc.mentions().stream().anyMatch(m -> m.start() == at && m.entityClass() == EntityClass.PERSON);
    }
}
