package org.nkgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.nkgraph.vocab.WD;

/**
 * The embedded SPARQL server: one dataset served by Fuseki at {@value #DATASET}, plus a root page and a query page.
 * <p>
 * Endpoints: SPARQL Query at {@code /kg/sparql} and {@code /kg/query}, Graph Store Protocol (read) at
 * {@code /kg/get}. Only when built with {@code allowUpdate(true)}: SPARQL Update at {@code /kg/update} and Graph
 * Store Protocol (read-write) at {@code /kg/data}. Update is refused at {@link Builder#build()} unless the host is a
 * loopback address, so the store can never be changed over the network. Every query ends after the query timeout
 * (default 30 s). A query's {@code SERVICE} clauses may call only the endpoints on the allow-list (default: the
 * Wikidata Query Service, {@link WD#QUERY_SERVICE}); see {@link ServiceAllowList}. The server listens on the given host only. The dataset belongs to the caller: it is used as given
 * (its context, such as TDB2's union default graph, is not changed) and is not closed by {@link #stop()}.
 *
 * <pre>
 * KgServer server = KgServer.create().dataset(dsg).port(0).build().start();
 * try {
 *     String endpoint = server.urls().query();
 *     ...
 * } finally {
 *     server.stop();
 * }
 * </pre>
 */
public final class KgServer implements AutoCloseable {
    /** Path of the dataset on the server. */
    public static final String DATASET = "/kg";
    /** Path of the HTML query page. */
    public static final String QUERY_PAGE = "/query.html";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** The endpoints SERVICE may call unless the builder is given others. */
    public static final List<String> DEFAULT_SERVICE_ALLOW_LIST = List.of(WD.QUERY_SERVICE);

    static final String EP_SPARQL = "sparql";
    static final String EP_QUERY = "query";
    static final String EP_GET = "get";
    static final String EP_UPDATE = "update";
    static final String EP_DATA = "data";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;
    private final Duration queryTimeout;

    private KgServer(FusekiServer fuseki, String host, boolean allowUpdate, Duration queryTimeout) {
        this.fuseki = fuseki;
        this.host = host;
        this.allowUpdate = allowUpdate;
        this.queryTimeout = queryTimeout;
    }

    /** A builder with the defaults: 127.0.0.1, port 3030, read-only, 30 s query timeout. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Opens the port and starts answering requests; returns at once.
     *
     * @throws ServerStartException if the host and port cannot be bound
     */
    public KgServer start() {
        try {
            fuseki.start();
        } catch (FusekiException ex) {
            stopQuietly();
            throw new ServerStartException("Cannot start the SPARQL server on " + host + ":" + fuseki.getHttpPort()
                    + ": " + rootMessage(ex), ex);
        }
        return this;
    }

