package org.nkgraph.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The NLP anchor of nkgraph's benchmark: Stanford CoreNLP ({@value #ANNOTATORS}, every other property at
 * CoreNLP's English default) times the annotation of a folder of UTF-8 {@code .txt} files, one article each, read
 * in file-name order. The texts are read before the clock starts and the first files are annotated once untimed
 * (warm-up); the timed pass covers all files. Exit status 0 and, as the last line on standard output:
 *
 * <pre>
 * corenlp articles=1000 tokens=530112 sentences=21040 seconds=180.214 threads=1 version=4.5.10 annotators=...
 * </pre>
 *
 * <p>Usage: {@code java -Xmx4g -jar corenlp-anchor.jar [--warm-up 20] [--threads 1] DIR}. With more than one
 * thread, one pipeline annotates batches through CoreNLP's own {@code annotate(Iterable, threads)}.
 */
public final class CoreNlpAnchor {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    /** Annotated documents kept at once when threads share a batch; bounds the heap whatever the corpus size. */
    private static final int BATCH = 64;

    private CoreNlpAnchor() {}

    public static void main(String[] args) throws IOException {
        int warmUp = 20;
        int threads = 1;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null || threads < 1 || warmUp < 0) {
            System.err.println("usage: corenlp-anchor [--warm-up N] [--threads N] DIR");
            System.exit(2);
        }
        List<String> texts = readTexts(dir);
        if (texts.isEmpty()) {
            System.err.println("no .txt files in " + dir);
            System.exit(1);
        }
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        annotate(pipeline, texts.subList(0, Math.min(warmUp, texts.size())), threads);
        long started = System.nanoTime();
        long[] counts = annotate(pipeline, texts, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        // Per annotator, warm-up included: where CoreNLP's time goes, for the log.
        System.err.println(pipeline.timingInformation());
        System.out.println("properties: annotators=" + ANNOTATORS + "; all others CoreNLP's English defaults");
        System.out.printf(Locale.ROOT, "corenlp articles=%d tokens=%d sentences=%d seconds=%.3f threads=%d "
                + "version=%s annotators=%s%n", texts.size(), counts[0], counts[1], seconds, threads,
                StanfordCoreNLP.class.getPackage().getImplementationVersion(), ANNOTATORS);
    }

    private static List<String> readTexts(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** Tokens and sentences of the annotated texts. */
    private static long[] annotate(StanfordCoreNLP pipeline, List<String> texts, int threads) {
        long[] counts = new long[2];
        if (threads == 1) {
            for (String text : texts) {
                Annotation doc = new Annotation(text);
                pipeline.annotate(doc);
                count(doc, counts);
            }
            return counts;
        }
        for (int from = 0; from < texts.size(); from += BATCH * threads) {
            List<Annotation> batch = new ArrayList<>();
            for (String text : texts.subList(from, Math.min(from + BATCH * threads, texts.size()))) {
                batch.add(new Annotation(text));
            }
            pipeline.annotate(batch, threads);
            batch.forEach(doc -> count(doc, counts));
        }
        return counts;
    }

    private static void count(Annotation doc, long[] counts) {
        counts[0] += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        counts[1] += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
