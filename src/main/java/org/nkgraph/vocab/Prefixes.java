package org.nkgraph.vocab;

import java.util.TreeMap;

import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes nkgraph writes and queries with, in one place, so that Turtle output and SPARQL prologues agree.
 *
 * <pre>
 * model.setNsPrefixes(Prefixes.standard());
 * </pre>
 */
public final class Prefixes {

    private Prefixes() {}

    /** A new, modifiable mapping with every standard nkgraph prefix (nkg, schema, prov, wd, ...). */
    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(NKG.PREFIX, NKG.NS);
        pm.setNsPrefix("schema", SchemaDO.NS);
        pm.setNsPrefix("foaf", FOAF.NS);
        pm.setNsPrefix("org", ORG.NS);
        pm.setNsPrefix(PROV.PREFIX, PROV.NS);
        pm.setNsPrefix(TIME.PREFIX, TIME.NS);
        pm.setNsPrefix("skos", SKOS.uri);
        pm.setNsPrefix(NIF.PREFIX, NIF.NS);
        pm.setNsPrefix(ITSRDF.PREFIX, ITSRDF.NS);
        pm.setNsPrefix("dcterms", DCTerms.NS);
        pm.setNsPrefix("xsd", XSD.NS);
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix(WD.PREFIX, WD.NS);
        pm.setNsPrefix(WDT.PREFIX, WDT.NS);
        pm.setNsPrefix(GEO.PREFIX, GEO.NS);
        pm.setNsPrefix("sh", SHACL.NS);
        return pm;
    }

    /** The standard prefixes as a SPARQL prologue ({@code PREFIX nkg: <...>} lines), for building queries. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(standard().getNsPrefixMap()).forEach((prefix, ns) ->
                sb.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
