package org.nkgraph.text;

import java.util.Set;
import org.nkgraph.reference.ReferenceData;

/**
 * Finds the positions people hold, their family ties and how organizations stand to each other, from the names
 * and references earlier stages resolved. Requires {@link Layer#MENTIONS} and {@link Layer#COREFERENCE}; adds
 * {@link PositionMention}s and {@link RelationMention}s ({@link Layer#RELATIONS}), and a mention for an
 * organization a position names in lower case ("premier of the cabinet").
 *
 * <p>The patterns are data: {@code rules/positions.tsv} with {@code rules/titles.tsv}; {@code rules/family.tsv}
 * with {@code rules/family-terms.tsv}; {@code rules/org-relations.tsv} with {@code rules/org-unit-words.tsv}. Each
 * file's header says how to add a rule. Property names are checked against the ontology at start-up.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(splitter, tokenizer, gazetteer, names, coreference,
 *         new RelationExtractor(ReferenceData.bundled()));
 * List&lt;PositionMention&gt; positions = p.analyze(document).positions();
 * </pre>
 */
public final class RelationExtractor implements AnalysisStage {

    private final ReferenceLookup lookup;
    private final PositionFinder positions;
    private final FamilyFinder family;
    private final OrgStructureFinder organizations;

    public RelationExtractor(ReferenceData reference) {
        this.lookup = new ReferenceLookup(reference);
        this.positions = PositionFinder.bundled(TitleLexicon.bundled(), lookup);
        this.family = FamilyFinder.bundled(FamilyTerms.bundled(lookup));
        this.organizations = OrgStructureFinder.bundled(lookup);
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        EntitySpans spans = EntitySpans.of(doc, lookup);
        for (Sentence sentence : doc.sentences()) {
            positions.find(doc, sentence, spans);
            organizations.find(doc, sentence, spans);
        }
        family.find(doc, spans);
    }
}
