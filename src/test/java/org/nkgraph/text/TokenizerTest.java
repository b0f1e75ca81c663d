package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The tokenizer remembers how each word splits; its tokens must stay exactly those of OpenNLP's own tokenizer. */
class TokenizerTest {

    private static final List<String> TEXTS = List.of(
            "The delegation, led by the premier, arrived in Pyongyang on Tuesday.",
            "\"We won't stop,\" he said; the plant's output rose 12.5% (officials' figures).",
            "The premier's visit -- his third -- ended early.\nOfficials didn't comment.",
            "U.S. and S. Korean envoys met at 10:30 a.m.; the envoys' talks, delayed, resumed.",
            "  Leading and trailing   spaces\tand tabs, repeated: he said, he said, he said.  ");

    @Test
    void tokensAreThoseOfTheModel() {
        NlpModels models = NlpModels.english();
        Tokenizer tokenizer = new Tokenizer(models);
        TokenizerME reference = new TokenizerME(models.tokenizerModel());
        for (int pass = 0; pass < 2; pass++) {
            for (String text : TEXTS) {
                List<String> expected = Arrays.stream(reference.tokenizePos(text))
                        .map(s -> (7 + s.getStart()) + ":" + (7 + s.getEnd()) + ":" + s.getCoveredText(text))
                        .toList();
                List<String> actual = tokenizer.tokenize(text, 7).stream()
                        .map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
                assertEquals(expected, actual, text);
            }
        }
    }
}
