package org.nkgraph.text;

import java.util.HashMap;
import java.util.Map;
import org.nkgraph.sys.NkGraphException;

/** The confidences of pattern-found names, from {@code rules/name-settings.tsv}. */
final class NameSettings {

    private static final String FILE = NamePatterns.RULES + "name-settings.tsv";

    private final Map<String, Double> values;

    private NameSettings(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    static NameSettings bundled() {
        Map<String, Double> values = new HashMap<>();
        for (RuleFile.Row row : RuleFile.load(FILE, 2).rows()) {
            double v = row.number(1);
            if (v < 0 || v > 1) {
                throw row.error("'" + row.get(0) + "' must be in [0, 1], not " + v);
            }
            values.put(row.get(0), v);
        }
        return new NameSettings(values);
    }

    /** A required setting. */
    double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new NkGraphException(FILE + ": '" + key + "' is missing");
        }
        return v;
    }
}
