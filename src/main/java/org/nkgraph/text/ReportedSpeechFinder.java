package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speech verbs in a sentence with their speaker and the clause they report: "Kim said (that) ...", "Analysts
 * believe ...", "Kim urged officials to ...", "He described the visit as ...". The speaker is the verb's subject,
 * looked for between the verb and the nearest clause boundary (a comma, a conjunction, a quotation mark); a verb
 * with no subject of its own ("..., stressing ...", "... and urged ...") shares the sentence's speaker; a subject
 * set off by commas ("Chang, a spokesperson with the ministry, said") is found before its apposition. A verb whose
 * subject is no speaker ("the timing suggests") reports nothing.
 */
final class ReportedSpeechFinder {

    /**
     * A speech verb with its speaker and reported clause.
     *
     * @param verb      the verb's rule
     * @param speaker   who speaks
     * @param shared    whether the speaker was taken from the rest of the sentence
     * @param boundary  where the stretch that holds the speaker begins (a clause before it ends there)
     * @param verbEnd   one past the verb
     * @param start     the clause's first character
     * @param end       one past its last character
     */
    record Clause(SpeechVerb verb, Speaker speaker, boolean shared, int boundary, int verbEnd, int start, int end) {

        Clause withEnd(int newEnd) {
            return new Clause(verb, speaker, shared, boundary, verbEnd, start, newEnd);
        }
    }

    private record Hit(SpeechVerb verb, int start, int end) {}

    private record Subject(Speaker speaker, boolean shared, int boundary, boolean relative) {

        Subject(Speaker speaker, boolean shared, int boundary) {
            this(speaker, shared, boundary, false);
        }
    }

    /** A clause boundary: {@code [start, end)}, and the boundary word, or null for punctuation. */
    private record Boundary(int start, int end, String word) {}

