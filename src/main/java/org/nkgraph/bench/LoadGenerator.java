package org.nkgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.nkgraph.sys.NkGraphException;

/**
 * A closed-loop load: a fixed number of client threads, each sending the next query of the mix as soon as its
 * previous answer has been read, until the phase's time is up. Bounded by construction: one request in flight
 * per client, no queue, and every request ends within the client's timeout. Client c starts at mix position c,
 * so the clients do not all ask the same query at the same moment.
 */
final class LoadGenerator {

    private final SparqlClient client;
    private final List<BenchQuery> mix;

    LoadGenerator(SparqlClient client, List<BenchQuery> mix) {
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("no queries to send");
        }
        this.client = client;
        this.mix = List.copyOf(mix);
    }

    /** Runs {@code clients} clients for {@code duration}; requests started before the end are counted. */
    QueryBenchResult.LoadPhase run(int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemonThreads());
        try {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<Tally>> parts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                parts.add(pool.submit(() -> drive(first, deadline)));
            }
            Tally total = new Tally();
            for (Future<Tally> part : parts) {
                total.addAll(part.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new QueryBenchResult.LoadPhase(clients, seconds, total.requests, total.errors,
                    total.latencies.stats(), total.firstError);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NkGraphException("the load phase was interrupted", e);
        } catch (ExecutionException e) {
            throw new NkGraphException("a load client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's loop: mix positions first, first + 1, ... until the deadline. */
    private Tally drive(int first, long deadline) {
        Tally tally = new Tally();
        for (long position = first; System.nanoTime() < deadline; position++) {
            BenchQuery query = mix.get((int) (position % mix.size()));
            SparqlClient.Outcome outcome = client.send(query.text(first + position / mix.size()));
            tally.add(outcome);
        }
        return tally;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            // Daemon threads, so Ctrl-C during a phase does not wait for the clients.
            Thread t = new Thread(task, "nkgraph-load-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Requests, errors and latencies of successful requests. */
    private static final class Tally {
        private final LatencyStats.Recorder latencies = new LatencyStats.Recorder();
        private long requests;
        private long errors;
        private String firstError;

        void add(SparqlClient.Outcome outcome) {
            requests++;
            if (outcome.ok()) {
                latencies.add(outcome.nanos());
            } else {
                errors++;
                if (firstError == null) {
                    firstError = outcome.error();
                }
            }
        }

        void addAll(Tally other) {
            requests += other.requests;
            errors += other.errors;
            latencies.addAll(other.latencies);
            if (firstError == null) {
                firstError = other.firstError;
            }
        }
    }
}
