package org.nkgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.WD;

/**
 * Counts that tell what a store holds: articles, the entities they mention by class, events by class, links to
 * Wikidata, triples.
 *
 * @param articles        articles loaded
 * @param entitiesByClass entities that some article mentions, by the label of their class
 * @param eventsByClass   events, by the label of their class
 * @param wikidataLinks   mentioned entities linked to a Wikidata item
 * @param triples         quads in all graphs
 */
public record GraphStats(long articles, Map<String, Long> entitiesByClass, Map<String, Long> eventsByClass,
        long wikidataLinks, long triples) {

    private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\nPREFIX rdf: <" + RDF.getURI()
            + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\nPREFIX skos: <" + SKOS.getURI() + ">\n";

    /** Reads the counts from the store. */
    public static GraphStats of(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        long triples = store.quadCount();
        return Txn.calculateRead(dsg, () -> new GraphStats(
                count(dsg, "SELECT (COUNT(?a) AS ?n) { ?a a nkg:Article }"),
                grouped(dsg, "SELECT ?label (COUNT(DISTINCT ?e) AS ?n) { ?art nkg:mentions ?e . ?e a ?c . "
                        + "?c rdfs:label ?label } GROUP BY ?label ORDER BY DESC(?n) ?label"),
                grouped(dsg, "SELECT ?label (COUNT(DISTINCT ?e) AS ?n) { ?e a ?c . "
                        + "?c rdfs:subClassOf* nkg:Event ; rdfs:label ?label } GROUP BY ?label ORDER BY DESC(?n)"),
                count(dsg, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?art nkg:mentions ?e . ?e skos:exactMatch ?w . "
                        + "FILTER(STRSTARTS(STR(?w), \"" + WD.NS + "\")) }"),
                triples));
    }

    private static long count(DatasetGraph dsg, String query) {
        try (QueryExecution exec = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
            ResultSet rs = exec.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0;
        }
    }

    private static Map<String, Long> grouped(DatasetGraph dsg, String query) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                out.put(row.getLiteral("label").getString(), row.getLiteral("n").getLong());
            }
        }
        return out;
    }
}
