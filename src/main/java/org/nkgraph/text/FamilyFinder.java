package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.text.FamilyTerms.Gender;
import org.nkgraph.text.FamilyTerms.Term;

/**
 * Finds family ties by the rules of {@code rules/family.tsv}: a relative named with a kin word ("his daughter
 * Kim Ju-ae"), and a relative left unnamed in one sentence and named in a later one ("accompanied by his
 * daughter ... observers recognise her as Kim Ju-ae"). One instance reads one document at a time.
 */
final class FamilyFinder {

    static final String FILE = "/org/nkgraph/text/rules/family.tsv";
    private static final int IDENTIFY_WINDOW = 3;
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)his|her|their");

    private enum Kind { NAMED, UNNAMED, IDENTIFY }

    private record Rule(String id, Kind kind, Pattern pattern, LiteralGate gate, double confidence) {}

    /** A relative the text has not named yet. */
    private record Unnamed(String anchor, Gender anchorGender, Term term, int sentence, int start) {}

    private final List<Rule> rules = new ArrayList<>();
    private final FamilyTerms terms;
    private final Pattern kinWords;

    FamilyFinder(RuleFile file, FamilyTerms terms) {
        this.terms = terms;
        this.kinWords = Pattern.compile("(?:(?:his|her|their)\\s+)?(?:" + terms.regex() + ")",
                Pattern.CASE_INSENSITIVE);
        Map<String, String> placeholders = new HashMap<>(MaskedSentence.PLACEHOLDERS);
        placeholders.put("KIN", terms.regex());
        for (RuleFile.Row row : file.rows()) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be named, unnamed or identify, not '" + row.get(1) + "'");
            }
            Pattern pattern = PatternLib.compile(row, 2, placeholders);
            rules.add(new Rule(row.get(0), kind, pattern, LiteralGate.of(pattern), PatternLib.confidence(row, 3)));
        }
    }

    static FamilyFinder bundled(FamilyTerms terms) {
        return new FamilyFinder(RuleFile.load(FILE, 4), terms);
    }

    void find(AnalyzedDocument doc, EntitySpans spans) {
        List<Unnamed> unnamed = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            // A reference that is a kin word ("her father") stays words, so that the rules can read the kin word.
            List<EntitySpan> names = spans.in(sentence.index()).stream()
                    .filter(s -> !kinWords.matcher(s.text()).matches()).toList();
            MaskedSentence masked = new MaskedSentence(sentence, names, List.of());
            Set<Integer> namedTerms = new HashSet<>();
            LiteralGate.Text folded = LiteralGate.fold(masked.text());
            for (Rule rule : rules) {
                if (!rule.gate().admits(folded)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(masked.text());
                while (m.find()) {
                    switch (rule.kind()) {
                        case NAMED -> named(doc, masked, m, rule, namedTerms);
                        case UNNAMED -> unnamed(doc, masked, m, rule, namedTerms).ifPresent(unnamed::add);
                        case IDENTIFY -> identify(doc, masked, m, rule, unnamed);
                    }
                }
            }
        }
    }

    private void named(AnalyzedDocument doc, MaskedSentence masked, Matcher m, Rule rule, Set<Integer> named) {
        Term term = terms.term(m.group("term"));
        Optional<EntitySpan> relative = masked.entity(m, "relative");
        Anchor anchor = anchor(doc, masked, m);
        if (term == null || relative.isEmpty() || anchor == null || anchor.entity.equals(relative.get().entity())) {
            return;
        }
        named.add(m.start("term"));
        emit(doc, masked, m, rule, relative.get().entity(), term, anchor);
    }

    private Optional<Unnamed> unnamed(AnalyzedDocument doc, MaskedSentence masked, Matcher m, Rule rule,
            Set<Integer> named) {
        Term term = terms.term(m.group("term"));
        Anchor anchor = anchor(doc, masked, m);
        if (term == null || anchor == null || named.contains(m.start("term"))) {
            return Optional.empty();
        }
        // The coreference stage may have resolved the words themselves ("her father").
        Optional<String> resolved = doc.entityAt(masked.doc(m.start("term")), masked.doc(m.end("term")))
                .filter(e -> !e.equals(anchor.entity));
        if (resolved.isPresent()) {
            emit(doc, masked, m, rule, resolved.get(), term, anchor);
            return Optional.empty();
        }
        return Optional.of(new Unnamed(anchor.entity, anchor.gender, term, masked.sentence().index(),
                masked.doc(m.start())));
    }

    private void identify(AnalyzedDocument doc, MaskedSentence masked, Matcher m, Rule rule, List<Unnamed> open) {
        Optional<EntitySpan> relative = masked.entity(m, "relative");
        Gender gender = Gender.ofPronoun(m.group("pronoun"));
        int sentence = masked.sentence().index();
        for (int i = open.size() - 1; i >= 0 && relative.isPresent(); i--) {
            Unnamed u = open.get(i);
            if (sentence - u.sentence() > IDENTIFY_WINDOW) {
                break;
            }
            if (u.term().gender().agrees(gender) && !u.anchor().equals(relative.get().entity())) {
                open.remove(i);
                emit(doc, masked, m, rule, relative.get().entity(), u.term(), new Anchor(u.anchor(), u.anchorGender()));
                return;
            }
        }
    }

    private record Anchor(String entity, Gender gender) {}

    /** The anchor: a named person, or the entity a possessive pronoun stands for. */
    private Anchor anchor(AnalyzedDocument doc, MaskedSentence masked, Matcher m) {
        String text = m.group("anchor");
        if (!POSSESSIVE_PRONOUN.matcher(text).matches()) {
            return masked.entity(m, "anchor").map(s -> new Anchor(s.entity(), Gender.UNKNOWN)).orElse(null);
        }
        int start = masked.doc(m.start("anchor"));
        Gender gender = Gender.ofPronoun(text);
        Optional<String> resolved = doc.entityAt(start, masked.doc(m.end("anchor")));
        if (resolved.isPresent()) {
            return new Anchor(resolved.get(), gender);
        }
        // Without coreference: the nearest person named before the pronoun in the same sentence.
        EntitySpan nearest = null;
        for (EntitySpan s : masked.spans()) {
            if (s.is(EntityClass.PERSON) && s.end() <= start) {
                nearest = s;
            }
        }
        return nearest == null ? null : new Anchor(nearest.entity(), gender);
    }

    private void emit(AnalyzedDocument doc, MaskedSentence masked, Matcher m, Rule rule, String relative, Term term,
            Anchor anchor) {
        int index = masked.sentence().index();
        int start = masked.doc(m.start());
        int end = masked.doc(m.end());
        doc.addRelation(new RelationMention(relative, term.relativeToAnchor(), anchor.entity, index, start, end,
                rule.id(), rule.confidence()));
        String back = term.back().get(anchor.gender);
        if (back != null) {
            doc.addRelation(new RelationMention(anchor.entity, back, relative, index, start, end, rule.id(),
                    rule.confidence()));
        }
    }
}
