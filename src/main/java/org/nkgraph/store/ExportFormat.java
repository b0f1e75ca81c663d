package org.nkgraph.store;

import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The formats the store can be exported in. */
public enum ExportFormat {
    /** N-Quads: every quad with its graph; streams, so suits large stores. */
    nq,
    /** TriG: the named graphs, pretty-printed. */
    trig,
    /** Turtle: the union of all graphs, without graph names. */
    ttl,
    /** JSON-LD: the dataset with its named graphs. */
    jsonld;

    /** Writes the dataset in a read transaction. */
    public void write(DatasetGraph dsg, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            switch (this) {
                case nq -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                case trig -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
                case ttl -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                case jsonld -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD);
            }
        });
    }
}
