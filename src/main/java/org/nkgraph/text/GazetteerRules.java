package org.nkgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkgraph.sys.NkGraphException;

/**
 * The tunable rules of gazetteer matching, read from {@code gazetteer-rules.properties} (see that file for what
 * each rule means).
 *
 * @param placeTypeWords     words that may follow a one-word place name without making it part of another name
 * @param exactConfidence    confidence of a match on the exact spelling
 * @param caselessConfidence confidence of a multi-word match that differs only in case
 * @param contextConfidence  confidence of a shared name decided by a place named elsewhere in the article
 */
public record GazetteerRules(
        Set<String> placeTypeWords, double exactConfidence, double caselessConfidence, double contextConfidence) {

    private static final String FILE = "/org/nkgraph/text/gazetteer-rules.properties";

    /** The rules that ship with nkgraph. */
    public static GazetteerRules bundled() {
        Properties p = new Properties();
        try (InputStream in = GazetteerRules.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new NkGraphException(FILE + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NkGraphException(FILE + ": " + e.getMessage(), e);
        }
        Set<String> typeWords = Arrays.stream(required(p, "place.type.words").split(","))
                .map(String::strip).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new GazetteerRules(typeWords, confidence(p, "confidence.exact"), confidence(p, "confidence.caseless"),
                confidence(p, "confidence.context"));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new NkGraphException(FILE + ": '" + key + "' is missing");
        }
        return v;
    }

    private static double confidence(Properties p, String key) {
        String v = required(p, key).strip();
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || d > 1) {
                throw new NkGraphException(FILE + ": '" + key + "' must be in [0, 1], not " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new NkGraphException(FILE + ": '" + key + "' is not a number: " + v, e);
        }
    }
}
