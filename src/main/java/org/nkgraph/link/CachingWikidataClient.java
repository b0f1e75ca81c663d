package org.nkgraph.link;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nkgraph.sys.NkGraphException;

/**
 * A {@link WikidataClient} that answers from a JSON file on disk first and asks the wrapped client only for queries it
 * has not seen, so a second run over the same store makes no requests. Answers are keyed by endpoint and query text;
 * {@link #save()} writes the file (also after a failed run, so the answers received are kept).
 *
 * <pre>
 * CachingWikidataClient client = CachingWikidataClient.open(Path.of("data/db/wikidata-cache.json"), http);
 * ... client.select(query) ...
 * client.save();
 * </pre>
 */
public final class CachingWikidataClient implements WikidataClient {
    private static final TypeReference<TreeMap<String, List<Map<String, String>>>> CACHE_TYPE =
            new TypeReference<>() {};

    private final Path file;
    private final WikidataClient delegate;
    private final TreeMap<String, List<Map<String, String>>> answers;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private int requests;

    private CachingWikidataClient(Path file, WikidataClient delegate, TreeMap<String, List<Map<String, String>>> answers) {
        this.file = file;
        this.delegate = Objects.requireNonNull(delegate);
        this.answers = answers;
    }

    /** Reads the cache file if it exists; {@code delegate} answers what it lacks. */
    public static CachingWikidataClient open(Path file, WikidataClient delegate) {
        TreeMap<String, List<Map<String, String>>> answers = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                answers = new ObjectMapper().readValue(file.toFile(), CACHE_TYPE);
            } catch (IOException e) {
                throw new NkGraphException("cannot read the Wikidata cache " + file + ": " + e.getMessage(), e);
            }
        }
        return new CachingWikidataClient(file, delegate, answers);
    }

    @Override
    public String endpoint() {
        return delegate.endpoint();
    }

    /** Answers are kept per endpoint, so a cache shared by two endpoints never mixes them. */
    private String key(String query) {
        return endpoint() + "\n" + query;
    }

    @Override
    public List<Map<String, String>> select(String query) {
        List<Map<String, String>> cached = answers.get(key(query));
        if (cached != null) {
            return cached;
        }
        requests++;
        List<Map<String, String>> rows = delegate.select(query);
        answers.put(key(query), List.copyOf(rows));
        return rows;
    }

    /** How many queries went to the wrapped client since this cache was opened. */
    public int requests() {
        return requests;
    }

    /** Writes every answer to the cache file. */
    public void save() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            json.writeValue(file.toFile(), answers);
        } catch (IOException e) {
            throw new NkGraphException("cannot write the Wikidata cache " + file + ": " + e.getMessage(), e);
        }
    }
}
