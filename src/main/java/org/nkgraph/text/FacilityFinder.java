package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.vocab.NKGID;

/**
 * Finds facilities ({@code rules/facility-patterns.tsv}): kinds of facility ("local industrial factory",
 * "comprehensive service center"), facilities of a place ("the factory in Kangdong County") and named ones
 * ("Sunchon Cement Factory", "Factory No. 3"). A facility with one attached place ({@code rules/facility-places.tsv})
 * gets an IRI under that place's id; see the rule file for the rest.
 */
final class FacilityFinder {

    private static final String FILE = NamePatterns.RULES + "facility-patterns.tsv";
    private static final String PLACES = NamePatterns.RULES + "facility-places.tsv";
    private static final String RULE = "names:facility:";
    private static final Pattern MORE_PLACES = Pattern.compile(",?\\s+and\\s+|,\\s*");

    private enum Needs {
        KIND, PLACE, NAME, NUMBER
    }

    private record Row(String id, Pattern pattern, LiteralGate gate, String className, Needs needs, String key) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<Pattern> after = new ArrayList<>();
    private final List<Pattern> afterKind = new ArrayList<>();
    private final List<Pattern> before = new ArrayList<>();
    private final List<Resource> tooLarge = new ArrayList<>();
    private final EntityKinds kinds;
    private final Gazetteer gazetteer;
    private final double confidence;

    FacilityFinder(NamePatterns patterns, EntityKinds kinds, Gazetteer gazetteer, NameSettings settings) {
        for (RuleFile.Row row : RuleFile.load(FILE, 5).rows()) {
            if (kinds.ontologyClass(row.get(2)).isEmpty()) {
                throw row.error("unknown ontology class '" + row.get(2) + "'");
            }
            Needs needs;
            try {
                needs = Needs.valueOf(row.get(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("needs must be kind, place, name or number, not '" + row.get(3) + "'");
            }
            Pattern p = patterns.compile(row, 1, 0);
            rows.add(new Row(row.get(0), p, LiteralGate.of(p), row.get(2), needs, row.get(4)));
        }
        for (RuleFile.Row row : RuleFile.load(PLACES, 2).rows()) {
            switch (row.get(0)) {
                case "after" -> after.add(patterns.compileCaseless(row, 1));
                case "after-kind" -> afterKind.add(patterns.compileCaseless(row, 1));
                case "before" -> before.add(patterns.compileCaseless(row, 1));
                case "exclude" -> tooLarge.add(kinds.ontologyClass(row.get(1))
                        .orElseThrow(() -> row.error("unknown ontology class '" + row.get(1) + "'")));
                default -> throw row.error("side must be after, after-kind, before or exclude");
            }
        }
        this.kinds = kinds;
        this.gazetteer = gazetteer;
        this.confidence = settings.get("confidence.facility");
    }

    void find(AnalyzedDocument doc) {
        // Within an article, "the factory in X" is the factory of that class already found in X.
        Map<String, String> byPlace = new HashMap<>();
        for (Row row : rows) {
            for (Sentence s : doc.sentences()) {
                if (!row.gate.admits(doc.folded(s))) {
                    continue;
                }
                Matcher m = row.pattern.matcher(s.text());
                while (m.find()) {
                    facility(doc, s, row, s.start() + m.start(), s.start() + m.end(), byPlace);
                }
            }
        }
    }

    private void facility(AnalyzedDocument doc, Sentence s, Row row, int start, int end, Map<String, String> byPlace) {
        boolean named = row.needs == Needs.NAME || row.needs == Needs.NUMBER;
        boolean free = named ? MentionLib.freeButNested(doc, start, end, Set.of(EntityClass.PLACE))
                : MentionLib.free(doc, start, end);
        if (!free) {
            return;
        }
        Optional<Mention> place = attachedPlace(doc, s, start, end, row.needs != Needs.NAME);
        if (row.needs == Needs.PLACE && place.isEmpty()) {
            return;
        }
        String text = doc.text().substring(start, end);
        String iri = iri(doc, row, text, place, byPlace);
        doc.addMention(new Mention(start, end, text, EntityClass.FACILITY, iri, s.index(), RULE + row.id,
                confidence));
    }

    private String iri(AnalyzedDocument doc, Row row, String text, Optional<Mention> place,
            Map<String, String> byPlace) {
        Optional<String> placeEntity = place.map(Mention::entity)
                .filter(e -> tooLarge.stream().noneMatch(c -> kinds.isA(doc, e, c)));
        Optional<String> placeId = placeEntity.flatMap(kinds::placeId);
        if (row.needs == Needs.NAME) {
            // A proper name identifies the facility wherever the text says it is.
            String iri = NKGID.entity("facility", NKGID.slug(text)).getURI();
            doc.addNewEntity(new NewEntity(iri, row.className, text, Set.of(), placeEntity.orElse(null)));
            return iri;
        }
        if (placeId.isEmpty()) {
            return null;
        }
        String slot = placeEntity.get() + "\u0000" + row.className;
        if (row.needs == Needs.PLACE && byPlace.containsKey(slot)) {
            return byPlace.get(slot);
        }
        String key = row.needs == Needs.NUMBER ? NKGID.slug(text) : row.key;
        String iri = NKGID.entity("facility", placeId.get() + "/" + key).getURI();
        String placeLabel = kinds.label(doc, placeEntity.get()).orElse(placeId.get());
        String label = row.needs == Needs.NUMBER ? text + ", " + placeLabel
                : placeLabel + " " + row.key.replace('-', ' ');
        doc.addNewEntity(new NewEntity(iri, row.className, label, Set.of(text), placeEntity.get()));
        byPlace.putIfAbsent(slot, iri);
        return iri;
    }

    /** The one place the facility is in: named inside it, right before it, or right after it. */
    private Optional<Mention> attachedPlace(AnalyzedDocument doc, Sentence s, int start, int end, boolean kind) {
        Mention found = null;
        for (Mention m : doc.mentions()) {
            if (m.sentenceIndex() != s.index() || m.entityClass() != EntityClass.PLACE) {
                continue;
            }
            boolean inside = start <= m.start() && m.end() <= end;
            boolean justBefore = m.end() <= start && fullMatch(before, doc.text().substring(m.end(), start));
            if (inside || justBefore) {
                found = m; // the nearest one before wins: the loop runs in text order
            } else if (m.start() >= end && found == null) {
                String between = doc.text().substring(end, m.start());
                if (fullMatch(after, between) || kind && fullMatch(afterKind, between)) {
                    return onlyPlace(doc, m);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    // "factories in Sinyang and Pukchang counties" name two places: no one facility. A province after a county
    // ("Changyon County, South Hwanghae Province") is not a second place.
    private Optional<Mention> onlyPlace(AnalyzedDocument doc, Mention place) {
        for (Mention next : doc.mentions()) {
            if (next.start() <= place.end() || next.entityClass() != EntityClass.PLACE) {
                continue;
            }
            String between = doc.text().substring(place.end(), next.start());
            boolean listed = MORE_PLACES.matcher(between).matches();
            boolean container = place.entity() != null && next.entity() != null
                    && gazetteer.ancestorsOf(place.entity()).contains(next.entity());
            if (listed && !container) {
                return Optional.empty();
            }
            break;
        }
        return Optional.of(place);
    }

    private static boolean fullMatch(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }
}
