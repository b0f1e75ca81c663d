package org.nkgraph.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of nkgraph instances (articles, sentences, mentions, entities, events) and of the store's named graphs.
 *
 * <p>All minting goes through here so that one thing always gets one IRI. Every argument is checked: a slug or id
 * that would make a malformed or ambiguous IRI is rejected with an {@link IllegalArgumentException} rather than
 * escaped, because escaping would let two spellings of one name mint two IRIs.
 *
 * <pre>
 * Resource county = NKGID.place("south-pyongan/sinyang");    // .../id/place/south-pyongan/sinyang
 * Resource person = NKGID.person(NKGID.slug("Kim Jong Un"));  // .../id/person/kim-jong-un
 * Node graph = NKGID.articleGraphNode(document.id());          // .../graph/article/&lt;hash&gt;
 * </pre>
 */
public final class NKGID {

    /** Base of every instance IRI. */
    public static final String ID_BASE = "https://w3id.org/nkgraph/id/";

    /** Base of every named-graph IRI. */
    public static final String GRAPH_BASE = "https://w3id.org/nkgraph/graph/";

    /** The named graph that holds the ontology. */
    public static final Node GRAPH_ONTOLOGY = NodeFactory.createURI(GRAPH_BASE + "ontology");

    /** The named graph that holds curated reference data (places, known people and organisations). */
    public static final Node GRAPH_REFERENCE = NodeFactory.createURI(GRAPH_BASE + "reference");

    /** The named graph that holds cross-article entity resolution and links to reference data and Wikidata. */
    public static final Node GRAPH_RESOLVED = NodeFactory.createURI(GRAPH_BASE + "resolved");

    private static final String ARTICLE_GRAPH_BASE = GRAPH_BASE + "article/";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern SLUG_PATH = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]+");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*");

    // McCune-Reischauer marks aspiration with an apostrophe (Ch'ongjin); dropping it keeps the word whole.
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u02BB`]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private NKGID() {}

    /** A place by its reference-data id, which may be a path: {@code place("south-pyongan/sinyang")}. */
    public static Resource place(String id) {
        return entity("place", id);
    }

    /** An organisation by its slug: {@code org("workers-party-of-korea")}. */
    public static Resource org(String slug) {
        return iri(ID_BASE + "org/" + check(SLUG, slug, "organisation slug"));
    }

    /** A person by its slug: {@code person("kim-jong-un")}. */
    public static Resource person(String slug) {
        return iri(ID_BASE + "person/" + check(SLUG, slug, "person slug"));
    }

    /** An article by its content hash ({@code Document.id()}). */
    public static Resource article(String hash) {
        return iri(articleBase(hash));
    }

    /** Sentence {@code n} of an article: {@code id/article/<hash>/s<n>}. */
    public static Resource sentence(String hash, int n) {
        return iri(articleBase(hash) + "/s" + checkNumber(n));
    }

    /** Mention {@code n} of an article: {@code id/article/<hash>/m<n>}. */
    public static Resource mention(String hash, int n) {
        return iri(articleBase(hash) + "/m" + checkNumber(n));
    }

    /** Evidence node {@code n} of an article: {@code id/article/<hash>/e<n>}. */
    public static Resource evidence(String hash, int n) {
        return iri(articleBase(hash) + "/e" + checkNumber(n));
    }

    /**
     * Node {@code n} of some other kind that belongs to one article (a statement, a position, a participation):
     * {@code id/article/<hash>/<kind><n>}, the kind a short lower-case word such as {@code q} or {@code pos}.
     */
    public static Resource articlePart(String hash, String kind, int n) {
        return iri(articleBase(hash) + "/" + check(Pattern.compile("[a-z]+"), kind, "article part kind")
                + checkNumber(n));
    }

    /** An event by its key (letters, digits, {@code . _ ~ -}, segments separated by {@code /}). */
    public static Resource event(String key) {
        return iri(ID_BASE + "event/" + check(KEY, key, "event key"));
    }

    /** Any entity by kind and slug: {@code entity("policy", "regional-development-20x10")} is {@code id/policy/...}. */
    public static Resource entity(String kind, String slug) {
        return iri(ID_BASE + check(SLUG, kind, "entity kind") + "/" + check(SLUG_PATH, slug, kind + " id"));
    }

    /** The record of how {@code entity} was linked to Wikidata ({@code nkg:WikidataLink}): its IRI plus {@code /wikidata-link}. */
    public static Resource wikidataLink(String entityIri) {
        return iri(entityIri + "/wikidata-link");
    }

    /** The named graph of one article, as a resource. */
    public static Resource articleGraph(String hash) {
        return iri(ARTICLE_GRAPH_BASE + check(HASH, hash, "article hash"));
    }

    /** The named graph of one article, as a graph node for dataset-level code. */
    public static Node articleGraphNode(String hash) {
        return NodeFactory.createURI(ARTICLE_GRAPH_BASE + check(HASH, hash, "article hash"));
    }

    /** The article hash if {@code graphName} is an article graph; empty for any other graph. */
    public static Optional<String> articleHash(Node graphName) {
        if (graphName == null || !graphName.isURI()) {
            return Optional.empty();
        }
        String iri = graphName.getURI();
        if (!iri.startsWith(ARTICLE_GRAPH_BASE)) {
            return Optional.empty();
        }
        String hash = iri.substring(ARTICLE_GRAPH_BASE.length());
        return HASH.matcher(hash).matches() ? Optional.of(hash) : Optional.empty();
    }

    /**
     * A slug for a name: ASCII lower case, words joined by single hyphens, diacritics and apostrophes dropped.
     * {@code "Workers' Party of Korea"} gives {@code workers-party-of-korea}, {@code "Ch'ŏngjin"} gives
     * {@code chongjin}.
     *
     * @throws IllegalArgumentException if the label has no Latin letter or digit to keep (a name in Hangul only)
     */
    public static String slug(String label) {
        Objects.requireNonNull(label, "label");
        String s = label.toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = foldLetters(s);
        s = NON_ALNUM.matcher(s).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no ASCII letter or digit to make a slug from: \"" + label + "\"");
        }
        return s;
    }

    // Latin letters that Unicode does not decompose into a base letter plus a mark.
    private static String foldLetters(String s) {
        return s.replace("\u00DF", "ss").replace("\u00E6", "ae").replace("\u0153", "oe").replace("\u00F8", "o")
                .replace("\u0142", "l").replace("\u0111", "d").replace("\u00F0", "d").replace("\u00FE", "th")
                .replace("\u0131", "i");
    }

    private static String articleBase(String hash) {
        return ID_BASE + "article/" + check(HASH, hash, "article hash");
    }

    private static String check(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            String shown = value == null ? "null" : "\"" + value + "\"";
            throw new IllegalArgumentException("not a valid " + what + ": " + shown);
        }
        return value;
    }

    private static int checkNumber(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative sequence number: " + n);
        }
        return n;
    }

    private static Resource iri(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
