package org.nkgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The loading anchor of the benchmark: exports a store as N-Quads and loads a file with Jena's own TDB2 bulk
 * loader (the default plan of {@code tdb2.tdbloader}) into a fresh location, and measures stores on disk.
 *
 * <pre>
 * JenaBulkLoad.Result r = JenaBulkLoad.load(Path.of("store.nq"), Path.of("fresh-store"));
 * </pre>
 */
public final class JenaBulkLoad {

    private JenaBulkLoad() {}

    /**
     * What the bulk loader did.
     *
     * @param quads   quads in the loaded store
     * @param seconds wall-clock time of the load
     */
    public record Result(long quads, double seconds) {}

    /** Writes the whole store as N-Quads to {@code file}. */
    public static void exportNQuads(KgStore store, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            ExportFormat.nq.write(store.datasetGraph(), out);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads an N-Quads file into a new TDB2 store at {@code location}, which must not hold a store yet. */
    public static Result load(Path nquads, Path location) {
        if (Files.exists(location)) {
            throw new StoreException("the bulk loader needs a fresh location; " + location + " exists");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            MonitorOutput silent = (fmt, args) -> { };
            long started = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(dsg, silent);
            loader.startBulk();
            try {
                loader.load(List.of(nquads.toString()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(loader.countQuads(), seconds);
        } finally {
            dsg.close();
        }
    }

    /** The bytes of the files under {@code dir}. */
    public static long sizeOnDisk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(JenaBulkLoad::size).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
