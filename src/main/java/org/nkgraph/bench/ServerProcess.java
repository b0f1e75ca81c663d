package org.nkgraph.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nkgraph.server.KgServer;
import org.nkgraph.server.ServerStartException;
import org.nkgraph.sys.NkGraphException;

/**
 * {@code nkgraph serve} on one store in a child JVM, so the server under test does not share a heap, a JIT or
 * threads with the load generator. The child is the same program as the running one (this JVM's {@code java},
 * class path and maximum heap), listening on 127.0.0.1 only; its output goes to a log file whose tail is shown if
 * it fails to start. {@link #close()} stops it, and a shutdown hook stops it too if this JVM is ended (Ctrl-C).
 *
 * <pre>
 * try (ServerProcess server = ServerProcess.start(NkGraphCmd.class.getName(), db, ServerProcess.freePort())) {
 *     String endpoint = server.endpoint();
 *     ...
 * }
 * </pre>
 */
public final class ServerProcess implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 200;
    private static final int LOG_TAIL_LINES = 15;

    private final Process process;
    private final Path log;
    private final String endpoint;
    private final Thread stopOnExit;

    private ServerProcess(Process process, Path log, String endpoint) {
        this.process = process;
        this.log = log;
        this.endpoint = endpoint;
        this.stopOnExit = new Thread(this::stop, "nkgraph-stop-server");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts {@code serve --db DB --port PORT --host 127.0.0.1} in a child JVM and waits until it answers a query.
     *
     * @param mainClass the class whose {@code main} runs the nkgraph command line
     * @throws ServerStartException if the child exits or does not answer within two minutes (it is then stopped)
     */
    public static ServerProcess start(String mainClass, Path db, int port) {
        String endpoint = "http://" + HOST + ":" + port + KgServer.DATASET + "/sparql";
        Path log;
        Process process;
        try {
            log = Files.createTempFile("nkgraph-serve-", ".log");
            process = new ProcessBuilder(command(mainClass, db, port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new ServerStartException("cannot start the server process: " + e.getMessage(), e);
        }
        ServerProcess server = new ServerProcess(process, log, endpoint);
        try {
            server.awaitAnswer();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A port on 127.0.0.1 that was free a moment ago (another program could take it before the child does). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ServerStartException("cannot find a free port on " + HOST + ": " + e.getMessage(), e);
        }
    }

    /** The child's command: this JVM's java, class path and maximum heap. */
    static List<String> command(String mainClass, Path db, int port) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of("serve", "--db", db.toAbsolutePath().toString(), "--port", Integer.toString(port),
                "--host", HOST));
        return command;
    }

    private void awaitAnswer() {
        SparqlClient client = new SparqlClient(endpoint, Duration.ofSeconds(5));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ServerStartException("the server process ended with status " + process.exitValue()
                        + " before answering; its output:\n" + logTail(), null);
            }
            if (client.send("ASK {}").ok()) {
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NkGraphException("interrupted while waiting for the server", e);
            }
        }
        throw new ServerStartException("the server did not answer at " + endpoint + " within "
                + START_TIMEOUT.toSeconds() + " s; its output:\n" + logTail(), null);
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    public String endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the child (SIGTERM, then SIGKILL after 10 s), waits for it to end and deletes its log. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs (or ran) stop() itself.
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A stray log file in the temporary folder is not worth failing the benchmark for.
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
