package org.nkgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.sys.NkGraphException;

/**
 * Writes a synthetic corpus of news articles about factory openings: real counties, provinces, organizations and
 * the leader from the reference data, invented officials, sentences from {@link CorpusTemplates}. Each event is
 * reported by about three articles in different styles (header with byline, date marker, no header, wire
 * dateline, JSON Lines rows), so cross-article resolution has work to do. The same article count and seed give
 * byte-identical files.
 *
 * <pre>
 * CorpusSummary s = CorpusGenerator.bundled().generate(1000, 42L, Path.of("/tmp/corpus"));
 * </pre>
 */
public final class CorpusGenerator {

    /** Files per subfolder of the output folder. */
    public static final int FILES_PER_FOLDER = 1000;
    /** About this many articles report each event. */
    static final int ARTICLES_PER_EVENT = 3;
    private static final LocalDate FIRST_EVENT = LocalDate.of(2023, 1, 1);
    private static final int EVENT_DAYS = 1000;

    private final CorpusTemplates templates;
    private final CorpusCast cast;

    CorpusGenerator(CorpusTemplates templates, CorpusCast cast) {
        this.templates = templates;
        this.cast = cast;
    }

    /** A generator over the bundled templates and reference data. */
    public static CorpusGenerator bundled() {
        return new CorpusGenerator(CorpusTemplates.bundled(), CorpusCast.of(ReferenceData.bundled()));
    }

    /**
     * Writes {@code articles} articles under {@code out} (created if absent), in subfolders {@code 000}, {@code 001}
     * ... of at most {@link #FILES_PER_FOLDER} files; the JSON Lines rows of a subfolder share one file.
     */
    public CorpusSummary generate(int articles, long seed, Path out) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CorpusEvent> events = events(Math.max(1, articles / ARTICLES_PER_EVENT), random);
        ArticleComposer writer = new ArticleComposer(templates, cast);
        int files = 0;
        long words = 0;
        List<String> rows = new ArrayList<>();
        Path folder = null;
        for (int i = 0; i < articles; i++) {
            if (i % FILES_PER_FOLDER == 0) {
                files += flushRows(folder, rows);
                folder = out.resolve(String.format(Locale.ROOT, "%03d", i / FILES_PER_FOLDER));
                createFolder(folder);
            }
            SyntheticArticle article = writer.write(events.get(i % events.size()), random);
            words += article.words();
            if (article.style() == ArticleStyle.JSONL) {
                rows.add(jsonRow(article, i));
            } else {
                write(folder.resolve(String.format(Locale.ROOT, "a%06d.txt", i)), article.render());
                files++;
            }
        }
        files += flushRows(folder, rows);
        return new CorpusSummary(articles, files, events.size(), words);
    }

    private List<CorpusEvent> events(int count, SplittableRandom random) {
        List<CorpusEvent> events = new ArrayList<>(count);
        List<String> facilities = templates.slot("facility");
        for (int e = 0; e < count; e++) {
            CorpusCast.County county = pick(cast.counties(), random);
            List<CorpusCast.County> others = new ArrayList<>();
            int more = 2 + random.nextInt(2);
            while (others.size() < more) {
                CorpusCast.County other = pick(cast.counties(), random);
                if (!other.equals(county) && !others.contains(other)) {
                    others.add(other);
                }
            }
            LocalDate date = FIRST_EVENT.plusDays(random.nextInt(EVENT_DAYS));
            events.add(new CorpusEvent(county, date, pick(facilities, random), official(county, random),
                    official(county, random), List.copyOf(others)));
        }
        return events;
    }

    private CorpusEvent.Official official(CorpusCast.County county, SplittableRandom random) {
        String name = pick(templates.slot("family-name"), random) + " " + pick(templates.slot("given-name"), random);
        String title = pick(templates.slot("title"), random).replace("{province}", county.province());
        return new CorpusEvent.Official(name, title);
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String jsonRow(SyntheticArticle article, int index) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode row = json.createObjectNode();
        row.put("title", article.title());
        row.put("date", article.published().toString());
        row.put("author", article.author());
        row.put("publisher", "Synthetic Wire");
        row.put("url", String.format(Locale.ROOT, "https://example.org/bench/a%06d", index));
        row.put("text", article.body());
        return row.toString();
    }

    private static int flushRows(Path folder, List<String> rows) {
        if (folder == null || rows.isEmpty()) {
            return 0;
        }
        write(folder.resolve("feed.jsonl"), String.join("\n", rows) + "\n");
        rows.clear();
        return 1;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NkGraphException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
