package org.nkgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 Core terms nkgraph aligns to (NLP Interchange Format: texts, sentences and spans with offsets).
 *
 * <pre>
 * model.add(mention, NIF.beginIndex, model.createTypedLiteral(12));
 * </pre>
 */
public final class NIF {

    /** The NIF Core namespace. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "nif";

    private NIF() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    // ---- Classes ----

    /** The whole text that offsets count into. */
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");

    /** A sentence of a context. */
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");

    /** A span of one or more words. */
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

    // ---- Object properties ----

    /** The context a string belongs to. */
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");

    /** The sentence a span belongs to. */
    public static final Property sentence = ResourceFactory.createProperty(NS, "sentence");

    // ---- Datatype properties ----

    /** The exact text of a span. */
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");

    /** Start offset of a span in its context, inclusive. */
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");

    /** End offset of a span in its context, exclusive. */
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");

    /** The full text of a context. */
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
}
