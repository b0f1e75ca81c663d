package org.nkgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKG;

/**
 * The real entities the synthetic corpus names, from the reference data: counties with their provinces, a few
 * organizations outside the North's state, and the leader. Each list is sorted, so a seed always draws the same.
 */
record CorpusCast(List<County> counties, List<String> organizations, String leader) {

    /** A county and the province it belongs to, by their English labels. */
    record County(String name, String province) {}

    static CorpusCast of(ReferenceData reference) {
        Model model = reference.reference();
        return new CorpusCast(counties(model), organizations(model), leader(reference, model));
    }

    private static List<County> counties(Model model) {
        Map<String, List<County>> byName = new TreeMap<>();
        for (Resource county : model.listSubjectsWithProperty(RDF.type, NKG.County).toList()) {
            Statement parent = county.getProperty(NKG.partOf);
            if (parent == null || !parent.getObject().isResource()
                    || !parent.getResource().hasProperty(RDF.type, NKG.Province)) {
                continue;
            }
            String name = label(county);
            if (name != null) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new County(name, label(parent.getResource())));
            }
        }
        // A name two counties share is left out, so every article's place is unambiguous whatever the order.
        List<County> out = new ArrayList<>();
        byName.values().stream().filter(list -> list.size() == 1).forEach(list -> out.add(list.get(0)));
        if (out.size() < 4) {
            throw new NkGraphException("the reference data holds too few counties for a corpus");
        }
        return List.copyOf(out);
    }

    private static List<String> organizations(Model model) {
        TreeSet<String> names = new TreeSet<>();
        for (Resource type : List.of(NKG.Ministry, NKG.IntelligenceAgency, NKG.ResearchInstitute)) {
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                String name = label(r);
                if (name != null) {
                    names.add(name);
                }
            });
        }
        if (names.isEmpty()) {
            throw new NkGraphException("the reference data holds no organization for a corpus");
        }
        return List.copyOf(names);
    }

    private static String leader(ReferenceData reference, Model model) {
        String iri = new TreeSet<>(reference.leaders()).stream().findFirst()
                .orElseThrow(() -> new NkGraphException("the reference data names no leader"));
        return label(model.getResource(iri));
    }

    private static String label(Resource r) {
        Statement s = r.getProperty(SKOS.prefLabel, "en");
        return s == null ? null : s.getString();
    }
}
