package org.nkgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nkgraph.sys.NkGraphException;

class OntologyLibTest {

    @Test
    void classPathCopyIsTheProjectFile() {
        Path file = Path.of("ontology", "nkgraph.ttl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "run from the project folder");
        Graph fromFile = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(fromFile);
        assertTrue(fromFile.isIsomorphicWith(OntologyLib.ontology()));
    }

    @Test
    void ontologySurvivesATurtleRoundTrip() {
        Graph ontology = OntologyLib.ontology();
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, ontology, RDFFormat.TURTLE_PRETTY);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(), Lang.TURTLE).parse(back);
        assertTrue(ontology.isIsomorphicWith(back));
        assertEquals(ontology.size(), back.size());
    }

    @Test
    void missingResourceIsNamed() {
        NkGraphException e = assertThrows(NkGraphException.class, () -> OntologyLib.load("ontology/absent.ttl"));
        assertTrue(e.getMessage().contains("ontology/absent.ttl"), e.getMessage());
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        NkGraphException e = assertThrows(NkGraphException.class, () -> OntologyLib.load("vocab/broken.ttl"));
        assertTrue(e.getMessage().contains("vocab/broken.ttl"), e.getMessage());
        assertTrue(e.getMessage().contains("line: 4"), e.getMessage());
    }

    @Test
    void badLiteralIsAnErrorNotAWarning() {
        NkGraphException e = assertThrows(NkGraphException.class, () -> OntologyLib.load("vocab/bad-literal.ttl"));
        assertTrue(e.getMessage().contains("vocab/bad-literal.ttl"), e.getMessage());
    }
}
