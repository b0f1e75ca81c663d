package org.nkgraph.vocab;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.nkgraph.sys.NkGraphException;

/**
 * Loads the ontology and SHACL shapes files that ship on the class path under {@code ontology/}.
 *
 * <p>A missing or unparsable file is a packaging fault: it fails with an {@link NkGraphException} naming the file
 * (and, for syntax errors, the line), so start-up stops before anything is written.
 *
 * <pre>
 * Graph ontology = OntologyLib.ontology();
 * Shapes shapes = Shapes.parse(OntologyLib.shapes());
 * </pre>
 */
public final class OntologyLib {

    private OntologyLib() {}

    /** A fresh in-memory copy of {@code ontology/nkgraph.ttl}. */
    public static Graph ontology() {
        return load(NKG.ONTOLOGY_RESOURCE);
    }

    /** A fresh in-memory copy of {@code ontology/shapes.ttl}, the SHACL shapes of a well-formed built graph. */
    public static Graph shapes() {
        return load(NKG.SHAPES_RESOURCE);
    }

    /** Parses a Turtle file from the class path into a new graph. */
    public static Graph load(String resource) {
        ClassLoader loader = OntologyLib.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NkGraphException("missing from the class path: " + resource);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            // Strict: a warning (say, a bad literal) in a shipped file is a packaging fault too.
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(graph);
            return graph;
        } catch (RiotException e) {
            throw new NkGraphException("cannot parse " + resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NkGraphException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
