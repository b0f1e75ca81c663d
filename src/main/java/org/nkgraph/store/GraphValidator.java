package org.nkgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nkgraph.reference.ReferenceData;

/**
 * Validates a store against nkgraph's SHACL shapes. The data graph is the union of all graphs, the ontology
 * included, so that targets by class reach instances of subclasses.
 */
public final class GraphValidator {

    private final Shapes shapes;

    public GraphValidator(ReferenceData reference) {
        this.shapes = Shapes.parse(reference.shapes().getGraph());
    }

    public ValidationReport validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> validate(dsg.getUnionGraph()));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
