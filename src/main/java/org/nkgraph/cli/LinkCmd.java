package org.nkgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nkgraph.link.CachingWikidataClient;
import org.nkgraph.link.HttpWikidataClient;
import org.nkgraph.link.LinkDecision;
import org.nkgraph.link.WikidataLinker;
import org.nkgraph.link.WikidataUnavailableException;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.WD;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nkgraph link}: links the people, organizations and places the articles introduced to Wikidata items, when
 * one item fits clearly; offline or with the endpoint unreachable it says so and changes nothing.
 */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = "Links new people, organizations and places of the store (those without skos:exactMatch) to "
                + "Wikidata items, precision first: only above the threshold and never when two items fit about "
                + "equally. Answers are cached, so a second run makes no requests.")
public final class LinkCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = WD.QUERY_SERVICE,
            description = "The SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--offline", description = "Make no requests: print a notice and link nothing.")
    boolean offline;

    @Option(names = "--threshold", defaultValue = "0.8", paramLabel = "SCORE",
            description = "The least score (0 to 1) for a link (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "The JSON file of cached answers (default: DIR/wikidata-cache.json).")
    Path cache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Connect and read timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "1",
            description = "Most requests a second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threshold <= 0 || threshold > 1 || rate <= 0 || timeoutSeconds <= 0) {
            throw new UsageException("--threshold must be in (0, 1], --rate and --timeout positive");
        }
        if (offline) {
            err.println("nkgraph: Wikidata not reachable (offline mode); no new links");
            err.flush();
            return ExitCodes.OK;
        }
        HttpWikidataClient.Settings settings = HttpWikidataClient.Settings.defaults(endpoint)
                .withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .withMinInterval(Duration.ofMillis(Math.round(1000 / rate)));
        try (KgStore kg = KgStore.openExisting(store.db)) {
            Path cacheFile = cache != null ? cache : kg.dir().resolve("wikidata-cache.json");
            CachingWikidataClient client = CachingWikidataClient.open(cacheFile, new HttpWikidataClient(settings));
            try {
                List<LinkDecision> decisions = new WikidataLinker(client, threshold, Clock.systemUTC())
                        .link(kg.datasetGraph());
                report(decisions, client.requests(), out);
            } catch (WikidataUnavailableException e) {
                err.println("nkgraph: Wikidata not reachable (" + e.getMessage() + "); no new links");
                err.flush();
            } finally {
                client.save();
            }
        }
        return ExitCodes.OK;
    }

    private static void report(List<LinkDecision> decisions, int requests, PrintWriter out) {
        long linked = decisions.stream().filter(LinkDecision::isLinked).count();
        for (LinkDecision d : decisions) {
            if (d.isLinked()) {
                out.println("linked    " + d.target().label() + " -> " + WD.itemId(d.item()) + " (score "
                        + d.score() + ": " + d.method() + ")");
            } else {
                out.println("unlinked  " + d.target().label() + " (" + d.status() + ": " + d.method() + ")");
            }
        }
        out.println("Linked " + linked + " of " + decisions.size() + " entities; " + requests + " requests.");
        out.flush();
    }
}
