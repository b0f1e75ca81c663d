package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.GazetteerEntry;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Finds places by the shape of their names ({@code rules/place-patterns.tsv}): "X County", "the eastern city of X",
 * "in A, B and C counties", "the X River", a country of {@code rules/country-adjectives.tsv}. A name the
 * gazetteer found keeps its mention; a name it found but could not decide between places that share it is decided
 * by the province named with it; a name it does not know becomes a new place, part of that province when one is
 * named.
 */
final class PlaceNameFinder {

    private static final String FILE = NamePatterns.RULES + "place-patterns.tsv";
    private static final String CONTEXT = NamePatterns.RULES + "place-context.tsv";
    private static final String RULE = "names:place:";
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    private record Row(String id, Pattern pattern, LiteralGate gate, String className, boolean division) {}

    private record Item(int start, int end, String name, int mentionStart, int mentionEnd) {}

    private final List<Row> rows = new ArrayList<>();
    private final Pattern provinceAfter;
    private final Pattern elided;
    private final EntityKinds kinds;
    private final Gazetteer gazetteer;
    private final double confidence;
    private final double decidedConfidence;

    PlaceNameFinder(NamePatterns patterns, EntityKinds kinds, Gazetteer gazetteer, NameSettings settings) {
        for (RuleFile.Row row : RuleFile.load(FILE, 3).rows()) {
            if (kinds.ontologyClass(row.get(2)).isEmpty()) {
                throw row.error("unknown ontology class '" + row.get(2) + "'");
            }
            Pattern p = patterns.compile(row, 1, 0);
            if (!p.pattern().contains("(?<name>") && !p.pattern().contains("(?<list>")) {
                throw row.error("the pattern needs a group named 'name' or 'list'");
            }
            Resource cls = kinds.ontologyClass(row.get(2)).orElseThrow();
            boolean division = !cls.equals(NKG.Country) && !cls.equals(NKG.Place);
            rows.add(new Row(row.get(0), p, LiteralGate.of(p), row.get(2), division));
        }
        List<RuleFile.Row> context = RuleFile.load(CONTEXT, 2).rows();
        this.provinceAfter = contextRow(context, "after", patterns);
        this.elided = contextRow(context, "elided", patterns);
        this.kinds = kinds;
        this.gazetteer = gazetteer;
        this.confidence = settings.get("confidence.place");
        this.decidedConfidence = settings.get("confidence.place.decided");
    }

    private static Pattern contextRow(List<RuleFile.Row> rows, String side, NamePatterns patterns) {
        return rows.stream().filter(r -> r.get(0).equals(side)).findFirst().map(r -> patterns.compileCaseless(r, 1))
                .orElseThrow(() -> new NkGraphException(CONTEXT + ": no '" + side + "' row"));
    }

    void find(AnalyzedDocument doc) {
        for (Row row : rows) {
            for (Sentence s : doc.sentences()) {
                if (!row.gate.admits(doc.folded(s))) {
                    continue;
                }
                Matcher m = row.pattern.matcher(s.text());
                while (m.find()) {
                    List<Item> items = items(m, s.start());
                    // A country, sea or river is in no North Korean province, whatever the sentence names.
                    String province = row.division ? province(doc, s, s.start() + m.end()).orElse(null) : null;
                    for (Item item : items) {
                        if (!elided.matcher(item.name).matches()) {
                            place(doc, s, row, item, province);
                        }
                    }
                }
            }
        }
    }

    private static List<Item> items(Matcher m, int offset) {
        List<Item> out = new ArrayList<>();
        if (hasGroup(m, "list") && m.group("list") != null) {
            String list = m.group("list");
            int base = offset + m.start("list");
            Matcher sep = LIST_SEPARATOR.matcher(list);
            int from = 0;
            while (sep.find()) {
                out.add(item(list.substring(from, sep.start()), base + from));
                from = sep.end();
            }
            out.add(item(list.substring(from), base + from));
            return out;
        }
        int start = offset + m.start("name");
        int end = offset + m.end("name");
        boolean whole = hasGroup(m, "mention") && m.group("mention") != null;
        int ms = whole ? offset + m.start("mention") : start;
        int me = whole ? offset + m.end("mention") : end;
        out.add(new Item(start, end, m.group("name"), ms, me));
        return out;
    }

