package org.nkgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.reference.GazetteerEntry;

/**
 * Finds the positions people hold, by the rules of {@code rules/positions.tsv} over sentences whose names and
 * titles are masked. Before the rules run, an organization named in lower case after a title ("premier of the
 * cabinet") is looked up in the reference data and, when found, becomes a mention.
 */
final class PositionFinder {

    static final String FILE = "/org/nkgraph/text/rules/positions.tsv";
    private static final String ORG_RULE = "position:organization-name";
    private static final double ORG_CONFIDENCE = 0.7;
    private static final int MAX_ORG_WORDS = 4;
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "[" + MaskedSentence.TITLE + MaskedSentence.HEAD_TITLE + "]\\s+(?:of|with|at|for|from|in)\\s+the\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS_BEFORE = Pattern.compile("((?:[\\p{L}'’-]+\\s+){0,3})$");

    private record Rule(String id, Pattern pattern, LiteralGate gate, double confidence) {}

    private final List<Rule> rules = new ArrayList<>();
    private final TitleLexicon titles;
    private final ReferenceLookup lookup;

    PositionFinder(RuleFile file, TitleLexicon titles, ReferenceLookup lookup) {
        for (RuleFile.Row row : file.rows()) {
            Pattern pattern = PatternLib.compile(row, 1, MaskedSentence.PLACEHOLDERS);
            rules.add(new Rule(row.get(0), pattern, LiteralGate.of(pattern), PatternLib.confidence(row, 2)));
        }
        this.titles = titles;
        this.lookup = lookup;
    }

    static PositionFinder bundled(TitleLexicon titles, ReferenceLookup lookup) {
        return new PositionFinder(RuleFile.load(FILE, 3), titles, lookup);
    }

    void find(AnalyzedDocument doc, Sentence sentence, EntitySpans spans) {
        addLowerCaseOrganizations(doc, sentence, spans);
        List<EntitySpan> in = spans.in(sentence.index());
        MaskedSentence masked = new MaskedSentence(sentence, in, titles.masks(sentence, in));
        Map<String, PositionMention> found = new LinkedHashMap<>();
        LiteralGate.Text folded = LiteralGate.fold(masked.text());
        for (Rule rule : rules) {
            if (!rule.gate().admits(folded)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(masked.text());
            while (m.find()) {
                position(masked, m, rule).ifPresent(p -> keep(found, p));
            }
        }
        found.values().forEach(doc::addPosition);
    }

    private Optional<PositionMention> position(MaskedSentence masked, Matcher m, Rule rule) {
        Optional<EntitySpan> holder = masked.entity(m, "holder");
        if (holder.isEmpty() || PatternLib.start(m, "title") < 0) {
            return Optional.empty();
        }
        int titleStart = m.start("title");
        Matcher before = WORDS_BEFORE.matcher(masked.text().substring(0, titleStart));
        if (before.find() && titles.voids(before.group(1))) {
            return Optional.empty();
        }
        String title = TitleLexicon.normalise(masked.original(titleStart, m.end("title")));
        String org = masked.entity(m, "org").map(EntitySpan::entity).orElse(null);
        return Optional.of(new PositionMention(holder.get().entity(), title, org, masked.sentence().index(),
                masked.doc(m.start()), masked.doc(m.end()), rule.id(), rule.confidence()));
    }

    /** One position per holder and title in a sentence: the first found with an organization, else the first. */
    private static void keep(Map<String, PositionMention> found, PositionMention p) {
        String key = p.holder() + "\u0000" + p.title().toLowerCase(Locale.ROOT);
        PositionMention old = found.get(key);
        if (old == null || (old.organization() == null && p.organization() != null)) {
            found.put(key, p);
        }
    }

    private void addLowerCaseOrganizations(AnalyzedDocument doc, Sentence sentence, EntitySpans spans) {
        List<EntitySpan> in = spans.in(sentence.index());
        MaskedSentence masked = new MaskedSentence(sentence, in, titles.masks(sentence, in));
        Matcher m = AFTER_TITLE.matcher(masked.text());
        while (m.find()) {
            int from = m.end();
            if (masked.entityAt(from).isPresent()) {
                continue;
            }
            List<NameKey.Word> words = NameKey.words(sentence.text().substring(from));
            organizationAt(words).ifPresent(match -> {
                int start = sentence.start() + from + match.first().start();
                int end = sentence.start() + from + match.last().end();
                String text = doc.text().substring(start, end);
                doc.addMention(new Mention(start, end, text, EntityClass.ORGANIZATION, match.entity(),
                        sentence.index(), ORG_RULE, ORG_CONFIDENCE));
                spans.add(sentence.index(), new EntitySpan(start, end, text, match.entity(),
                        EntityClass.ORGANIZATION, false));
            });
        }
    }

    private record OrgMatch(NameKey.Word first, NameKey.Word last, String entity) {}

    /** The longest reference organization name at the start of the words, written in lower case. */
    private Optional<OrgMatch> organizationAt(List<NameKey.Word> words) {
        for (int n = Math.min(MAX_ORG_WORDS, words.size()); n >= 1; n--) {
            List<NameKey.Word> span = words.subList(0, n);
            if (span.stream().anyMatch(NameKey.Word::capitalised)) {
                continue;
            }
            List<GazetteerEntry> entries = lookup.gazetteer().lookup(span.stream().map(NameKey.Word::key).toList())
                    .stream().filter(e -> e.entityClass() == EntityClass.ORGANIZATION).toList();
            if (entries.stream().map(GazetteerEntry::entity).distinct().count() == 1) {
                return Optional.of(new OrgMatch(span.get(0), span.get(n - 1), entries.get(0).entity()));
            }
        }
        return Optional.empty();
    }
}
