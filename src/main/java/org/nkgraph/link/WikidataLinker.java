package org.nkgraph.link;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.PROV;
import org.nkgraph.vocab.Prefixes;
import org.nkgraph.vocab.WD;
import org.nkgraph.vocab.WDT;

/**
 * Links the people, organizations and places that articles introduced (entities of the resolved graph that are not
 * reference entities and have no {@code skos:exactMatch}) to Wikidata items: candidates by name from the endpoint,
 * ranked by {@link CandidateRanker}, and the link written to the resolved graph as {@code skos:exactMatch} with a
 * {@code nkg:WikidataLink} node recording score, method, endpoint and time. Nothing is written unless every query
 * was answered, so an endpoint that fails mid-run leaves the store as it was.
 *
 * <pre>
 * LinkReport report = new WikidataLinker(client, 0.8, Clock.systemUTC()).link(store.datasetGraph());
 * </pre>
 */
public final class WikidataLinker {
    private static final String SEP = "\u001f";

    private final WikidataClient client;
    private final CandidateRanker ranker;
    private final Clock clock;

    /** A linker asking {@code client}, linking at or above {@code threshold}, stamping links with {@code clock}. */
    public WikidataLinker(WikidataClient client, double threshold, Clock clock) {
        this.client = client;
        this.ranker = new CandidateRanker(threshold);
        this.clock = clock;
    }

    /**
     * Decides a link for every entity to link and writes the links.
     *
     * @throws WikidataUnavailableException if the endpoint cannot answer; nothing is written then
     */
    public List<LinkDecision> link(DatasetGraph dsg) {
        List<LinkTarget> targets = targets(dsg);
        Set<String> taken = Txn.calculateRead(dsg, () -> linkedItems(dsg));
        List<LinkDecision> decisions = new ArrayList<>();
        for (LinkTarget target : targets) {
            LinkDecision d = ranker.decide(target, candidates(target), taken);
            if (d.isLinked()) {
                taken.add(d.item());
            }
            decisions.add(d);
        }
        Txn.executeWrite(dsg, () -> decisions.stream().filter(LinkDecision::isLinked).forEach(d -> write(dsg, d)));
        return decisions;
    }

