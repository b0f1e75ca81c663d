package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;

/**
 * Runs the five seed articles (skipped when ../shared/seeds is absent) and prints what the name patterns and
 * coreference find, and how many of the CQ11 gold names the standard pipeline finds with and without them. Asserts
 * only general properties: exact offsets, and that the stages lose none of the gazetteer's gold names.
 */
class NamesSeedTest {

    private static final Set<String> STOP = Set.of("the", "of", "county", "city", "province", "gun", "si", "do");

    private final ReferenceData reference = ReferenceData.bundled();
    private final EntityKinds kinds = new EntityKinds(reference);

    private static Path existing(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::exists).findFirst().orElse(null);
    }

    @Test
    void seeds() throws IOException {
        Path seeds = existing("../shared/seeds", "/work/shared/seeds");
        assumeTrue(seeds != null, "seed folder absent");
        NlpModels models = NlpModels.english();
        AnalysisPipeline gazetteerOnly = AnalysisPipeline.of(new SentenceSplitter(models), new Tokenizer(models),
                new GazetteerMentionFinder(reference.gazetteer(), GazetteerRules.bundled()));
        AnalysisPipeline standard = Analyzers.standard(reference);
        SourceFileLoader loader = SourceFileLoader.standard();
        Map<String, AnalyzedDocument> before = new LinkedHashMap<>();
        Map<String, AnalyzedDocument> after = new LinkedHashMap<>();
        for (Path file : loader.collect(List.of(seeds))) {
            Document d = loader.read(file).get(0);
            String name = file.getFileName().toString();
            before.put(name, gazetteerOnly.analyze(d));
            AnalyzedDocument a = standard.analyze(d);
            after.put(name, a);
            checkOffsets(a);
            print(name, a);
        }
        Path gold = existing("../shared/spec/seeds-gold/cq11-mentions.csv",
                "/work/shared/spec/seeds-gold/cq11-mentions.csv");
        if (gold != null) {
            int[] g = goldFound(gold, before);
            int[] s = goldFound(gold, after);
            System.out.printf("CQ11 gold names found: gazetteer alone %d/%d, with names+coreference %d/%d%n", g[0],
                    g[1], s[0], s[1]);
            assertTrue(s[0] >= g[0], "the name stages lost gold names");
        }
    }

    private static void checkOffsets(AnalyzedDocument a) {
        for (Mention m : a.mentions()) {
            assertEquals(m.text(), a.text().substring(m.start(), m.end()), m.toString());
            assertTrue(a.sentences().get(m.sentenceIndex()).contains(m.start()), m.toString());
        }
        for (Reference r : a.references()) {
            assertEquals(r.text(), a.text().substring(r.start(), r.end()), r.toString());
        }
    }

    private static void print(String file, AnalyzedDocument a) {
        System.out.println("== " + file);
        a.mentions().stream().filter(m -> !m.rule().equals("gazetteer"))
                .forEach(m -> System.out.printf("  mention  %-40s %-12s %s  [%s]%n", m.text(), m.entityClass(),
                        m.entity(), m.rule()));
        a.newEntities().forEach(e -> System.out.printf("  new      %s %s '%s' %s partOf=%s%n", e.iri(),
                e.className(), e.label(), e.names(), e.partOf()));
        a.references().forEach(r -> System.out.printf("  ref      %-40s -> %s  [%s]%n", r.text(), r.entity(),
                r.rule()));
    }

    /** {found, required} rows of the gold file; a row is found if a mention of its class contains its name. */
    private int[] goldFound(Path gold, Map<String, AnalyzedDocument> docs) throws IOException {
        int found = 0;
        int required = 0;
        List<String> missed = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            if (line.startsWith("#") || line.startsWith("file,") || cells.length < 4) {
                continue;
            }
            required++;
            AnalyzedDocument doc = docs.get(cells[0]);
            boolean hit = doc != null && doc.mentions().stream().anyMatch(m -> matches(doc, m, cells));
            if (hit) {
                found++;
            } else {
                missed.add(cells[0] + ":" + cells[1]);
            }
        }
        System.out.println("  missed: " + missed);
        return new int[] {found, required};
    }

    private boolean matches(AnalyzedDocument doc, Mention m, String[] gold) {
        if (!m.entityClass().label().equals(gold[2]) || !fold(m.text()).contains(fold(gold[1]))) {
            return false;
        }
        String label = m.entity() == null ? "" : kinds.label(doc, m.entity()).orElse("");
        return Arrays.stream(gold[3].split("\\|")).anyMatch(alt -> fold(label).contains(fold(alt)));
    }

    // As the project's scorer folds labels: case, accents, apostrophes, hyphens and a few type words ignored.
    private static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('×', 'x').replaceAll("['’‘\"“”-]", "");
        return Arrays.stream(t.split("[^0-9a-z]+")).filter(w -> !w.isEmpty() && !STOP.contains(w))
                .collect(Collectors.joining());
    }
}
