package org.nkgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nkgraph.store.GraphStats;
import org.nkgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph stats}: what the store holds. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Prints counts of articles, mentioned entities by class, events by class, links to "
                + "Wikidata, and triples.")
public final class StatsCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        GraphStats stats;
        try (KgStore kg = KgStore.openExisting(store.db)) {
            stats = GraphStats.of(kg);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("articles: " + stats.articles());
        print(out, "entities mentioned", stats.entitiesByClass());
        print(out, "events", stats.eventsByClass());
        out.println("entities linked to Wikidata: " + stats.wikidataLinks());
        out.println("triples: " + stats.triples());
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String heading, Map<String, Long> counts) {
        out.println(heading + ": " + counts.values().stream().mapToLong(Long::longValue).sum());
        counts.forEach((label, n) -> out.println("  " + label + ": " + n));
    }
}
