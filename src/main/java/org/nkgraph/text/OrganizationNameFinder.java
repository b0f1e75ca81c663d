package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.GazetteerEntry;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Finds organizations by the head word of their names ({@code rules/organization-patterns.tsv}): "Ministry of X",
 * "X University", "X Institute for Y", "X News Agency", "X Department". The class comes from the head word, and
 * from a party's context for departments and commissions ({@code rules/party-context.tsv}); a short name in a
 * party's context that the gazetteer knows in its long form ("Central Committee") is that reference organization.
 * A country named right before a government body's name goes into its IRI ({@code rules/country-adjectives.tsv}).
 * The name may contain a place's name; it may not overlap any other mention.
 */
final class OrganizationNameFinder {

    private static final String FILE = NamePatterns.RULES + "organization-patterns.tsv";
    private static final String PARTY = NamePatterns.RULES + "party-context.tsv";
    private static final String COUNTRIES = NamePatterns.RULES + "country-adjectives.tsv";
    private static final String RULE = "names:org:";
    private static final Set<EntityClass> NESTABLE = Set.of(EntityClass.PLACE);
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s\\s+$");

    private record Row(String id, Pattern pattern, LiteralGate gate, String className, String partyClass,
            boolean qualify) {}

    private record Country(Pattern before, String name) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<Pattern> partyBefore = new ArrayList<>();
    private final List<Pattern> partyAfter = new ArrayList<>();
    private final List<Pattern> partyName = new ArrayList<>();
    private final List<String> expansions = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final EntityKinds kinds;
    private final double confidence;
    private final double expandedConfidence;

    OrganizationNameFinder(NamePatterns patterns, EntityKinds kinds, Gazetteer gazetteer, NameSettings settings) {
        for (RuleFile.Row row : RuleFile.load(FILE, 5).rows()) {
            checkClass(kinds, row, 2);
            if (!row.get(3).equals("-")) {
                checkClass(kinds, row, 3);
            }
            Pattern p = patterns.compile(row, 1, 0);
            if (!p.pattern().contains("(?<name>")) {
                throw row.error("the pattern needs a group named 'name'");
            }
            rows.add(new Row(row.get(0), p, LiteralGate.of(p), row.get(2), row.get(3), row.get(4).equals("yes")));
        }
        loadPartyContext(patterns);
        for (RuleFile.Row row : RuleFile.load(COUNTRIES, 2).rows()) {
            Pattern before = Pattern.compile("(?:^|[^\\p{L}.])" + row.get(0) + "\\s+$");
            countries.add(new Country(before, row.get(1)));
        }
        this.gazetteer = gazetteer;
        this.kinds = kinds;
        this.confidence = settings.get("confidence.organization");
        this.expandedConfidence = settings.get("confidence.organization.expanded");
    }

    private static void checkClass(EntityKinds kinds, RuleFile.Row row, int column) {
        if (kinds.ontologyClass(row.get(column)).isEmpty()) {
            throw row.error("unknown ontology class '" + row.get(column) + "'");
        }
    }

    private void loadPartyContext(NamePatterns patterns) {
        for (RuleFile.Row row : RuleFile.load(PARTY, 2).rows()) {
            switch (row.get(0)) {
                case "before" -> partyBefore.add(patterns.compile(row, 1, 0));
                case "after" -> partyAfter.add(patterns.compile(row, 1, 0));
                case "name" -> partyName.add(patterns.compile(row, 1, 0));
                case "expand" -> expansions.add(row.get(1));
                default -> throw row.error("side must be before, after, name or expand");
            }
        }
    }

    void find(AnalyzedDocument doc) {
        for (Row row : rows) {
            for (Sentence s : doc.sentences()) {
                if (!row.gate.admits(doc.folded(s))) {
                    continue;
                }
                Matcher m = row.pattern.matcher(s.text());
                while (m.find()) {
                    int start = s.start() + m.start("name");
                    int end = s.start() + m.end("name");
                    if (MentionLib.freeButNested(doc, start, end, NESTABLE)) {
                        organization(doc, s, row, start, end);
                    }
                }
            }
        }
    }

    private void organization(AnalyzedDocument doc, Sentence s, Row row, int start, int end) {
        String name = doc.text().substring(start, end);
        boolean party = inPartyContext(doc.text(), s, start, end);
        String rule = RULE + row.id;
        Optional<String> known = known(name);
        if (known.isEmpty() && party) {
            known = expansions.stream().map(t -> known(t.replace("{name}", name))).flatMap(Optional::stream)
                    .findFirst();
            rule = known.isPresent() ? RULE + "party-short" : rule;
        }
        if (known.isPresent()) {
            doc.addMention(new Mention(start, end, name, EntityClass.ORGANIZATION, known.get(), s.index(), rule,
                    expandedConfidence));
            return;
        }
        String className = party && !row.partyClass.equals("-") ? row.partyClass : row.className;
        String country = row.qualify ? country(doc, s, start).orElse(null) : null;
        String slug = NKGID.slug(country == null ? name : country + " " + name);
        String iri = NKGID.org(slug).getURI();
        doc.addNewEntity(new NewEntity(iri, className, name, Set.of(), null));
        doc.addMention(new Mention(start, end, name, EntityClass.ORGANIZATION, iri, s.index(), rule, confidence));
    }

    /** The one reference organization the gazetteer knows under this name. */
    private Optional<String> known(String name) {
        List<GazetteerEntry> entries = gazetteer.lookup(NameKey.of(name)).stream()
                .filter(e -> e.entityClass() == EntityClass.ORGANIZATION).toList();
        return entries.size() == 1 ? Optional.of(entries.get(0).entity()) : Optional.empty();
    }

    private boolean inPartyContext(String text, Sentence s, int start, int end) {
        String before = text.substring(s.start(), start);
        String after = text.substring(end, s.end());
        String name = text.substring(start, end);
        return partyBefore.stream().anyMatch(p -> p.matcher(before).find())
                || partyAfter.stream().anyMatch(p -> p.matcher(after).find())
                || partyName.stream().anyMatch(p -> p.matcher(name).find());
    }

    /** The country named right before the name: a country mention with 's, or an adjective from the rules. */
    private Optional<String> country(AnalyzedDocument doc, Sentence s, int start) {
        String before = doc.text().substring(s.start(), start);
        for (Country c : countries) {
            if (c.before.matcher(before).find()) {
                return Optional.of(c.name);
            }
        }
        Matcher possessive = POSSESSIVE_END.matcher(before);
        if (possessive.find()) {
            int at = s.start() + possessive.start();
            for (Mention m : doc.mentions()) {
                if (m.end() == at && m.entity() != null
                        && kinds.isA(doc, m.entity(), NKG.Country)) {
                    return kinds.label(doc, m.entity());
                }
            }
        }
        return Optional.empty();
    }
}
