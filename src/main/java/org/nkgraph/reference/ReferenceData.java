package org.nkgraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.text.EntityClass;
import org.nkgraph.vocab.NKG;

/**
 * The ontology, the SHACL shapes and the reference data that ship with nkgraph (the project's {@code ontology/}
 * folder, packaged in the jar), parsed once. A file that does not parse fails here, naming the file and line.
 *
 * <pre>
 * ReferenceData ref = ReferenceData.bundled();
 * Gazetteer names = ref.gazetteer();
 * </pre>
 */
public final class ReferenceData {

    /** Classpath folder of the bundled files. */
    public static final String ROOT = "/ontology/";
    public static final String ONTOLOGY_FILE = "nkgraph.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";
    /** Lists the reference data files, one a line, relative to {@code ontology/reference/}. */
    public static final String REFERENCE_INDEX = "reference/index.txt";

    private static volatile ReferenceData bundled;

    private final Model ontology;
    private final Model shapes;
    private final Model reference;
    private final String fingerprint;
    private final ClassHierarchy classes;
    private volatile Gazetteer gazetteer;

    private ReferenceData(Model ontology, Model shapes, Model reference, String fingerprint) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.reference = reference;
        this.fingerprint = fingerprint;
        this.classes = new ClassHierarchy(ontology);
    }

    /** The files packaged with nkgraph, loaded on first use. */
    public static ReferenceData bundled() {
        ReferenceData r = bundled;
        if (r == null) {
            synchronized (ReferenceData.class) {
                r = bundled;
                if (r == null) {
                    r = load();
                    bundled = r;
                }
            }
        }
        return r;
    }

    private static ReferenceData load() {
        MessageDigest digest = sha256();
        Model ontology = parse(ONTOLOGY_FILE, digest);
        Model shapes = parse(SHAPES_FILE, digest);
        Model reference = ModelFactory.createDefaultModel();
        for (String file : referenceFiles()) {
            reference.add(parse("reference/" + file, digest));
        }
        return new ReferenceData(ontology, shapes, reference, HexFormat.of().formatHex(digest.digest(), 0, 16));
    }

    private static List<String> referenceFiles() {
        List<String> files = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(open(REFERENCE_INDEX), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new NkGraphException("ontology/" + REFERENCE_INDEX + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static Model parse(String file, MessageDigest digest) {
        byte[] bytes;
        try (InputStream in = open(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new NkGraphException("ontology/" + file + ": " + e.getMessage(), e);
        }
        digest.update(bytes);
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.create().fromString(new String(bytes, StandardCharsets.UTF_8)).lang(Lang.TURTLE)
                    .base("https://w3id.org/nkgraph/").parse(model);
        } catch (RiotException e) {
            throw new NkGraphException("ontology/" + file + ": " + e.getMessage(), e);
        }
        return model;
    }

    private static InputStream open(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new NkGraphException("ontology/" + file + " is missing from the classpath");
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Model ontology() {
        return ontology;
    }

    public Model shapes() {
        return shapes;
    }

    public Model reference() {
        return reference;
    }

    /** The ontology's classes and what is a subclass of what. */
    public ClassHierarchy classes() {
        return classes;
    }

    /** A hash of every bundled file: when it changes, a store's copies of the ontology and reference are stale. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The IRIs of the people the reference data types as leaders ({@code nkg:Leader}). */
    public Set<String> leaders() {
        Set<String> out = new LinkedHashSet<>();
        reference.listSubjectsWithProperty(RDF.type, NKG.Leader).forEachRemaining(r -> out.add(r.getURI()));
        return Set.copyOf(out);
    }

    /** The names of every reference entity of a kind a mention can name, with the place hierarchy. */
    public Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = buildGazetteer();
            gazetteer = g;
        }
        return g;
    }

    private Gazetteer buildGazetteer() {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        for (Resource entity : reference.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            EntityClass kind = entityClassOf(entity);
            if (kind == null || !entity.isURIResource()) {
                continue;
            }
            String label = entity.getProperty(SKOS.prefLabel).getString();
            for (String name : names(entity)) {
                builder.add(new GazetteerEntry(entity.getURI(), kind, label, name));
            }
            Statement parent = entity.getProperty(NKG.partOf);
            if (parent != null && parent.getObject().isURIResource()) {
                builder.partOf(entity.getURI(), parent.getResource().getURI());
            }
        }
        return builder.build();
    }

    private List<String> names(Resource entity) {
        List<String> names = new ArrayList<>();
        for (var p : List.of(SKOS.prefLabel, RDFS.label, SKOS.altLabel)) {
            StmtIterator it = entity.listProperties(p);
            while (it.hasNext()) {
                RDFNode o = it.next().getObject();
                if (o.isLiteral()) {
                    names.add(o.asLiteral().getString());
                }
            }
        }
        return names;
    }

    /** The kinds of name a mention can be, most specific first: a facility is also a place. */
    private static final List<Kind> KINDS = List.of(
            new Kind(NKG.Facility, EntityClass.FACILITY),
            new Kind(NKG.Person, EntityClass.PERSON),
            new Kind(NKG.Organization, EntityClass.ORGANIZATION),
            new Kind(NKG.Place, EntityClass.PLACE),
            new Kind(NKG.Policy, EntityClass.POLICY),
            new Kind(NKG.Meeting, EntityClass.MEETING));

    private record Kind(Resource topClass, EntityClass entityClass) {}

    private EntityClass entityClassOf(Resource entity) {
        for (Statement type : reference.listStatements(entity, RDF.type, (RDFNode) null).toList()) {
            if (type.getObject().isURIResource()) {
                for (Kind kind : KINDS) {
                    if (classes.isSubClassOf(type.getResource().getURI(), kind.topClass().getURI())) {
                        return kind.entityClass();
                    }
                }
            }
        }
        return null;
    }
}
