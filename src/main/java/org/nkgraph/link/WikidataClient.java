package org.nkgraph.link;

import java.util.List;
import java.util.Map;

/**
 * Runs SPARQL SELECT queries against a Wikidata-shaped endpoint. Implementations: {@link HttpWikidataClient} (the
 * SPARQL protocol over HTTP) and {@link CachingWikidataClient} (answers from a file on disk first).
 *
 * <pre>
 * List&lt;Map&lt;String, String&gt;&gt; rows = client.select("SELECT ?item WHERE { ?item rdfs:label \"Sinpo\"@en }");
 * </pre>
 */
public interface WikidataClient {

    /**
     * The rows of a SELECT query, each a map from variable name to the value's lexical form (an IRI's text for IRIs);
     * unbound variables are absent.
     *
     * @throws WikidataUnavailableException if the endpoint cannot be reached or keeps failing
     */
    List<Map<String, String>> select(String query);

    /** The endpoint's URL, recorded with every link made from its answers. */
    String endpoint();
}
