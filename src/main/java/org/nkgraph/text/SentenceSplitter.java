package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's model. Paragraph breaks (blank lines, or any line break: news text
 * puts one paragraph on a line) always end a sentence, whatever the model says, so a headline-like line never
 * runs into the next paragraph. A sentence that ends in a day of the month ("... on Dec. 4. He said ...") is also
 * split where the model misses it: the model takes the number's full stop for an abbreviation's. The opposite
 * mistake, a break after an abbreviation such as "No." in "Factory No. 3", is mended from
 * {@code rules/abbreviations.tsv}.
 */
public final class SentenceSplitter implements AnalysisStage {

    // A full stop after a number, then a capitalised word: "on Dec. 4. He".
    private static final Pattern NUMBER_THEN_SENTENCE = Pattern.compile("(?<=\\d)\\.\\s+[A-Z]");

    private static final String ABBREVIATIONS = "/org/nkgraph/text/rules/abbreviations.tsv";

    private final SentenceDetectorME detector;
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> beforeNumbers = new HashSet<>();

    public SentenceSplitter(NlpModels models) {
        this.detector = new SentenceDetectorME(models.sentenceModel());
        for (RuleFile.Row row : RuleFile.load(ABBREVIATIONS, 1).rows()) {
            String word = row.get(0).toLowerCase(Locale.ROOT);
            switch (row.get(1)) {
                case "" -> abbreviations.add(word);
                case "number" -> beforeNumbers.add(word);
                default -> throw row.error("column 2 must be empty or 'number', not '" + row.get(1) + "'");
            }
        }
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        doc.setSentences(split(doc.text()));
    }

    /** Joins a sentence that ends in an abbreviation ("... Factory No.") with the one after it. */
    private List<Span> joinAfterAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String next = line.substring(span.getStart(), span.getEnd()).strip();
            if (last != null && endsWithAbbreviation(line.substring(last.getStart(), last.getEnd()).strip(), next)) {
                out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private boolean endsWithAbbreviation(String sentence, String next) {
        String last = sentence.substring(sentence.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return abbreviations.contains(last)
                || beforeNumbers.contains(last) && !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    private static List<Span> splitAfterNumbers(String line, Span span) {
        List<Span> parts = new ArrayList<>();
        int start = span.getStart();
        Matcher m = NUMBER_THEN_SENTENCE.matcher(line).region(span.getStart(), span.getEnd());
        while (m.find()) {
            parts.add(new Span(start, m.start() + 1));
            start = m.end() - 1;
        }
        if (span.getEnd() > start) {
            parts.add(new Span(start, span.getEnd()));
        }
        return parts;
    }

    /** The sentences of a text, with offsets into it. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : joinAfterAbbreviations(line, detector.sentPosDetect(line))) {
                    for (Span part : splitAfterNumbers(line, span.trim(line))) {
                        int start = lineStart + part.getStart();
                        int end = lineStart + part.getEnd();
                        out.add(new Sentence(out.size(), start, end, text.substring(start, end), List.of()));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
