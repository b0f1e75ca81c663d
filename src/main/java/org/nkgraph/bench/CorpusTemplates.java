package org.nkgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.sys.NkGraphException;

/**
 * The sentence templates and word lists of the synthetic corpus, read from {@code templates.tsv} (a resource next
 * to this class, documented in its header). A row with an unknown slot or placeholder fails here with its line.
 *
 * <pre>
 * CorpusTemplates t = CorpusTemplates.bundled();
 * List&lt;String&gt; leads = t.slot("lead");
 * </pre>
 */
public final class CorpusTemplates {

    static final String RESOURCE = "templates.tsv";
    static final Set<String> SLOTS = Set.of("headline", "lead", "present", "quote", "list", "policy", "analyst",
            "filler", "closing", "facility", "title", "family-name", "given-name");
    static final Set<String> PLACEHOLDERS = Set.of("leader", "surname", "facility", "county", "province", "when",
            "official", "title", "official2", "title2", "counties", "org", "year");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)\\}");

    private final Map<String, List<String>> slots;

    private CorpusTemplates(Map<String, List<String>> slots) {
        this.slots = slots;
    }

    /** The templates packaged with nkgraph. */
    public static CorpusTemplates bundled() {
        try (InputStream in = CorpusTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NkGraphException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new NkGraphException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static CorpusTemplates parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || !SLOTS.contains(fields[0]) || fields[1].isBlank()) {
                throw new NkGraphException(RESOURCE + ":" + number + ": expected a known SLOT, a tab and a text");
            }
            Matcher m = PLACEHOLDER.matcher(fields[1]);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new NkGraphException(RESOURCE + ":" + number + ": unknown placeholder " + m.group());
                }
            }
            slots.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[1]);
        }
        for (String slot : SLOTS) {
            if (!slots.containsKey(slot)) {
                throw new NkGraphException(RESOURCE + ": no row for slot " + slot);
            }
        }
        return new CorpusTemplates(slots);
    }

    /** The rows of a slot, in file order. */
    public List<String> slot(String name) {
        List<String> rows = slots.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("no slot " + name);
        }
        return List.copyOf(rows);
    }

    /** Fills a template's placeholders from {@code values}. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
