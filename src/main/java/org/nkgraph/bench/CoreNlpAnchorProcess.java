package org.nkgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkgraph.sys.NkGraphException;

/**
 * Runs the CoreNLP anchor ({@code bench/corenlp}, a separate GPL project nkgraph never links) as a child JVM on a
 * folder of article texts and reads its figures from the last line of its standard output:
 *
 * <pre>
 * corenlp articles=100 tokens=53011 sentences=2104 seconds=18.204 threads=1 version=4.5.10 annotators=...
 * </pre>
 *
 * <p>The child's standard error (CoreNLP's log) goes to a file; when the child fails, the exception carries the
 * end of that log.
 *
 * <pre>
 * BenchResult.CoreNlp c = CoreNlpAnchorProcess.forJar(jar).run(work.resolve("texts"), 20, work.resolve("corenlp.log"));
 * </pre>
 */
public final class CoreNlpAnchorProcess {

    /** The child's heap: CoreNLP's English NER and POS models need about 2 GB loaded. */
    static final String HEAP = "-Xmx4g";
    private static final String BUILD_HINT = "build it with: mvn -q -B -f bench/corenlp/pom.xml package";
    private static final int LOG_TAIL_LINES = 15;
    private static final List<String> REQUIRED = List.of("articles", "tokens", "sentences", "seconds");

    private final Path jar;

    private CoreNlpAnchorProcess(Path jar) {
        this.jar = jar;
    }

    /** The anchor in {@code jar}; fails at once if the jar is not there, before a long run would reach it. */
    public static CoreNlpAnchorProcess forJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new NkGraphException("no CoreNLP anchor jar at " + jar + "; " + BUILD_HINT);
        }
        return new CoreNlpAnchorProcess(jar);
    }

    /** The command that runs the anchor, with the java of this JVM. */
    List<String> command(Path texts, int warmUp) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), HEAP, "-jar", jar.toString(), "--warm-up", String.valueOf(warmUp),
                texts.toString());
    }

    /**
     * Runs the anchor on every {@code .txt} file of {@code texts}, the first {@code warmUp} of them annotated once
     * untimed, and waits for it.
     *
     * @param log the file the child's standard error is written to (replaced)
     */
    public BenchResult.CoreNlp run(Path texts, int warmUp, Path log) {
        List<String> command = command(texts, warmUp);
        Process child;
        try {
            child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new NkGraphException("cannot start the CoreNLP anchor " + String.join(" ", command) + ": "
                    + e.getMessage(), e);
        }
        try {
            String last = null;
            try (BufferedReader stdout = child.inputReader(StandardCharsets.UTF_8)) {
                for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                    if (!line.isBlank()) {
                        last = line;
                    }
                }
            }
            int status = child.waitFor();
            if (status != 0) {
                throw new NkGraphException("the CoreNLP anchor failed with exit status " + status + ": "
                        + String.join(" ", command) + "\nlast lines of " + log + ":\n" + tail(log));
            }
            return parse(last);
        } catch (IOException e) {
            throw new NkGraphException("cannot read the output of the CoreNLP anchor: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NkGraphException("interrupted while the CoreNLP anchor ran", e);
        } finally {
            child.destroy();
        }
    }

    /**
     * The figures of the anchor's final line: the word {@code corenlp}, then {@code key=value} words, of which
     * articles, tokens, sentences and seconds are required; threads (default 1), version and annotators are read
     * when present and other keys are ignored.
     *
     * @throws NkGraphException naming the line and what is wrong with it
     */
    public static BenchResult.CoreNlp parse(String line) {
        String[] words = line == null ? new String[0] : line.strip().split("\\s+");
        if (words.length == 0 || !words[0].equals("corenlp")) {
            throw malformed(line, "it does not start with the word corenlp");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 1) {
                throw malformed(line, "'" + words[i] + "' is not key=value");
            }
            fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(fields.keySet());
        if (!missing.isEmpty()) {
            throw malformed(line, "it lacks " + String.join(", ", missing));
        }
        try {
            int articles = Integer.parseInt(fields.get("articles"));
            long tokens = Long.parseLong(fields.get("tokens"));
            long sentences = Long.parseLong(fields.get("sentences"));
            double seconds = Double.parseDouble(fields.get("seconds"));
            int threads = Integer.parseInt(fields.getOrDefault("threads", "1"));
            if (articles < 1 || tokens < 0 || sentences < 0 || !(seconds > 0) || threads < 1) {
                throw malformed(line, "a count is out of range");
            }
            return new BenchResult.CoreNlp(articles, tokens, sentences, seconds, threads,
                    fields.getOrDefault("version", "unknown"), fields.getOrDefault("annotators", "unknown"));
        } catch (NumberFormatException e) {
            throw malformed(line, "not a number: " + e.getMessage());
        }
    }

    private static NkGraphException malformed(String line, String reason) {
        return new NkGraphException("malformed result line from the CoreNLP anchor (" + reason + "), expected "
                + "'corenlp articles=N tokens=N sentences=N seconds=S ...', got: "
                + (line == null ? "no output" : "'" + line + "'"));
    }

    private static String tail(Path log) {
        try {
            // Decoded leniently: a log cut off mid-character must not hide the error it reports.
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
