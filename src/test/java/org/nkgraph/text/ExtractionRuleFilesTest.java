package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.sys.NkGraphException;

/** A malformed row of a relation, meeting or policy rule file fails at start-up, naming the file and line. */
class ExtractionRuleFilesTest {

    private static final ReferenceLookup LOOKUP = new ReferenceLookup(ReferenceData.bundled());

    private static RuleFile file(String... lines) {
        return RuleFile.parse("bad.tsv", List.of(lines), 1);
    }

    private static void failsAt(String reason, Executable load) {
        NkGraphException e = assertThrows(NkGraphException.class, load);
        assertTrue(e.getMessage().startsWith("bad.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theBundledRulesLoad() {
        new RelationExtractor(ReferenceData.bundled());
        new MeetingPolicyExtractor(ReferenceData.bundled());
    }

    @Test
    void unknownPlaceholder() {
        failsAt("{NOPE}", () -> new PositionFinder(file("# rules", "position:x\t{NOPE}, {TITLE}\t0.5"),
                TitleLexicon.bundled(), LOOKUP));
    }

    @Test
    void confidenceOutOfRange() {
        failsAt("[0, 1]", () -> new PositionFinder(file("# rules", "position:x\t{PERSON}, {TITLE}\t1.5"),
                TitleLexicon.bundled(), LOOKUP));
    }

    @Test
    void propertyNotInTheOntology() {
        failsAt("bossOf", () -> new OrgStructureFinder(file("# rules", "org:x\t(?<sub>{ORG}) (?<sup>{ORG})\tbossOf"
                + "\tany\t0.5"), file("department"), LOOKUP));
        failsAt("cousinOf", () -> new FamilyTerms(file("# terms", "cousin\t-\tcousinOf\t-\t-\t-"), LOOKUP));
    }

    @Test
    void classOrOrganizerUnknown() {
        RuleFile calendar = file("# none");
        RuleFile cues = file("# none");
        NumberWords numbers = NumberWords.bundled();
        failsAt("Banquet", () -> new MeetingRules(file("# rules", "m\tcongress\tBanquet\tWorkers' Party of Korea"
                + "\tPoliticalParty\twpk/congress\tCongress\tyear\t0.8"), calendar, cues, numbers, LOOKUP));
        failsAt("Party of Nobody", () -> new MeetingRules(file("# rules", "m\tcongress\tPartyCongress\tParty of "
                + "Nobody\tPoliticalParty\tx/congress\tCongress\tyear\t0.8"), calendar, cues, numbers, LOOKUP));
        failsAt("unknown policy", () -> new PolicyNames(file("# names", "p\tfoo\tunknown policy\t0.5"),
                file("# none"), numbers, LOOKUP));
    }

    @Test
    void badKinds() {
        failsAt("ordinal", () -> new NumberWords(file("# numbers", "eleventy\t111\tfictional")));
        failsAt("name-title", () -> new TitleLexicon(file("# titles", "premier\tnoble")));
        failsAt("duration", () -> new PolicyCues(file("# cues", "period\tfoo\t-"), NumberWords.bundled()));
    }
}
