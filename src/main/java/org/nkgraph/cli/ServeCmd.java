package org.nkgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nkgraph.server.KgServer;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.WD;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph serve}: serves the store over SPARQL with an embedded Fuseki server. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the store at /kg: SPARQL query at /kg/sparql and /kg/query, Graph Store read at /kg/get, "
                    + "a query page at /query.html.",
            "Read-only unless --allow-update, which is refused on a host that is not loopback. Stop with Ctrl-C."
        })
public final class ServeCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.db)) {
            serve(kg, server, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Starts the server on the store, prints its addresses and blocks until the process is stopped. */
    static void serve(KgStore kg, ServerOptions options, PrintWriter out) {
        KgServer server = KgServer.create()
                .dataset(kg.datasetGraph())
                .host(options.host)
                .port(options.port)
                .allowUpdate(options.allowUpdate)
                .queryTimeout(Duration.ofSeconds(options.timeoutSeconds))
                .serviceAllowList(options.serviceAllow)
                .build();
        server.start();
        out.println("Serving " + kg.dir() + (options.allowUpdate ? " (updates allowed)" : " (read-only)"));
        KgServer.Urls urls = server.urls();
        out.println("  home page:         " + urls.root());
        out.println("  query page:        " + urls.queryPage());
        out.println("  SPARQL endpoint:   " + urls.query());
        out.println("  Graph Store (GET): " + urls.graphStore());
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
    }

    /** Options of the server, shared with {@code demo}. */
    static final class ServerOptions {
        @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--allow-update",
                description = "Allow SPARQL Update and Graph Store writes (loopback hosts only).")
        boolean allowUpdate;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--service-allow", paramLabel = "URL", split = ",",
                defaultValue = WD.QUERY_SERVICE,
                description = "The only endpoints a query's SERVICE may call, comma-separated "
                        + "(default: ${DEFAULT-VALUE}).")
        List<String> serviceAllow;
    }

}