    /** The entities to link, in IRI order. */
    public static List<LinkTarget> targets(DatasetGraph dsg) {
        String query = Prefixes.sparqlPrologue()
                + "SELECT ?e ?label ?kind (SAMPLE(?c) AS ?country) (COUNT(DISTINCT ?c) AS ?countries)"
                + " (SAMPLE(?p) AS ?parent) (COUNT(DISTINCT ?p) AS ?parents)"
                + " (GROUP_CONCAT(DISTINCT ?alt; separator='" + SEP + "') AS ?alts) WHERE {\n"
                + "  GRAPH " + iri(NKGID.GRAPH_RESOLVED) + " { ?e skos:prefLabel ?label ; a ?class }\n"
                + "  VALUES ?kind { nkg:Person nkg:Organization nkg:Place }\n"
                + "  ?class rdfs:subClassOf* ?kind .\n"
                + "  FILTER NOT EXISTS { ?e skos:exactMatch ?any }\n"
                + "  FILTER NOT EXISTS { GRAPH " + iri(NKGID.GRAPH_REFERENCE) + " { ?e ?rp ?ro } }\n"
                + "  OPTIONAL { ?e skos:altLabel ?alt }\n"
                // A person's country may come only through the organization of a position the articles give.
                + "  OPTIONAL { ?e (nkg:country|nkg:partOf|(nkg:holds/nkg:organization))/(nkg:country|nkg:partOf)* ?cn .\n"
                + "             ?cn a nkg:Country ; skos:exactMatch ?c }\n"
                + "  OPTIONAL { ?e nkg:partOf/skos:exactMatch ?p }\n"
                + "} GROUP BY ?e ?label ?kind ORDER BY ?e";
        Map<String, LinkTarget> byIri = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> {
            RowSet rows = QueryExec.dataset(dsg).query(query).select();
            rows.forEachRemaining(row -> {
                String e = row.get("e").getURI();
                if (byIri.containsKey(e)) {
                    return;
                }
                String label = row.get("label").getLiteralLexicalForm();
                Set<String> names = new LinkedHashSet<>(List.of(label));
                Node alts = row.get("alts");
                if (alts != null && !alts.getLiteralLexicalForm().isEmpty()) {
                    names.addAll(List.of(alts.getLiteralLexicalForm().split(SEP)));
                }
                // Two countries or two parents tell nothing certain, so neither is used.
                byIri.put(e, new LinkTarget(e, kind(row.get("kind")), label, List.copyOf(names),
                        single(row.get("country"), row.get("countries")), single(row.get("parent"), row.get("parents"))));
            });
        });
        return List.copyOf(byIri.values());
    }

    /** The candidates bearing any of the target's names, one per item. */
    List<Candidate> candidates(LinkTarget target) {
        Map<String, CandidateBuilder> byItem = new LinkedHashMap<>();
        for (String name : target.names()) {
            for (Map<String, String> row : client.select(candidateQuery(name))) {
                String item = row.get("item");
                if (item == null || WD.itemId(item) == null) {
                    continue;
                }
                CandidateBuilder b = byItem.computeIfAbsent(item, CandidateBuilder::new);
                b.byLabel |= "label".equals(row.get("how"));
                addIfPresent(b.classes, row.get("class"));
                addIfPresent(b.countries, row.get("country"));
                addIfPresent(b.parents, row.get("parent"));
                b.hasLocation |= row.get("coord") != null;
            }
        }
        return byItem.values().stream().map(CandidateBuilder::build).toList();
    }

    /** The SELECT sent to the endpoint for one name, in English as the articles are. */
    static String candidateQuery(String name) {
        String literal = NodeFmtLib.strNT(NodeFactory.createLiteralLang(name, "en"));
        String query = "PREFIX rdfs: <" + RDFS.uri + ">\nPREFIX skos: <" + SKOS.uri + ">\nPREFIX wdt: <" + WDT.NS
                + ">\nSELECT ?item ?how ?class ?country ?parent ?coord WHERE {\n"
                + "  { ?item rdfs:label " + literal + " . BIND(\"label\" AS ?how) }\n"
                + "  UNION { ?item skos:altLabel " + literal + " . BIND(\"alias\" AS ?how) }\n"
                + "  OPTIONAL { ?item wdt:P31 ?class }\n"
                + "  OPTIONAL { ?item wdt:P17|wdt:P27 ?country }\n"
                + "  OPTIONAL { ?item wdt:P131 ?parent }\n"
                + "  OPTIONAL { ?item wdt:P625 ?coord }\n"
                + "} LIMIT 1000";
        QueryFactory.create(query);
        return query;
    }

    private void write(DatasetGraph dsg, LinkDecision d) {
        Node g = NKGID.GRAPH_RESOLVED;
        Node entity = NodeFactory.createURI(d.target().iri());
        Node item = NodeFactory.createURI(d.item());
        Node link = NKGID.wikidataLink(d.target().iri()).asNode();
        dsg.add(new Quad(g, entity, SKOS.exactMatch.asNode(), item));
        dsg.add(new Quad(g, entity, NKG.wikidataLink.asNode(), link));
        dsg.add(new Quad(g, link, RDF.type.asNode(), NKG.WikidataLink.asNode()));
        dsg.add(new Quad(g, link, NKG.linkTarget.asNode(), item));
        dsg.add(new Quad(g, link, NKG.linkScore.asNode(),
                NodeFactory.createLiteralDT(BigDecimal.valueOf(d.score()).toPlainString(), XSDDatatype.XSDdecimal)));
        dsg.add(new Quad(g, link, NKG.linkMethod.asNode(), NodeFactory.createLiteralString(d.method())));
        dsg.add(new Quad(g, link, NKG.linkEndpoint.asNode(), NodeFactory.createURI(client.endpoint())));
        dsg.add(new Quad(g, link, PROV.generatedAtTime.asNode(),
                NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime)));
    }

    private static Set<String> linkedItems(DatasetGraph dsg) {
        Set<String> items = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && WD.itemId(q.getObject().getURI()) != null) {
                items.add(q.getObject().getURI());
            }
        });
        return items;
    }

    private static LinkTarget.Kind kind(Node kind) {
        if (kind.equals(NKG.Person.asNode())) {
            return LinkTarget.Kind.PERSON;
        }
        return kind.equals(NKG.Place.asNode()) ? LinkTarget.Kind.PLACE : LinkTarget.Kind.ORGANIZATION;
    }

    private static String iri(Node node) {
        return "<" + node.getURI() + ">";
    }

    private static String single(Node node, Node count) {
        boolean one = count != null && "1".equals(count.getLiteralLexicalForm());
        return one && node != null && node.isURI() ? node.getURI() : null;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    /** Collects one item's rows. */
    private static final class CandidateBuilder {
        final String item;
        boolean byLabel;
        boolean hasLocation;
        final Set<String> classes = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final Set<String> parents = new LinkedHashSet<>();

        CandidateBuilder(String item) {
            this.item = item;
        }

        Candidate build() {
            return new Candidate(item, byLabel, Set.copyOf(classes), Set.copyOf(countries), Set.copyOf(parents),
                    hasLocation);
        }
    }
}
