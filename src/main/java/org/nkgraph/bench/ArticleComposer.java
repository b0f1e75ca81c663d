package org.nkgraph.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Composes one article about an event from the templates, in a style drawn for it. */
final class ArticleComposer {

    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 600;
    private static final List<String> BODY_SLOTS = List.of("filler", "filler", "filler", "present", "quote",
            "policy", "analyst");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter WIRE_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final CorpusTemplates templates;
    private final CorpusCast cast;

    ArticleComposer(CorpusTemplates templates, CorpusCast cast) {
        this.templates = templates;
        this.cast = cast;
    }

    SyntheticArticle write(CorpusEvent event, SplittableRandom random) {
        ArticleStyle style = ArticleStyle.draw(random);
        LocalDate published = event.date().plusDays(random.nextInt(3));
        Map<String, String> values = values(event, style, published, random);
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        List<String> sentences = new ArrayList<>();
        int words = 0;
        for (String slot : List.of("lead", "present", "quote", "list", "policy", "analyst")) {
            words += add(sentences, sentence(slot, values, random));
        }
        String closing = sentence("closing", values, random);
        int closingWords = count(closing);
        while (words + closingWords < target) {
            String next = sentence(CorpusGenerator.pick(BODY_SLOTS, random), values, random);
            if (words + closingWords + count(next) > MAX_WORDS) {
                break;
            }
            words += add(sentences, next);
        }
        words += add(sentences, closing);
        String body = paragraphs(sentences, random);
        if (style == ArticleStyle.WIRE) {
            body = "SEOUL, " + WIRE_DAY.format(published) + " (Yonhap) -- " + body;
        }
        if (random.nextInt(3) == 0) {
            body = curlyQuotes(body);
        }
        String title = sentence("headline", values, random);
        String author = CorpusGenerator.pick(templates.slot("family-name"), random) + " "
                + CorpusGenerator.pick(templates.slot("given-name"), random);
        return new SyntheticArticle(style, title, published, author, body, words);
    }

    private Map<String, String> values(CorpusEvent event, ArticleStyle style, LocalDate published,
            SplittableRandom random) {
        Map<String, String> v = new HashMap<>();
        String leader = cast.leader();
        v.put("leader", leader);
        v.put("surname", leader.substring(0, leader.indexOf(' ')));
        v.put("facility", event.facility());
        v.put("county", event.county().name());
        v.put("province", event.county().province());
        v.put("when", when(event.date(), published, style));
        v.put("official", event.first().name());
        v.put("title", event.first().title());
        v.put("official2", event.second().name());
        v.put("title2", event.second().title());
        v.put("counties", countyList(event.otherCounties()));
        v.put("org", CorpusGenerator.pick(cast.organizations(), random));
        v.put("year", Integer.toString(event.date().getYear() - 1));
        return v;
    }

    /** The event's date as the article would give it: relative to a dated article, absolute with a year without. */
    private static String when(LocalDate date, LocalDate published, ArticleStyle style) {
        if (style == ArticleStyle.PLAIN) {
            return "on " + MONTH_DAY.format(date) + ", " + date.getYear();
        }
        if (date.equals(published)) {
            return "on " + MONTH_DAY.format(date);
        }
        return "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String countyList(List<CorpusCast.County> counties) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < counties.size(); i++) {
            if (i > 0) {
                out.append(i == counties.size() - 1 ? " and " : ", ");
            }
            out.append(counties.get(i).name());
        }
        return out.append(" counties").toString();
    }

    private String sentence(String slot, Map<String, String> values, SplittableRandom random) {
        return CorpusTemplates.fill(CorpusGenerator.pick(templates.slot(slot), random), values);
    }

    private static int add(List<String> sentences, String sentence) {
        sentences.add(sentence);
        return count(sentence);
    }

    static int count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String paragraphs(List<String> sentences, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int left = 0;
        for (String s : sentences) {
            if (left == 0 && out.length() > 0) {
                out.append("\n\n");
            } else if (out.length() > 0) {
                out.append(' ');
            }
            if (left == 0) {
                left = 2 + random.nextInt(2);
            }
            out.append(s);
            left--;
        }
        return out.toString();
    }

    /** Turns straight double quotes into curly ones, opening and closing in turn. */
    private static String curlyQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                out.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
