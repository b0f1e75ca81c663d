package org.nkgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NKGIDTest {

    private static final String HASH = "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kim Jong Un | kim-jong-un",
        "Kim Jong-un | kim-jong-un",
        "Workers' Party of Korea | workers-party-of-korea",
        "Workers\u2019 Party of Korea | workers-party-of-korea",
        "Ch'\u014fngjin | chongjin",
        "P\u2019y\u014fngyang | pyongyang",
        "  South   P'y\u014fngan  | south-pyongan",
        "Sinyang County (Sinyang-gun) | sinyang-county-sinyang-gun",
        "Ko\u0308ln | koln",
        "Stra\u00dfe 7 | strasse-7",
        "\u0141\u00f3d\u017a | lodz",
        "--Rason--Special--City-- | rason-special-city",
    })
    void slugIsAsciiLowerCaseWithHyphens(String label, String expected) {
        assertEquals(expected, NKGID.slug(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\uAE40\uC815\uC740", "''", "!!!"})
    void slugRefusesLabelsWithNothingToKeep(String label) {
        assertThrows(IllegalArgumentException.class, () -> NKGID.slug(label));
    }

    @Test
    void instanceIrisFollowTheDesign() {
        assertEquals(NKGID.ID_BASE + "place/south-pyongan/sinyang", NKGID.place("south-pyongan/sinyang").getURI());
        assertEquals(NKGID.ID_BASE + "place/north-korea", NKGID.place("north-korea").getURI());
        assertEquals(NKGID.ID_BASE + "org/workers-party-of-korea", NKGID.org("workers-party-of-korea").getURI());
        assertEquals(NKGID.ID_BASE + "person/kim-jong-un", NKGID.person(NKGID.slug("Kim Jong Un")).getURI());
        assertEquals(NKGID.ID_BASE + "article/" + HASH, NKGID.article(HASH).getURI());
        assertEquals(NKGID.ID_BASE + "article/" + HASH + "/s0", NKGID.sentence(HASH, 0).getURI());
        assertEquals(NKGID.ID_BASE + "article/" + HASH + "/m12", NKGID.mention(HASH, 12).getURI());
        assertEquals(NKGID.ID_BASE + "article/" + HASH + "/e3", NKGID.evidence(HASH, 3).getURI());
        assertEquals(NKGID.ID_BASE + "event/inspection-2026-11-20-sinyang", NKGID.event("inspection-2026-11-20-sinyang")
                .getURI());
        assertEquals(NKGID.place("south-pyongan"), NKGID.entity("place", "south-pyongan"));
        assertEquals(NKGID.ID_BASE + "policy/regional-development", NKGID.entity("policy", "regional-development")
                .getURI());
    }

    @Test
    void mintedIrisAreValidAbsoluteIris() {
        List<Resource> minted = List.of(NKGID.place("south-pyongan/sinyang"), NKGID.org("kcna"),
                NKGID.mention(HASH, 1), NKGID.event("a.b_c~d/e-1"), NKGID.articleGraph(HASH));
        for (Resource r : minted) {
            IRIx iri = IRIx.create(r.getURI());
            assertTrue(iri.isAbsolute() && !iri.hasViolations(), r.getURI());
        }
    }

    @Test
    void graphIrisAreDistinctAndUnderTheGraphBase() {
        List<String> graphs = List.of(NKGID.GRAPH_ONTOLOGY.getURI(), NKGID.GRAPH_REFERENCE.getURI(),
                NKGID.GRAPH_RESOLVED.getURI(), NKGID.articleGraph(HASH).getURI());
        assertEquals(4, graphs.stream().distinct().count());
        graphs.forEach(g -> assertTrue(g.startsWith(NKGID.GRAPH_BASE), g));
        assertEquals(NKGID.articleGraph(HASH).asNode(), NKGID.articleGraphNode(HASH));
        assertNotEquals(NKGID.article(HASH), NKGID.articleGraph(HASH), "an article and its graph are different names");
    }

    @Test
    void articleHashIsRecoveredFromArticleGraphsOnly() {
        assertEquals(Optional.of(HASH), NKGID.articleHash(NKGID.articleGraphNode(HASH)));
        assertEquals(Optional.empty(), NKGID.articleHash(NKGID.GRAPH_RESOLVED));
        assertEquals(Optional.empty(), NKGID.articleHash(NKGID.article(HASH).asNode()));
        assertEquals(Optional.empty(), NKGID.articleHash(NodeFactory.createLiteralString(HASH)));
        assertEquals(Optional.empty(), NKGID.articleHash(null));
    }

    @Test
    void badIdsAreRefusedNotEscaped() {
        List<Runnable> bad = List.of(
                () -> NKGID.person("Kim Jong Un"),
                () -> NKGID.person("kim--jong-un"),
                () -> NKGID.org("party/of-korea"),
                () -> NKGID.place("south-pyongan//sinyang"),
                () -> NKGID.place("/north-korea"),
                () -> NKGID.article("3F2A"),
                () -> NKGID.article(""),
                () -> NKGID.sentence(HASH, -1),
                () -> NKGID.event("a b"),
                () -> NKGID.event("x#y"),
                () -> NKGID.entity("Place", "seoul"),
                () -> NKGID.articleGraphNode("not-hex"),
                () -> NKGID.org(null));
        for (int i = 0; i < bad.size(); i++) {
            Runnable call = bad.get(i);
            assertThrows(IllegalArgumentException.class, call::run, "case " + i);
        }
    }
}
