package org.nkgraph.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.vocab.NKGID;

/**
 * Test stand-in for the name-pattern stage (written elsewhere): Korean-style person names the gazetteer does not
 * know ("Hong Gil-dong") become person mentions with a minted IRI. Only for tests of later stages.
 */
final class StandInNames implements AnalysisStage {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+-\\p{Ll}+\\b");

    @Override
    public String name() {
        return "stand-in names";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        for (Sentence s : doc.sentences()) {
            Matcher m = NAME.matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                boolean known = doc.mentions().stream().anyMatch(x -> x.start() < end && start < x.end());
                if (!known) {
                    String iri = NKGID.person(NKGID.slug(m.group())).getURI();
                    doc.addMention(new Mention(start, end, m.group(), EntityClass.PERSON, iri, s.index(),
                            "test:stand-in-name", 0.8));
                    doc.addNewEntity(new NewEntity(iri, "Person", m.group(), Set.of(), null));
                }
            }
        }
    }
}
