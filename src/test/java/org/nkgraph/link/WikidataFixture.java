package org.nkgraph.link;

import java.util.List;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.server.KgServer;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.WD;

/** The Wikidata-shaped test endpoint and a small store of entities that articles introduced, for the link tests. */
public final class WikidataFixture {
    /** The entities {@link #writeNewEntities} adds to the resolved graph. */
    public static final String CHOE = NKGID.person("choe-ryong-hae").getURI();
    public static final String SPA = NKGID.org("supreme-peoples-assembly-new").getURI();
    public static final String PURYONG = NKGID.place("north-hamgyong/puryong-new").getURI();
    public static final String KIM_SONG_NAM = NKGID.person("kim-song-nam").getURI();
    public static final String CHANG = NKGID.person("chang-yoon-jeong").getURI();

    private static final Node NORTH_KOREA = NKGID.place("north-korea").asNode();
    private static final Node NORTH_HAMGYONG = NKGID.place("north-hamgyong").asNode();

    private WikidataFixture() {}

    /** A read-only SPARQL server on a free loopback port serving {@code wikidata-fixture.ttl}; start it. */
    public static KgServer server() {
        Model fixture = RDFDataMgr.loadModel("org/nkgraph/link/wikidata-fixture.ttl");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> GraphUtil.addInto(dsg.getDefaultGraph(), fixture.getGraph()));
        return KgServer.create().dataset(dsg).port(0).serviceAllowList(List.of()).build();
    }

    /**
     * Writes the ontology, a minimal reference graph (North Korea and North Hamgyong with their items) and five new
     * entities: three that the fixture has items for, one that two fixture items fit equally, one with none.
     */
    public static void writeNewEntities(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            GraphUtil.addInto(dsg.getGraph(NKGID.GRAPH_ONTOLOGY), ReferenceData.bundled().ontology().getGraph());
            Node ref = NKGID.GRAPH_REFERENCE;
            add(dsg, ref, NORTH_KOREA, RDF.type.asNode(), NKG.Country.asNode());
            add(dsg, ref, NORTH_KOREA, SKOS.exactMatch.asNode(), WD.item("Q423").asNode());
            add(dsg, ref, NORTH_HAMGYONG, RDF.type.asNode(), NKG.Province.asNode());
            add(dsg, ref, NORTH_HAMGYONG, NKG.partOf.asNode(), NORTH_KOREA);
            add(dsg, ref, NORTH_HAMGYONG, SKOS.exactMatch.asNode(), WD.item("Q109361").asNode());
            entity(dsg, CHOE, NKG.Official, "Choe Ryong-hae", NKG.country.asNode(), NORTH_KOREA);
            entity(dsg, SPA, NKG.Legislature, "Supreme People's Assembly", NKG.country.asNode(), NORTH_KOREA);
            entity(dsg, PURYONG, NKG.County, "Puryong", NKG.partOf.asNode(), NORTH_HAMGYONG);
            entity(dsg, KIM_SONG_NAM, NKG.Person, "Kim Song-nam", NKG.country.asNode(), NORTH_KOREA);
            entity(dsg, CHANG, NKG.Person, "Chang Yoon-jeong", NKG.country.asNode(), NORTH_KOREA);
        });
    }

    private static void entity(DatasetGraph dsg, String iri, Resource type, String label,
            Node property, Node value) {
        Node g = NKGID.GRAPH_RESOLVED;
        Node e = NodeFactory.createURI(iri);
        add(dsg, g, e, RDF.type.asNode(), type.asNode());
        add(dsg, g, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
        add(dsg, g, e, property, value);
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(new Quad(g, s, p, o));
    }
}