    /** Stops the server and releases the port; the dataset stays open. Calling it again does nothing. */
    /** Blocks until the server stops (for a command that serves until the process is ended). */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        if (fuseki.getJettyServer().isStopped()) {
            return;
        }
        fuseki.stop();
    }

    /** Same as {@link #stop()}, for try-with-resources. */
    @Override
    public void close() {
        stop();
    }

    /** The port in use once started (the one the system chose when built with port 0); before that, the one asked for. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The host the server listens on, as given to the builder. */
    public String host() {
        return host;
    }

    public boolean allowsUpdate() {
        return allowUpdate;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The URLs of the root page, the query endpoint, the graph store (read) endpoint and the query page. */
    public Urls urls() {
        String root = "http://" + HostLib.urlHost(host) + ":" + port();
        String dataset = root + DATASET + "/";
        return new Urls(root + "/", dataset + EP_SPARQL, dataset + EP_GET, root + QUERY_PAGE);
    }

    private void stopQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception ex) {
            // The start failure is the error worth reporting; a failing clean-up after it adds nothing.
        }
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Where to reach a running server.
     *
     * @param root the root page, ending in "/"
     * @param query the SPARQL query endpoint ({@code /kg/sparql})
     * @param graphStore the read-only Graph Store Protocol endpoint ({@code /kg/get})
     * @param queryPage the HTML query page
     */
    public record Urls(String root, String query, String graphStore, String queryPage) {}

    /** Collects the settings of a {@link KgServer}; {@link #build()} checks them all. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private boolean allowUpdate = false;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private List<String> serviceAllowList = DEFAULT_SERVICE_ALLOW_LIST;

        private Builder() {}

        /**
         * The endpoints a query's SERVICE clauses may call, compared exactly; an empty list refuses every SERVICE
         * call. Default: {@link #DEFAULT_SERVICE_ALLOW_LIST}.
         */
        public Builder serviceAllowList(List<String> endpoints) {
            this.serviceAllowList = endpoints == null ? null : List.copyOf(endpoints);
            return this;
        }

        /** The dataset to serve; required. Enable a union default graph on it beforehand if queries need one. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The only address to listen on: a host name or an IP literal (IPv6 with or without brackets). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The TCP port; 0 lets the system choose a free one, see {@link KgServer#port()}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Adds the SPARQL Update and read-write Graph Store endpoints; only allowed on a loopback host. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The longest a query may run before the server ends it; must be positive. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /**
         * Checks the settings and builds the server without starting it.
         *
         * @throws ServerConfigException naming the setting that cannot be used
         */
        public KgServer build() {
            validate();
            FusekiServer fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(DATASET, dataService())
                    // "" is the servlet mapping for the context root exactly, so other paths still reach Fuseki.
                    .addServlet("", StaticPageServlet.fromResource("index.html"))
                    .addServlet(QUERY_PAGE, StaticPageServlet.fromResource("query.html"))
                    .build();
            bindTo(fuseki, HostLib.bindHost(host));
            return new KgServer(fuseki, host, allowUpdate, queryTimeout);
        }

        private void validate() {
            if (dataset == null) {
                throw new ServerConfigException("No dataset to serve: call dataset(...) before build()");
            }
            if (host == null || host.isBlank()) {
                throw new ServerConfigException("No host to listen on: give a host name or IP address");
            }
            if (port < 0 || port > 65535) {
                throw new ServerConfigException("Port " + port + " is out of range: use 0 to 65535 (0 = any free port)");
            }
            if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new ServerConfigException("Query timeout must be positive, not " + queryTimeout);
            }
            if (serviceAllowList == null) {
                throw new ServerConfigException("No SERVICE allow-list: give a list (empty to refuse every SERVICE)");
            }
            for (String endpoint : serviceAllowList) {
                if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                    throw new ServerConfigException("SERVICE allow-list entry is not an http(s) URL: " + endpoint);
                }
            }
            if (allowUpdate && !HostLib.isLoopback(host)) {
                throw new ServerConfigException("Refusing to allow SPARQL Update on host " + host
                        + ": update is only allowed on a loopback host (127.0.0.0/8, ::1 or localhost),"
                        + " because anyone who can reach the server could otherwise change or delete the store");
            }
        }

        private DataService.Builder dataService() {
            // The timeout and the SERVICE allow-list go on the query endpoints' own context so the caller's dataset
            // context and the global ARQ settings stay untouched.
            Context queryContext = new Context();
            queryContext.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            ServiceAllowList.of(serviceAllowList).install(queryContext);
            DataService.Builder service = DataService.newBuilder(Objects.requireNonNull(dataset))
                    .addEndpoint(endpoint(Operation.Query, EP_SPARQL, queryContext))
                    .addEndpoint(endpoint(Operation.Query, EP_QUERY, queryContext))
                    .addEndpoint(endpoint(Operation.GSP_R, EP_GET, null));
            if (allowUpdate) {
                service.addEndpoint(endpoint(Operation.Update, EP_UPDATE, null))
                        .addEndpoint(endpoint(Operation.GSP_RW, EP_DATA, null));
            }
            return service;
        }

        private static Endpoint endpoint(Operation operation, String name, Context context) {
            return Endpoint.create().operation(operation).endpointName(name).context(context).build();
        }

        /** Fuseki's builder only knows "all interfaces" or "localhost"; set the exact host on the connector. */
        private static void bindTo(FusekiServer fuseki, String bindHost) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(bindHost);
                }
            }
        }
    }
}
