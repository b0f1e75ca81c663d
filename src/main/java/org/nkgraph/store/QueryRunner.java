package org.nkgraph.store;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;

/** Runs a SPARQL query against a store's dataset in a read transaction and writes the results. */
public final class QueryRunner {

    private QueryRunner() {}

    /**
     * Runs {@code sparql} and writes its results to {@code out}: SELECT and ASK in {@code format}, CONSTRUCT and
     * DESCRIBE as Turtle.
     *
     * @throws org.apache.jena.query.QueryParseException when the query does not parse
     */
    public static void run(DatasetGraph dsg, String sparql, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                if (query.isSelectType()) {
                    write(exec.execSelect(), format, out);
                } else if (query.isAskType()) {
                    writeAsk(exec.execAsk(), format, out);
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, exec.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, exec.execDescribe(), Lang.TURTLE);
                } else {
                    throw new IllegalArgumentException("unsupported query form");
                }
            }
        });
    }

    private static void write(ResultSet results, ResultFormat format, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
            case table -> ResultSetFormatter.out(out, results);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, answer);
            case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
            case json -> ResultSetFormatter.outputAsJSON(out, answer);
            case table -> ResultSetFormatter.out(out, answer);
        }
    }
}
