package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.sys.NkGraphException;

class CoreNlpAnchorProcessTest {

    @TempDir
    Path dir;

    @Test
    void parsesTheFinalLine() {
        int articles = 37;
        long tokens = 19_811;
        long sentences = 802;
        double seconds = 12.5;
        String line = String.format(Locale.ROOT, "corenlp articles=%d tokens=%d sentences=%d seconds=%.3f threads=2 "
                + "version=4.5.10 annotators=tokenize,ssplit,pos,lemma,ner", articles, tokens, sentences, seconds);

        BenchResult.CoreNlp c = CoreNlpAnchorProcess.parse(line);

        assertEquals(new BenchResult.CoreNlp(articles, tokens, sentences, seconds, 2, "4.5.10",
                "tokenize,ssplit,pos,lemma,ner"), c);
        assertEquals(tokens / seconds, c.tokensPerSecond(), 1e-9);
    }

    @Test
    void optionalFieldsHaveDefaultsAndUnknownKeysAreIgnored() {
        BenchResult.CoreNlp c = CoreNlpAnchorProcess.parse("corenlp seconds=2 sentences=9 tokens=100 articles=3 x=y");
        assertEquals(new BenchResult.CoreNlp(3, 100, 9, 2.0, 1, "unknown", "unknown"), c);
    }

    @Test
    void rejectsMalformedLinesNamingTheFault() {
        assertMalformed(null, "no output");
        assertMalformed("", "does not start with the word corenlp");
        assertMalformed("properties: annotators=tokenize", "does not start with the word corenlp");
        assertMalformed("corenlp articles=3 tokens=100 seconds=2", "lacks sentences");
        assertMalformed("corenlp articles=3 tokens=many sentences=9 seconds=2", "not a number");
        assertMalformed("corenlp articles=3 tokens=100 sentences=9 seconds=0", "out of range");
        assertMalformed("corenlp articles=3 tokens=100 sentences=9 seconds 2", "'seconds' is not key=value");
    }

    private static void assertMalformed(String line, String reason) {
        NkGraphException e = assertThrows(NkGraphException.class, () -> CoreNlpAnchorProcess.parse(line));
        assertTrue(e.getMessage().startsWith("malformed result line from the CoreNLP anchor"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aMissingJarIsReportedWithHowToBuildIt() {
        NkGraphException e = assertThrows(NkGraphException.class,
                () -> CoreNlpAnchorProcess.forJar(dir.resolve("corenlp-anchor.jar")));
        assertTrue(e.getMessage().contains("mvn -q -B -f bench/corenlp/pom.xml package"), e.getMessage());
    }

    @Test
    void aFailingChildGivesItsStatusAndTheEndOfItsLog() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("anchor.jar"), "not a zip archive");
        Path log = dir.resolve("corenlp.log");
        CoreNlpAnchorProcess anchor = CoreNlpAnchorProcess.forJar(notAJar);

        NkGraphException e = assertThrows(NkGraphException.class, () -> anchor.run(dir, 20, log));

        assertTrue(e.getMessage().contains("exit status 1"), e.getMessage());
        String logged = Files.readString(log).strip();
        assertTrue(!logged.isEmpty() && e.getMessage().endsWith(logged), e.getMessage() + "\nlog: " + logged);
    }

    @Test
    void runsAChildJvmAndReadsItsLastLine() throws IOException {
        Path jar = stubAnchor();
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(texts.resolve("00000" + i + ".txt"), "Text number " + i + ".");
        }

        BenchResult.CoreNlp c = CoreNlpAnchorProcess.forJar(jar).run(texts, 3, dir.resolve("stub.log"));

        assertEquals(4, c.articles(), "the stub counts the .txt files of the folder it was given");
        assertEquals(3, c.tokens(), "the stub echoes the warm-up it was given as tokens");
        assertTrue(Files.readString(dir.resolve("stub.log")).contains("stub log"), "standard error goes to the log");
    }

    /** A real runnable jar standing in for CoreNLP, so the process plumbing is tested without the GPL project. */
    private Path stubAnchor() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "needs a JDK");
        Path src = Files.writeString(dir.resolve("Stub.java"), """
                public class Stub {
                    public static void main(String[] args) throws Exception {
                        System.err.println("stub log");
                        System.out.println("properties: none");
                        long n;
                        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(args[args.length - 1]))) {
                            n = files.filter(f -> f.toString().endsWith(".txt")).count();
                        }
                        System.out.println("corenlp articles=" + n + " tokens=" + args[1]
                                + " sentences=1 seconds=0.5");
                        System.out.println();
                    }
                }
                """);
        assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), src.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Stub");
        Path jar = dir.resolve("stub.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("Stub.class"));
            zip.write(Files.readAllBytes(dir.resolve("Stub.class")));
            zip.closeEntry();
        }
        return jar;
    }
}
