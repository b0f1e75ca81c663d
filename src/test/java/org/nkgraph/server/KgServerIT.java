package org.nkgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real TDB2 store (union default graph on), spoken to over real HTTP on 127.0.0.1. */
class KgServerIT {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String SPARQL_RESULTS_JSON = "application/sparql-results+json";

    @TempDir
    Path storeDir;

    private DatasetGraph dsg;
    private KgServer server;

    @BeforeEach
    void openStore() {
        dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            try (InputStream in = resource("kg-sample.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    @AfterEach
    void closeAll() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void selectSeesNamedGraphsThroughTheUnionDefaultGraph() {
        start(KgServer.create().dataset(dsg));
        String articles = text("articles.rq");

        List<Map<String, Node>> remote = rows(QueryExecutionHTTP.service(server.urls().query(), articles));
        List<Map<String, Node>> local = Txn.calculateRead(dsg, () -> rows(QueryExecutionFactory.create(articles,
                ModelFactory.createModelForGraph(dsg.getUnionGraph()))));
        assertEquals(2, local.size(), "fixture has two articles");
        assertEquals(local, remote);

        // Every triple counted by the endpoint lives in a named graph: none is in the stored default graph.
        long namedTriples = Txn.calculateRead(dsg, () -> {
            Set<Triple> triples = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                assertFalse(q.isDefaultGraph(), "fixture triple in the default graph: " + q);
                triples.add(q.asTriple());
            });
            return (long) triples.size();
        });
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        List<Map<String, Node>> counted = rows(QueryExecutionHTTP.service(server.urls().query(), count));
        assertEquals(namedTriples, ((Number) counted.get(0).get("n").getLiteralValue()).longValue());
    }

    @Test
    void queryAliasAnswersTheSameAsSparql() throws Exception {
        start(KgServer.create().dataset(dsg));
        String articles = text("articles.rq");
        String alias = server.urls().root() + "kg/query";

        assertEquals(rows(QueryExecutionHTTP.service(server.urls().query(), articles)),
                rows(QueryExecutionHTTP.service(alias, articles)));
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(alias + "?query=" + encode(articles)))
                .header("Accept", SPARQL_RESULTS_JSON).GET());
        assertEquals(200, get.statusCode());
        assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(SPARQL_RESULTS_JSON));
    }

    @Test
    void graphStoreReadReturnsEachNamedGraph() throws Exception {
        start(KgServer.create().dataset(dsg));
        List<Node> names = Txn.calculateRead(dsg, () -> {
            List<Node> list = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(list::add);
            return list;
        });
        assertEquals(3, names.size());
        for (Node name : names) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(graphUri(server.urls().graphStore(), name))
                    .header("Accept", "application/n-triples").GET());
            assertEquals(200, response.statusCode(), name.getURI());
            Graph served = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
            Graph stored = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(name)));
            assertFalse(stored.isEmpty());
            assertTrue(stored.isIsomorphicWith(served), "graph differs: " + name.getURI());
        }
        Node absent = NodeFactory.createURI(names.get(0).getURI() + "-absent");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(graphUri(server.urls().graphStore(), absent)).GET());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void readOnlyServerRefusesEveryWriteAndKeepsTheData() throws Exception {
        start(KgServer.create().dataset(dsg));
        assertFalse(server.allowsUpdate());
        Set<Quad> before = quads();
        Node graph = before.iterator().next().getGraph();
        String base = server.urls().root() + "kg/";
        String update = text("insert-article.ru");
        String turtle = RDFWriter.source(Txn.calculateRead(dsg, () -> copy(dsg.getGraph(graph))))
                .format(RDFFormat.NTRIPLES).asString();

        Map<String, HttpRequest.Builder> writes = Map.of(
                "POST /kg/update (sparql-update)", post(base + "update", "application/sparql-update", update),
                "POST /kg/update (form)", post(base + "update", "application/x-www-form-urlencoded",
                        "update=" + encode(update)),
                "POST /kg/sparql (sparql-update)", post(base + "sparql", "application/sparql-update", update),
                "POST /kg/data", post(graphUri(base + "data", graph).toString(), "application/n-triples", turtle),
                "PUT /kg/get", HttpRequest.newBuilder(graphUri(base + "get", graph))
                        .header("Content-Type", "application/n-triples").PUT(BodyPublishers.ofString(turtle)),
                "POST /kg/get", post(graphUri(base + "get", graph).toString(), "application/n-triples", turtle),
                "DELETE /kg/get", HttpRequest.newBuilder(graphUri(base + "get", graph)).DELETE());
        for (Map.Entry<String, HttpRequest.Builder> write : writes.entrySet()) {
            int status = send(write.getValue()).statusCode();
            System.out.println("read-only server: " + write.getKey() + " -> " + status);
            assertTrue(status >= 400 && status < 500, write.getKey() + " answered " + status);
        }
        assertEquals(before, quads());
    }

    @Test
    void updateAllowedOnLoopbackInsertsData() throws Exception {
        start(KgServer.create().dataset(dsg).host(LOOPBACK).allowUpdate(true));
        String base = server.urls().root() + "kg/";
        int articlesBefore = rows(QueryExecutionHTTP.service(server.urls().query(), text("articles.rq"))).size();

        UpdateExecutionHTTP.service(base + "update").update(text("insert-article.ru")).execute();

        assertEquals(articlesBefore + 1,
                rows(QueryExecutionHTTP.service(server.urls().query(), text("articles.rq"))).size());
        assertEquals(4L, Txn.calculateRead(dsg, dsg::size), "INSERT DATA wrote a new named graph to the store");

        // The read-write graph store accepts a graph too.
        Node source = Txn.calculateRead(dsg, () -> dsg.listGraphNodes().next());
        Node target = NodeFactory.createURI(source.getURI() + "-copy");
        Graph sourceGraph = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(source)));
        String body = RDFWriter.source(sourceGraph).format(RDFFormat.NTRIPLES).asString();
        int status = send(HttpRequest.newBuilder(graphUri(base + "data", target))
                .header("Content-Type", "application/n-triples").PUT(BodyPublishers.ofString(body))).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "PUT /kg/data answered " + status);
        assertTrue(Txn.calculateRead(dsg, () -> dsg.getGraph(target).isIsomorphicWith(sourceGraph)));
    }

    @Test
    void queryTimeoutEndsRunawayQueryAndServerKeepsAnswering() throws Exception {
        addBulkTriples(3000);
        start(KgServer.create().dataset(dsg).queryTimeout(Duration.ofSeconds(1)));
        // 3000^3 rows to count: hours of work without the timeout.
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

        long startedAt = System.nanoTime();
        HttpResponse<String> response = send(post(server.urls().query(), "application/x-www-form-urlencoded",
                "query=" + encode(runaway)).header("Accept", SPARQL_RESULTS_JSON).timeout(Duration.ofSeconds(60)));
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        System.out.println("runaway query: status " + response.statusCode() + " after " + took.toMillis() + " ms: "
                + response.body().lines().findFirst().orElse(""));

        assertTrue(response.statusCode() >= 400, "runaway query answered " + response.statusCode());
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "timeout took " + took);
        HttpResponse<String> ask = send(post(server.urls().query(), "application/sparql-query",
                "ASK { ?s ?p ?o }").header("Accept", SPARQL_RESULTS_JSON));
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void rootPageLinksToQueryPage() throws Exception {
        start(KgServer.create().dataset(dsg));
        HttpResponse<String> root = send(HttpRequest.newBuilder(URI.create(server.urls().root())).GET());
        assertHtml(root);
        Element link = Jsoup.parse(root.body()).selectFirst("a[href=" + KgServer.QUERY_PAGE + "]");
        assertTrue(link != null, "root page has no link to the query page");
        assertTrue(root.body().contains("/kg/sparql") && root.body().contains("/kg/get"));
    }

    @Test
    void queryPageIsSelfContainedAndItsExampleRuns() throws Exception {
        start(KgServer.create().dataset(dsg));
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.urls().queryPage())).GET());
        assertHtml(page);
        Document html = Jsoup.parse(page.body());
        assertTrue(html.select("script[src], link[href], img[src]").isEmpty(), "page loads external files");
        Element textarea = html.selectFirst("textarea");
        assertTrue(textarea != null, "no textarea");
        assertTrue(page.body().contains("fetch(") && page.body().contains("/kg/sparql"));

        // The prefilled example must be a working query over this store.
        List<Map<String, Node>> rows = rows(QueryExecutionHTTP.service(server.urls().query(), textarea.wholeText()));
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("title").isLiteral()));
    }

    @Test
    void listensOnlyOnTheGivenHostAndStopReleasesThePort() throws Exception {
        start(KgServer.create().dataset(dsg).host(LOOPBACK).port(0));
        int port = server.port();
        assertTrue(port > 0);
        assertTrue(canConnect(LOOPBACK, port));
        // 127.0.0.2 is loopback too: a server bound to all interfaces would accept it.
        assertFalse(canConnect("127.0.0.2", port), "server also listens on 127.0.0.2");

        server.stop();
        server.stop();
        assertFalse(canConnect(LOOPBACK, port), "port still open after stop()");
        assertEquals(3L, Txn.calculateRead(dsg, dsg::size), "dataset must stay usable after stop()");
    }

    @Test
    void startFailsWithAClearErrorWhenThePortIsTaken() {
        start(KgServer.create().dataset(dsg).host(LOOPBACK).port(0));
        KgServer second = KgServer.create().dataset(dsg).host(LOOPBACK).port(server.port()).build();
        ServerStartException ex = assertThrows(ServerStartException.class, second::start);
        System.out.println("port taken: " + ex.getMessage());
        assertTrue(ex.getMessage().contains(LOOPBACK + ":" + server.port()), ex.getMessage());
        second.stop();
    }

    // ---- helpers

    private KgServer start(KgServer.Builder builder) {
        server = builder.host(LOOPBACK).port(0).build();
        return server.start();
    }

    private void addBulkTriples(int count) {
        Txn.executeWrite(dsg, () -> {
            Node graph = dsg.listGraphNodes().next();
            for (int i = 0; i < count; i++) {
                dsg.add(graph, NodeFactory.createBlankNode(), RDF.value.asNode(), NodeFactory.createLiteralString("v" + i));
            }
        });
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // A fresh client per request: Jetty may close a connection after refusing a request whose body it did not
        // read, and a pooled connection would then fail the next request for a reason that is not under test.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body));
    }

    private static URI graphUri(String endpoint, Node graph) {
        return URI.create(endpoint + "?graph=" + encode(graph.getURI()));
    }

    private static void assertHtml(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    private static boolean canConnect(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException ex) {
            return false;
        }
    }

    private static List<Map<String, Node>> rows(QueryExecution execution) {
        try (execution) {
            List<Map<String, Node>> rows = new ArrayList<>();
            ResultSet results = execution.execSelect();
            results.forEachRemaining(solution -> {
                Map<String, Node> row = new HashMap<>();
                solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v).asNode()));
                rows.add(row);
            });
            return rows;
        }
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> set = new HashSet<>();
            dsg.find().forEachRemaining(set::add);
            return set;
        });
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static InputStream resource(String name) {
        InputStream in = KgServerIT.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        return in;
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