    private static final Pattern RELATIVE = Pattern.compile("(?i)which|who|that|where");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|n't");
    private static final String BOUNDARY_CHARS = ",;:()—–\"“”‘";
    private static final Pattern QUOTE_INTRO = Pattern.compile("\\s*[,:]?\\s*[\"“‘']");
    private static final Pattern OBJECT_TO = Pattern.compile("(?:[^,;:\"“”\\s]+\\s+){1,8}?to\\s");
    private static final Pattern OBJECT_THAT = Pattern.compile("(?:[^,;:\"“”\\s]+\\s+){1,10}?that\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS = Pattern.compile("\\bas\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final double SHARED = 0.85;

    private final StatementRules rules;
    private final SpeakerResolver resolver;
    private final Pattern boundaryWord;
    private final Pattern afterVerb;
    /** The gate of each speech verb's forms, in the order of the verbs. */
    private final List<LiteralGate> verbGates;

    ReportedSpeechFinder(StatementRules rules, SpeakerResolver resolver) {
        this.rules = rules;
        this.resolver = resolver;
        this.verbGates = rules.verbs().stream().map(v -> LiteralGate.of(v.forms())).toList();
        this.boundaryWord = Pattern.compile("\\b" + rules.boundary().pattern() + "\\b", Pattern.CASE_INSENSITIVE);
        // A filler is a whole phrase: "Tuesday" is one, "Tuesday's ceremony" is the object.
        this.afterVerb = Pattern.compile("\\s*(?:" + rules.afterVerb().pattern() + ")(?![\\p{L}\\p{N}'’])",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * The reported clauses of a sentence, up to {@code limit} (where a closing attribution starts, or the sentence
     * end); verbs between {@code skipFrom} and {@code skipTo} pairs (attributions found by pattern) are left out.
     */
    List<Clause> find(StatementContext ctx, Sentence sentence, int limit, List<int[]> skip) {
        List<Hit> hits = hits(ctx, sentence, limit, skip);
        List<Clause> clauses = new ArrayList<>();
        int previousVerbEnd = sentence.start();
        for (Hit hit : hits) {
            Subject subject = subject(ctx, sentence, hit, previousVerbEnd, clauses);
            if (subject == null) {
                continue;
            }
            int start = complementStart(ctx.text(), hit, limit);
            if (start >= 0) {
                // "The plant, which officials said cost a fortune, opened": a relative clause ends at its comma.
                int comma = subject.relative() ? ctx.text().indexOf(',', start) : -1;
                int end = comma > 0 && comma < limit ? comma : limit;
                clauses.add(new Clause(hit.verb(), subject.speaker(), subject.shared(), subject.boundary(),
                        hit.end(), start, end));
                previousVerbEnd = hit.end();
            }
        }
        return closeClauses(ctx.text(), clauses);
    }

    private List<Hit> hits(StatementContext ctx, Sentence sentence, int limit, List<int[]> skip) {
        List<Hit> all = new ArrayList<>();
        LiteralGate.Text folded = LiteralGate.fold(ctx.text().substring(sentence.start(), limit));
        for (int i = 0; i < verbGates.size(); i++) {
            if (!verbGates.get(i).admits(folded)) {
                continue;
            }
            SpeechVerb verb = rules.verbs().get(i);
            Matcher m = verb.forms().matcher(ctx.text()).region(sentence.start(), limit);
            while (m.find()) {
                int at = m.start();
                boolean skipped = ctx.quoted(at) || skip.stream().anyMatch(r -> r[0] <= at && at < r[1]);
                if (!skipped) {
                    all.add(new Hit(verb, m.start(), m.end()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The verb's speaker, or null when the verb form is no speech verb here or its subject cannot speak. */
    private Subject subject(StatementContext ctx, Sentence sentence, Hit hit, int floor, List<Clause> earlier) {
        String text = ctx.text();
        List<int[]> words = words(text, floor, hit.start());
        int i = words.size() - 1;
        while (i >= 0 && filler(text, words.get(i))) {
            if (negated(word(text, words.get(i)))) {
                return null;
            }
            i--;
        }
        int subjectEnd = i >= 0 ? words.get(i)[1] : floor;
        int verbSide = i + 1 < words.size() ? words.get(i + 1)[0] : hit.start();
        String gap = text.substring(subjectEnd, verbSide).strip();
        if (gap.isEmpty() && i >= 0 && notVerb(word(text, words.get(i)))) {
            return null;
        }
        if (!gap.isEmpty() || i < 0) {
            return subjectless(ctx, sentence, hit, gap, subjectEnd, earlier);
        }
        Boundary b = boundaryBefore(text, floor, subjectEnd);
        if (text.substring(b.end(), subjectEnd).isBlank()) {
            return sharedOrRelative(ctx, sentence, hit, b.word(), b.start(), earlier);
        }
        Speaker speaker = resolver.resolve(ctx, b.end(), subjectEnd);
        boolean relative = b.word() != null && RELATIVE.matcher(b.word()).matches();
        return speaker.found() ? new Subject(speaker, false, b.start(), relative) : null;
    }

    /**
     * Where the stretch that may hold a subject ending at {@code subjectEnd} begins: after the last punctuation mark
     * or boundary word ("and", "while", "who"); a comma right before a boundary word belongs to the boundary.
     */
    private Boundary boundaryBefore(String text, int floor, int subjectEnd) {
        int end = floor;
        int start = floor;
        for (int k = subjectEnd - 1; k >= floor; k--) {
            if (BOUNDARY_CHARS.indexOf(text.charAt(k)) >= 0) {
                end = k + 1;
                start = k;
                break;
            }
        }
        Matcher bw = boundaryWord.matcher(text).region(end, subjectEnd);
        String word = null;
        while (bw.find()) {
            end = bw.end();
            start = commaBefore(text, bw.start(), floor);
            word = bw.group();
        }
        return new Boundary(start, end, word);
    }

    /** A verb right after punctuation: a participle (", stressing ...") or a subject set off by commas. */
    private Subject subjectless(StatementContext ctx, Sentence sentence, Hit hit, String gap, int subjectEnd,
            List<Clause> earlier) {
        String text = ctx.text();
        int comma = text.lastIndexOf(',', hit.start());
        if (!gap.equals(",") || comma < sentence.start()) {
            return null;
        }
        if (participle(text, hit)) {
            return shared(ctx, sentence, comma, earlier);
        }
        // "X, a spokesperson with the ministry, said": X before the apposition, else the apposition itself.
        int appositionStart = text.lastIndexOf(',', comma - 1);
        if (appositionStart < sentence.start()) {
            return null;
        }
        int subjectStart = Math.max(sentence.start(), text.lastIndexOf(',', appositionStart - 1) + 1);
        Speaker speaker = resolver.resolve(ctx, subjectStart, appositionStart);
        if (!speaker.found()) {
            speaker = resolver.resolve(ctx, appositionStart + 1, comma);
        }
        return speaker.found() ? new Subject(speaker, false, subjectStart) : null;
    }

    private Subject sharedOrRelative(StatementContext ctx, Sentence sentence, Hit hit, String boundaryText,
            int boundaryStart, List<Clause> earlier) {
        if (boundaryText == null) {
            return null;
        }
        String b = boundaryText.toLowerCase(Locale.ROOT);
        if (b.equals("who")) {
            int from = Math.max(sentence.start(), ctx.text().lastIndexOf(',', boundaryStart - 1) + 1);
            Speaker speaker = resolver.resolve(ctx, from, boundaryStart);
            return speaker.found() ? new Subject(speaker, false, from) : null;
        }
        if (b.equals("and") || b.equals("but") || b.equals("or") || participle(ctx.text(), hit)) {
            return shared(ctx, sentence, boundaryStart, earlier);
        }
        return null;
    }

    /** The speaker of the sentence's earlier speech verb, else the sentence's first named agent. */
    private Subject shared(StatementContext ctx, Sentence sentence, int boundary, List<Clause> earlier) {
        Speaker speaker = earlier.isEmpty() ? resolver.subjectOf(ctx, sentence.start(), boundary)
                : earlier.get(earlier.size() - 1).speaker();
        return speaker.found() ? new Subject(speaker.scaled(SHARED), true, boundary) : null;
    }

    private static boolean participle(String text, Hit hit) {
        return text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT).matches("\\S+ing\\b.*");
    }

    private static int commaBefore(String text, int wordStart, int floor) {
        int k = wordStart - 1;
        while (k >= floor && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= floor && text.charAt(k) == ',' ? k : wordStart;
    }

    /** Where the reported clause starts, or -1 when what follows the verb is not what it reports speech with. */
    private int complementStart(String text, Hit hit, int limit) {
        int p = hit.end();
        Matcher filler = afterVerb.matcher(text);
        while (p < limit && filler.region(p, limit).lookingAt()) {
            p = filler.end();
        }
        Matcher intro = QUOTE_INTRO.matcher(text).region(p, limit);
        if (intro.lookingAt()) {
            return intro.end() - 1;
        }
        while (p < limit && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p >= limit || !Character.isLetterOrDigit(text.charAt(p))) {
            return -1;
        }
        String next = nextWord(text, p, limit);
        SpeechVerb verb = hit.verb();
        if (next.equals("that") && verb.takes(SpeechVerb.Complement.THAT)) {
            int q = p + next.length();
            while (q < limit && Character.isWhitespace(text.charAt(q))) {
                q++;
            }
            return q < limit ? q : -1;
        }
        if (next.equals("to")) {
            return verb.takes(SpeechVerb.Complement.TO) ? p : -1;
        }
        Matcher objectThat = OBJECT_THAT.matcher(text).region(p, limit);
        if (verb.takes(SpeechVerb.Complement.OBJ_THAT) && objectThat.lookingAt()) {
            return objectThat.end();
        }
        if (verb.takes(SpeechVerb.Complement.OBJ_TO) && OBJECT_TO.matcher(text).region(p, limit).lookingAt()) {
            return p;
        }
        boolean any = verb.takes(SpeechVerb.Complement.ANY) || verb.takes(SpeechVerb.Complement.AS);
        return any && !next.equals("by") ? p : -1;
    }

    /** Ends each clause where the next clause's speaker begins, then checks what the verb requires. */
    private static List<Clause> closeClauses(String text, List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            int end = c.end();
            for (int j = i + 1; j < clauses.size(); j++) {
                if (clauses.get(j).boundary() > c.start()) {
                    end = Math.min(end, clauses.get(j).boundary());
                    break;
                }
            }
            end = ClauseLib.trimEnd(text, c.start(), end);
            String clause = text.substring(c.start(), Math.max(c.start(), end));
            SpeechVerb v = c.verb();
            boolean asOnly = v.takes(SpeechVerb.Complement.AS) && !v.takes(SpeechVerb.Complement.ANY);
            if (end <= c.start() || !LETTER.matcher(clause).find()
                    || (v.requires() != null && !v.requires().matcher(clause).find())
                    || (asOnly && !AS.matcher(clause).find())) {
                continue;
            }
            out.add(c.withEnd(end));
        }
        return out;
    }

    private boolean filler(String text, int[] w) {
        String word = word(text, w);
        return rules.beforeVerb().matcher(word).matches() || negated(word);
    }

    /** "not", "never", and contractions ("didn't", "hasn’t"). */
    private boolean negated(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return rules.negation().matcher(w).matches() || w.endsWith("n't") || w.endsWith("n’t");
    }

    private boolean notVerb(String word) {
        return rules.notVerb().matcher(word).matches() || word.endsWith("'s") || word.endsWith("’s")
                || word.endsWith("'") || word.endsWith("’");
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    private static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String nextWord(String text, int p, int limit) {
        Matcher m = WORD.matcher(text).region(p, limit);
        return m.lookingAt() ? m.group().toLowerCase(Locale.ROOT) : "";
    }
}
