package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkgraph.sys.NkGraphException;

/** The bundled rule files load; malformed rows fail naming file and line. */
class StatementRulesTest {

    private static final List<String> VERBS = List.of("# verbs", "(?:say|said)\tsay\tthat,any,after\t-\t0.8");
    private static final List<String> CONTEXT = List.of("before-verb\talso", "after-verb\ttoday", "negation\tnot",
            "not-verb\tthe", "boundary\tand");
    private static final List<String> SPEAKERS = List.of("analysts?\tanalysts\tgroup");
    private static final List<String> ATTRIBUTIONS = List.of("quote-after\t^\\s*{verb}\\s+{speaker}\tquote:after\t0.9");
    private static final List<String> SCARE = List.of("min-words\t8");

    @Test
    void bundledRulesLoad() {
        StatementRules rules = StatementRules.bundled();
        assertTrue(rules.verbs().stream().anyMatch(v -> v.lemma().equals("say")));
        assertFalse(rules.attributions(StatementRules.Where.CLAIM_TAIL).isEmpty());
        assertTrue(rules.isFunctionWord("of"));
        assertTrue(rules.minUnattributedWords() > 0);
    }

    @Test
    void smallRuleSetParses() {
        StatementRules rules = StatementRules.parse(VERBS, CONTEXT, SPEAKERS, ATTRIBUTIONS, SCARE);
        assertEquals(1, rules.verbs().size());
        assertTrue(rules.attributions(StatementRules.Where.QUOTE_AFTER).get(0).pattern()
                .matcher(" said Hong").find());
    }

    @Test
    void unknownComplementNamesFileAndLine() {
        List<String> bad = List.of("# verbs", "(?:say|said)\tsay\tthat,whenever\t-\t0.8");
        NkGraphException e = assertThrows(NkGraphException.class,
                () -> StatementRules.parse(bad, CONTEXT, SPEAKERS, ATTRIBUTIONS, SCARE));
        assertTrue(e.getMessage().startsWith("speech-verbs.tsv:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("whenever"), e.getMessage());
    }

    @Test
    void badPatternConfidenceKindAndMissingSpeakerFail() {
        assertThrows(NkGraphException.class, () -> StatementRules.parse(
                List.of("(?:say\tsay\tany\t-\t0.8"), CONTEXT, SPEAKERS, ATTRIBUTIONS, SCARE));
        assertThrows(NkGraphException.class, () -> StatementRules.parse(
                List.of("say\tsay\tany\t-\t1.5"), CONTEXT, SPEAKERS, ATTRIBUTIONS, SCARE));
        NkGraphException kind = assertThrows(NkGraphException.class, () -> StatementRules.parse(
                VERBS, CONTEXT, List.of("x\tx\tcrowd"), ATTRIBUTIONS, SCARE));
        assertTrue(kind.getMessage().startsWith("speakers.tsv:1:"), kind.getMessage());
        NkGraphException speaker = assertThrows(NkGraphException.class, () -> StatementRules.parse(
                VERBS, CONTEXT, SPEAKERS, List.of("quote-after\t^\\s*{verb}\tq\t0.9"), SCARE));
        assertTrue(speaker.getMessage().contains("{speaker}"), speaker.getMessage());
        assertThrows(NkGraphException.class, () -> StatementRules.parse(
                VERBS, CONTEXT, SPEAKERS, ATTRIBUTIONS, List.of("naming\tcalled")));
    }
}
