package org.nkgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.nkgraph.sys.NkGraphException;

/**
 * One query of the benchmark: a name and one or more texts sent in turn (a competency question has one text; the
 * entity lookup has one per sampled entity, so successive lookups ask about different entities).
 *
 * @param name     the name in the report (a CQ file's name without {@code .rq})
 * @param variants the query texts, at least one
 */
record BenchQuery(String name, List<String> variants) {

    /** The name of the entity lookup in the report. */
    static final String ENTITY_LOOKUP = "entity lookup";
    private static final String CQ_GLOB = "cq*.rq";

    BenchQuery {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("query " + name + " has no text");
        }
        variants = List.copyOf(variants);
    }

    /** The text for the n-th use of this query (0-based), rotating over the variants. */
    String text(long n) {
        return variants.get((int) Math.floorMod(n, (long) variants.size()));
    }

    /** The competency-question queries ({@code cq*.rq}) of a folder, by file name. */
    static List<BenchQuery> competencyQuestions(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> cqs = Files.newDirectoryStream(folder, CQ_GLOB)) {
            cqs.forEach(files::add);
        } catch (IOException e) {
            throw new NkGraphException("cannot read the queries in " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new NkGraphException("no competency-question queries (" + CQ_GLOB + ") in " + folder);
        }
        files.sort(null);
        List<BenchQuery> queries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            try {
                queries.add(new BenchQuery(name, List.of(Files.readString(file, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new NkGraphException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return queries;
    }

    /**
     * The first {@code rows} rows of this query's answer, as an analyst's screen would ask for them: the query
     * with {@code LIMIT rows} unless it already asks for fewer.
     */
    BenchQuery firstPage(int rows) {
        List<String> texts = new ArrayList<>();
        for (String text : variants) {
            Query query = QueryFactory.create(text);
            if (!query.hasLimit() || query.getLimit() > rows) {
                query.setLimit(rows);
            }
            texts.add(query.serialize());
        }
        return new BenchQuery(name + " (first " + rows + ")", texts);
    }

    /** A query for the IRIs of up to {@code limit} instances of a class or its subclasses, in IRI order. */
    static String instanceSample(Resource type, int limit) {
        return "SELECT DISTINCT ?e WHERE { ?class <" + RDFS.subClassOf.getURI() + ">* <" + type.getURI() + "> . "
                + "?e a ?class . FILTER(isIRI(?e)) } ORDER BY ?e LIMIT " + limit;
    }

    /** Everything about one entity, per entity: {@code SELECT ?p ?o WHERE { <IRI> ?p ?o }}. */
    static BenchQuery entityLookup(List<String> iris) {
        List<String> texts = new ArrayList<>();
        for (String iri : iris) {
            texts.add("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }");
        }
        return new BenchQuery(ENTITY_LOOKUP, texts);
    }
}
