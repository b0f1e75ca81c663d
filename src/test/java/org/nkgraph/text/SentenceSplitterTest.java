package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(NlpModels.english());
    private final Tokenizer tokenizer = new Tokenizer(NlpModels.english());

    @Test
    void offsetsPointAtTheSentenceText() {
        String text = "The premier toured a shoe factory on Dec. 4. He praised the workers.\n\n"
                + "A new paragraph starts here without a full stop\nAnd another line follows.";
        List<Sentence> sentences = splitter.split(text);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertEquals(s.text().strip(), s.text());
        }
        assertEquals(4, sentences.size(), sentences.toString());
        assertEquals("The premier toured a shoe factory on Dec. 4.", sentences.get(0).text());
        assertEquals("A new paragraph starts here without a full stop", sentences.get(2).text());
    }

    @Test
    void sentencesAreNumberedInOrder() {
        List<Sentence> sentences = splitter.split("One thing happened. Then another. And a third.");
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(i, sentences.get(i).index());
        }
    }

    @Test
    void tokenOffsetsCountIntoTheDocument() {
        String text = "Officials met in Sinpo.\nKim Jong-un said it was \"perfect\".";
        List<Sentence> sentences = splitter.split(text);
        Sentence second = sentences.get(1);
        List<Token> tokens = tokenizer.tokenize(second.text(), second.start());
        assertTrue(tokens.size() >= 6, tokens.toString());
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.start() >= second.start() && t.end() <= second.end());
        }
    }

    @Test
    void anAbbreviationDoesNotEndASentence() {
        List<Sentence> sentences = splitter.split("Workers at Machine Factory No. 3 met Gen. Ri on Monday. They cheered.");
        assertEquals(2, sentences.size(), sentences.toString());
    }

    @Test
    void aMonthAbbreviationBeforeADayDoesNotEndASentence() {
        List<Sentence> sentences = splitter.split("The congress met from Feb. 19 to 25 in the capital. It closed.");
        assertEquals(2, sentences.size(), sentences.toString());
    }
}
