package org.nkgraph.link;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.reference.ClassHierarchy;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.reference.SortedTurtleWriter;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.GEO;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.WD;
import org.nkgraph.vocab.WDT;

/**
 * Writes the offline Wikidata snapshot {@code ontology/reference/wikidata.ttl}: every Wikidata item the reference
 * data links to with {@code skos:exactMatch}, described in Wikidata's own shape ({@code rdfs:label},
 * {@code skos:altLabel}, {@code wdt:P17}, {@code wdt:P131}, {@code wdt:P625}, and {@code wdt:P31} only where
 * {@link WikidataClassMap} knows a verified class item). The values are nkgraph's reference data, not a copy of
 * Wikidata, so that queries written for Wikidata's shape also run on the local graph without a network.
 *
 * <pre>
 * WikidataSnapshot.write(ReferenceData.bundled(), Path.of("ontology/reference/wikidata.ttl"));
 * </pre>
 */
public final class WikidataSnapshot {
    /** The command that regenerates the committed file, quoted in its header. */
    public static final String REGENERATE_COMMAND =
            "./nkgraph reference wikidata --out ontology/reference/wikidata.ttl";

    private static final List<Property> PREDICATE_ORDER = List.of(RDFS.label, SKOS.altLabel, WDT.P31, WDT.P17,
            WDT.P131, WDT.P625);

    private WikidataSnapshot() {}

    /** Writes the snapshot of {@code reference}'s links to {@code out}, replacing it. */
    public static void write(ReferenceData reference, Path out) {
        String turtle = turtle(reference);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, turtle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NkGraphException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** The snapshot as Turtle, header comment included, exactly as {@link #write} writes it. */
    public static String turtle(ReferenceData reference) {
        Model items = describe(reference.reference(), reference.classes(), WikidataClassMap.bundled());
        StringWriter out = new StringWriter();
        SortedTurtleWriter.write(items, header(items), PREDICATE_ORDER, out);
        return out.toString();
    }

    /** The Wikidata-shaped description of every item that an entity of {@code reference} links to. */
    public static Model describe(Model reference, ClassHierarchy classes, WikidataClassMap classMap) {
        Model items = ModelFactory.createDefaultModel();
        items.setNsPrefix(WD.PREFIX, WD.NS).setNsPrefix(WDT.PREFIX, WDT.NS).setNsPrefix(GEO.PREFIX, GEO.NS)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("skos", SKOS.uri);
        for (Statement link : reference.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList()) {
            Resource entity = link.getSubject();
            Resource item = itemOf(entity);
            if (item == null || !entity.isURIResource() || WD.itemId(entity.getURI()) != null) {
                continue;
            }
            Resource out = items.createResource(item.getURI());
            entity.listProperties(SKOS.prefLabel).forEach(s -> out.addProperty(RDFS.label, s.getObject()));
            entity.listProperties(SKOS.altLabel).forEach(s -> out.addProperty(SKOS.altLabel, s.getObject()));
            for (Statement type : entity.listProperties(RDF.type).toList()) {
                if (type.getObject().isURIResource()) {
                    classMap.itemFor(type.getResource().getURI(), classes)
                            .ifPresent(id -> out.addProperty(WDT.P31, WD.item(id)));
                }
            }
            Resource country = itemOf(countryOf(entity, classes));
            if (country != null) {
                out.addProperty(WDT.P17, country);
            }
            Resource parent = itemOf(entity.getPropertyResourceValue(NKG.partOf));
            if (parent != null) {
                out.addProperty(WDT.P131, parent);
            }
            addCoordinates(entity, out);
        }
        return items;
    }

    /** The Wikidata item an entity links to, or null if it links to none. */
    static Resource itemOf(Resource entity) {
        if (entity == null) {
            return null;
        }
        for (Statement s : entity.listProperties(SKOS.exactMatch).toList()) {
            if (s.getObject().isURIResource() && WD.itemId(s.getResource().getURI()) != null) {
                return s.getResource();
            }
        }
        return null;
    }

    /** The entity itself if it is a country, else its stated country, else the country its places lie in. */
    private static Resource countryOf(Resource entity, ClassHierarchy classes) {
        Set<Resource> seen = new HashSet<>();
        for (Resource r = entity; r != null && seen.add(r); r = r.getPropertyResourceValue(NKG.partOf)) {
            if (isCountry(r, classes)) {
                return r;
            }
            Resource stated = r.getPropertyResourceValue(NKG.country);
            if (stated != null) {
                return stated;
            }
        }
        return null;
    }

    private static boolean isCountry(Resource r, ClassHierarchy classes) {
        for (Statement type : r.listProperties(RDF.type).toList()) {
            if (type.getObject().isURIResource()
                    && classes.isSubClassOf(type.getResource().getURI(), NKG.Country.getURI())) {
                return true;
            }
        }
        return false;
    }

    private static void addCoordinates(Resource entity, Resource out) {
        Statement lat = entity.getProperty(NKG.latitude);
        Statement lon = entity.getProperty(NKG.longitude);
        if (lat != null && lon != null) {
            String wkt = "Point(" + lon.getLiteral().getLexicalForm() + " " + lat.getLiteral().getLexicalForm() + ")";
            out.addLiteral(WDT.P625, out.getModel().createTypedLiteral(wkt, GEO.wktLiteral));
        }
    }

    private static List<String> header(Model items) {
        List<String> lines = new ArrayList<>();
        lines.add("GENERATED FILE - do not edit by hand; change the reference data and regenerate.");
        lines.add("The offline Wikidata snapshot: every Wikidata item that the reference data in ontology/reference/");
        lines.add("links to with skos:exactMatch, described in Wikidata's own shape (rdfs:label, skos:altLabel,");
        lines.add("wdt:P31, wdt:P17, wdt:P131, wdt:P625), so that queries written for the Wikidata query service");
        lines.add("also run on the local graph without a network.");
        lines.add("");
        lines.add("The values are nkgraph's reference data written in Wikidata's shape, NOT a copy of Wikidata:");
        lines.add("labels and spellings, country (P17), parent division (P131, when the parent has an item) and");
        lines.add("coordinates (P625, Point(longitude latitude)) come from places.ttl, countries.ttl, people.ttl");
        lines.add("and organizations.ttl; the class (P31) only where");
        lines.add("src/main/resources/org/nkgraph/link/wikidata-classes.tsv names a verified class item (province");
        lines.add("of North Korea Q15620174, human Q5); otherwise P31 is omitted.");
        lines.add("Generated by org.nkgraph.link.WikidataSnapshot. Items: " + items.listSubjects().toList().size() + ".");
        lines.add("Regenerate from the project root with:");
        lines.add("  " + REGENERATE_COMMAND);
        return lines;
    }
}
