package org.nkgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nkgraph.sys.NkGraphException;

/**
 * A tab-separated rule file on the classpath: the lexicons, trigger words and patterns that extraction reads.
 * Lines starting with {@code #} and blank lines are comments. Every row must have the columns the file's reader
 * asks for; a malformed row fails at start-up, naming the file and line.
 *
 * <pre>
 * for (RuleFile.Row row : RuleFile.load("/org/nkgraph/text/rules/event-triggers.tsv", 3).rows()) {
 *     Pattern p = row.pattern(0);
 *     String eventClass = row.get(1);
 * }
 * </pre>
 */
public final class RuleFile {

    private final String name;
    private final List<Row> rows;

    private RuleFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    /** Reads a resource whose rows have at least {@code columns} tab-separated columns. */
    public static RuleFile load(String resource, int columns) {
        InputStream in = RuleFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NkGraphException(resource + ": rule file is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList(), columns);
        } catch (IOException e) {
            throw new NkGraphException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses rule lines; {@code name} is used in messages. */
    public static RuleFile parse(String name, List<String> lines, int columns) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(name, i + 1, Arrays.stream(cells).map(String::strip).toList());
            if (cells.length < columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
            }
            rows.add(row);
        }
        return new RuleFile(name, rows);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One rule, with where it stands for messages. */
    public record Row(String file, int line, List<String> cells) {

        public String get(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** The cell as a regular expression (case-insensitive unless it sets its own flags). */
        public Pattern pattern(int column) {
            try {
                return Pattern.compile(get(column), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error("bad pattern in column " + (column + 1) + ": " + e.getDescription());
            }
        }

        public double number(int column) {
            try {
                return Double.parseDouble(get(column));
            } catch (NumberFormatException e) {
                throw error("column " + (column + 1) + " is not a number: '" + get(column) + "'");
            }
        }

        /** An error that names this row's file and line. */
        public NkGraphException error(String reason) {
            return new NkGraphException(file + ":" + line + ": " + reason);
        }
    }
}
