package org.nkgraph.text;

import java.util.Set;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.ReferenceData;

/**
 * Finds the names the reference data does not know, by patterns and lexicons in {@code rules/}: people (Korean names
 * in any spelling and hyphenation, other names after a title), organizations (by head word: "Ministry of ...",
 * "... Institute"), places ("... County", lists of counties) and facilities ("local industrial factory", "the
 * factory in ... County"); it also takes the reference names the gazetteer misses when written with a possessive.
 * New entities are recorded with minted IRIs ({@link AnalyzedDocument#addNewEntity}).
 *
 * <p>Requires {@link Layer#SENTENCES}, {@link Layer#TOKENS} and the gazetteer's {@link Layer#MENTIONS}; adds to
 * {@link Layer#MENTIONS}. The gazetteer's mentions win: a name that overlaps one is left alone (a county named after
 * a person stays a county), except that a longer organization or facility name may contain a place's name. Places
 * go first, then facilities, organizations and people, each taking only words the earlier ones left.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(splitter, tokenizer, gazetteerFinder, new NamePatternFinder(reference));
 * </pre>
 */
public final class NamePatternFinder implements AnalysisStage {

    private final PlaceNameFinder places;
    private final FacilityFinder facilities;
    private final OrganizationNameFinder organizations;
    private final PersonNameFinder people;

    /** A finder with the bundled rules; a malformed rule file fails here, naming file and line. */
    public NamePatternFinder(ReferenceData reference) {
        Gazetteer gazetteer = reference.gazetteer();
        EntityKinds kinds = new EntityKinds(reference);
        NamePatterns patterns = NamePatterns.bundled();
        NameSettings settings = NameSettings.bundled();
        this.places = new PlaceNameFinder(patterns, kinds, gazetteer, settings);
        this.facilities = new FacilityFinder(patterns, kinds, gazetteer, settings);
        this.organizations = new OrganizationNameFinder(patterns, kinds, gazetteer, settings);
        this.people = new PersonNameFinder(KoreanNames.bundled(), PersonRoles.bundled(kinds, patterns), patterns,
                gazetteer, settings);
    }

    @Override
    public String name() {
        return "name patterns";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        places.find(doc);
        facilities.find(doc);
        organizations.find(doc);
        people.find(doc);
    }
}