    private static Item item(String name, int start) {
        return new Item(start, start + name.length(), name, start, start + name.length());
    }

    private static boolean hasGroup(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">");
    }

    private void place(AnalyzedDocument doc, Sentence s, Row row, Item item, String province) {
        List<Mention> there = MentionLib.overlapping(doc, item.mentionStart, item.mentionEnd);
        if (!there.isEmpty()) {
            there.stream().filter(m -> m.entityClass() == EntityClass.PLACE && m.entity() == null).findFirst()
                    .ifPresent(m -> decide(doc, m, province));
            return;
        }
        String text = doc.text().substring(item.mentionStart, item.mentionEnd);
        List<GazetteerEntry> all = gazetteer.lookup(NameKey.of(item.name));
        List<GazetteerEntry> known = all.stream().filter(e -> e.entityClass() == EntityClass.PLACE).toList();
        if (!all.isEmpty() && known.isEmpty()) {
            return; // the name of a person or organization, whatever the type word after it says
        }
        if (!known.isEmpty()) {
            // The gazetteer knows the name but did not take it here (the list's shape hid it).
            Optional<String> entity = chooseIn(known, province);
            doc.addMention(new Mention(item.mentionStart, item.mentionEnd, text, EntityClass.PLACE,
                    entity.orElse(null), s.index(), RULE + row.id, confidence));
            return;
        }
        String slug = NKGID.slug(item.name);
        Optional<String> provinceId = province == null ? Optional.empty() : kinds.placeId(province);
        String iri = provinceId.map(p -> NKGID.place(p + "/" + slug)).orElseGet(() -> NKGID.entity("place", slug))
                .getURI();
        Set<String> names = text.equals(item.name) ? Set.of() : Set.of(text);
        doc.addNewEntity(new NewEntity(iri, row.className, item.name, names, province));
        doc.addMention(new Mention(item.mentionStart, item.mentionEnd, text, EntityClass.PLACE, iri, s.index(),
                RULE + row.id, confidence));
    }

    /** Replaces an undecided gazetteer mention by the one place of that name in the province, if there is one. */
    private void decide(AnalyzedDocument doc, Mention m, String province) {
        if (province == null) {
            return;
        }
        List<GazetteerEntry> known = gazetteer.lookup(NameKey.of(m.text()));
        chooseIn(known, province).filter(e -> known.size() > 1).ifPresent(entity -> {
            doc.removeMention(m);
            doc.addMention(new Mention(m.start(), m.end(), m.text(), m.entityClass(), entity, m.sentenceIndex(),
                    RULE + "in-province", Math.min(m.confidence(), decidedConfidence)));
        });
    }

    private Optional<String> chooseIn(List<GazetteerEntry> known, String province) {
        if (known.size() == 1) {
            return Optional.of(known.get(0).entity());
        }
        if (province == null) {
            return Optional.empty();
        }
        List<String> inside = known.stream().map(GazetteerEntry::entity)
                .filter(e -> gazetteer.ancestorsOf(e).contains(province)).distinct().toList();
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /**
     * The province a place is in: one named right after it ("..., South Hwanghae Province"), else the one province
     * the sentence names.
     */
    private Optional<String> province(AnalyzedDocument doc, Sentence s, int after) {
        for (Mention m : doc.mentions()) {
            if (m.start() >= after && m.sentenceIndex() == s.index() && m.entity() != null
                    && kinds.isA(doc, m.entity(), NKG.FirstLevelDivision)
                    && provinceAfter.matcher(doc.text().substring(after, m.start())).matches()) {
                return Optional.of(m.entity());
            }
        }
        List<String> provinces = doc.mentions().stream()
                .filter(m -> m.sentenceIndex() == s.index() && m.entity() != null
                        && kinds.isA(doc, m.entity(), NKG.Province))
                .map(Mention::entity).distinct().toList();
        return provinces.size() == 1 ? Optional.of(provinces.get(0)) : Optional.empty();
    }
}
