package org.nkgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ontology/shapes.ttl} accepts a well-formed built graph and rejects broken ones with its own messages. */
class ShapesTest {

    private static final String UNTYPED_EVENT =
            "a node with event properties (participant, site, place, date, ...) must be typed as a nkg:Event";

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(OntologyLib.shapes());
    }

    @Test
    void shapesParseAndEveryShapeHasAMessage() {
        assertTrue(shapes.numRootShapes() >= 10, "root shapes: " + shapes.numRootShapes());
        Model g = ModelFactory.createModelForGraph(OntologyLib.shapes());
        List<String> silent = new ArrayList<>();
        Stream.concat(g.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream(),
                g.listSubjectsWithProperty(SHACLM.path).toList().stream()).forEach(shape -> {
                    if (!shape.hasProperty(SHACLM.message)) {
                        silent.add(shape.toString());
                    }
                });
        assertEquals(List.of(), silent, "shapes without sh:message");
    }

    @Test
    void wellFormedGraphConforms() {
        ValidationReport report = validate(ShapesFixture.wellFormed(), true);
        assertTrue(report.conforms(), () -> messages(report).toString());
    }

    @Test
    void eventWithoutArticleAndStringDateFailsWithBothMessages() {
        Model data = ShapesFixture.wellFormed();
        data.removeAll(ShapesFixture.EVENT, NKG.reportedIn, null);
        data.removeAll(ShapesFixture.EVENT, NKG.date, null);
        data.add(ShapesFixture.EVENT, NKG.date, ResourceFactory.createTypedLiteral("2026-11", XSDDatatype.XSDstring));

        ValidationReport report = validate(data, true);

        assertFalse(report.conforms());
        assertEquals(Set.of("event must be nkg:reportedIn at least one article",
                "nkg:date must be an xsd:date, xsd:gYearMonth or xsd:gYear"), messages(report));
        report.getEntries().forEach(e -> assertEquals(ShapesFixture.EVENT.asNode(), e.focusNode()));
    }

    @Test
    void withoutTheOntologyTheEventIsNotATargetOfEventShape() {
        // Documents the comment in shapes.ttl: targetClass follows rdfs:subClassOf only in the data graph.
        Model data = ShapesFixture.wellFormed();
        data.removeAll(ShapesFixture.EVENT, NKG.reportedIn, null);

        Set<String> withOntology = messages(validate(data, true));
        Set<String> withoutOntology = messages(validate(data, false));

        assertTrue(withOntology.contains("event must be nkg:reportedIn at least one article"));
        assertFalse(withoutOntology.contains("event must be nkg:reportedIn at least one article"));
        // The property-selected shape still notices that nkg:Inspection is not known to be an event.
        assertTrue(withoutOntology.contains(UNTYPED_EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void brokenGraphFailsWithTheShapesMessage(String what, Consumer<Model> breakIt, String expected) {
        Model data = ShapesFixture.wellFormed();
        breakIt.accept(data);
        ValidationReport report = validate(data, true);
        assertEquals(Set.of(expected), messages(report), what);
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                breakage("article without content hash", m -> m.removeAll(ShapesFixture.ARTICLE, NKG.contentHash, null),
                        "article must have exactly one nkg:contentHash, a lower-case hex xsd:string"),
                breakage("article with two titles", m -> m.add(ShapesFixture.ARTICLE, NKG.title, "Second headline"),
                        "article may have at most one nkg:title, an xsd:string"),
                breakage("publication date with a time", m -> replace(m, ShapesFixture.ARTICLE, NKG.publicationDate,
                        typed("2026-11-20T09:00:00", XSDDatatype.XSDdateTime)),
                        "article may have at most one nkg:publicationDate, an xsd:date"),
                breakage("sentence without text", m -> m.removeAll(ShapesFixture.SENTENCE, NKG.text, null),
                        "must have exactly one nkg:text, an xsd:string"),
                breakage("mention ending before it starts", m -> replace(m, ShapesFixture.MENTION, NKG.end,
                        typed("1", XSDDatatype.XSDnonNegativeInteger)),
                        "must have exactly one nkg:start, an xsd:nonNegativeInteger below its nkg:end"),
                breakage("mention confidence above 1", m -> replace(m, ShapesFixture.MENTION, NKG.confidence,
                        m.createTypedLiteral(new BigDecimal("1.5"))),
                        "must have exactly one nkg:confidence, an xsd:decimal from 0 to 1"),
                breakage("mention without sentence", m -> m.removeAll(ShapesFixture.MENTION, NKG.inSentence, null),
                        "must be in exactly one nkg:Sentence (nkg:inSentence)"),
                breakage("evidence for nothing", m -> m.removeAll(ShapesFixture.EVIDENCE, NKG.evidenceFor, null),
                        "evidence must support exactly one fact node (nkg:evidenceFor)"),
                breakage("untyped event node", m -> m.removeAll(ShapesFixture.EVENT, RDF.type, null), UNTYPED_EVENT),
                breakage("statement not reported", m -> m.removeAll(ShapesFixture.STATEMENT, NKG.reportedIn, null),
                        "statement must be nkg:reportedIn at least one article"),
                breakage("position without holder", m -> m.removeAll(ShapesFixture.POSITION, NKG.holder, null),
                        "position must have exactly one nkg:holder, a nkg:Person"),
                breakage("place with two preferred labels", m -> m.add(ShapesFixture.COUNTY, SKOS.prefLabel,
                        "Sinyang-gun", "en"), "place must have exactly one skos:prefLabel"),
                breakage("place inside a person", m -> replace(m, ShapesFixture.COUNTY, NKG.partOf,
                        ShapesFixture.OFFICIAL), "place nkg:partOf must point to a nkg:Place"),
                breakage("latitude as a string", m -> replace(m, ShapesFixture.COUNTY, NKG.latitude,
                        typed("39.6", XSDDatatype.XSDstring)),
                        "place may have at most one nkg:latitude, an xsd:decimal from -90 to 90"),
                breakage("policy date as a date-time", m -> m.add(ShapesFixture.POLICY, NKG.introducedDate,
                        typed("2024-01-15T10:00:00", XSDDatatype.XSDdateTime)),
                        "nkg:introducedDate must be an xsd:date, xsd:gYearMonth or xsd:gYear"));
    }

    private static Arguments breakage(String what, Consumer<Model> breakIt, String expected) {
        return Arguments.of(what, breakIt, expected);
    }

    private static void replace(Model m, Resource s, Property p, RDFNode o) {
        m.removeAll(s, p, null);
        m.add(s, p, o);
    }

    private static Literal typed(String lexical, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(lexical, type);
    }

    private static ValidationReport validate(Model data, boolean withOntology) {
        Graph graph = data.getGraph();
        if (withOntology) {
            Model union = ModelFactory.createDefaultModel().add(data);
            OntologyLib.ontology().find().forEachRemaining(union.getGraph()::add);
            graph = union.getGraph();
        }
        return ShaclValidator.get().validate(shapes, graph);
    }

    private static Set<String> messages(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::message).collect(Collectors.toCollection(TreeSet::new));
    }
}
