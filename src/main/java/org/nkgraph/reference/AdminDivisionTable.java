package org.nkgraph.reference;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nkgraph.doc.InputRejectedException;

/**
 * Reads and checks {@code nk-admin-divisions.tsv} (UTF-8, tab-separated, one header row, 12 columns; see
 * {@code nk-admin-divisions.md}). A bad row is rejected with the file, line and reason, so a broken table never
 * becomes a half-converted gazetteer.
 *
 * <pre>
 * List&lt;AdminDivision&gt; rows = AdminDivisionTable.read(reader, "nk-admin-divisions.tsv");
 * </pre>
 */
public final class AdminDivisionTable {
    /** The header the table must start with, in order. */
    public static final List<String> COLUMNS = List.of("id", "level", "name", "name_mr", "name_rr", "hangul",
            "variants", "parent_id", "lat", "lon", "wikidata", "source");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private AdminDivisionTable() {}

    /**
     * All rows of the table, in file order.
     *
     * @param tsv  the table; read to the end but not closed
     * @param file the file name for messages
     * @throws InputRejectedException if the header, a row, or a parent reference is wrong
     */
    public static List<AdminDivision> read(Reader tsv, String file) {
        List<String> lines = lines(tsv, file);
        if (lines.isEmpty() || !split(lines.get(0)).equals(COLUMNS)) {
            throw new InputRejectedException(file, 1, "header must be the 12 columns " + String.join(",", COLUMNS));
        }
        List<AdminDivision> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(row(split(lines.get(i)), file, i + 1));
            }
        }
        checkParents(rows, file);
        return rows;
    }

    private static List<String> lines(Reader tsv, String file) {
        try {
            List<String> lines = new BufferedReader(tsv).lines().toList();
            List<String> normal = new ArrayList<>(lines.size());
            for (String line : lines) {
                normal.add(Normalizer.normalize(line.replace("\uFEFF", ""), Normalizer.Form.NFC));
            }
            return normal;
        } catch (UncheckedIOException e) {
            throw new InputRejectedException(file, "cannot be read: " + e.getCause().getMessage());
        }
    }

    private static List<String> split(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    private static AdminDivision row(List<String> cells, String file, int line) {
        if (cells.size() != COLUMNS.size()) {
            throw new InputRejectedException(file, line, "expected 12 tab-separated cells, found " + cells.size());
        }
        Map<String, String> cell = new HashMap<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            cell.put(COLUMNS.get(c), cells.get(c).strip());
        }
        String id = cell.get("id");
        if (!ID.matcher(id).matches()) {
            throw new InputRejectedException(file, line, "id '" + id + "' is not a lower-case ASCII slug path");
        }
        AdminLevel level = AdminLevel.ofCode(cell.get("level")).orElseThrow(() -> new InputRejectedException(
                file, line, "unknown level '" + cell.get("level") + "'"));
        if (cell.get("name").isEmpty()) {
            throw new InputRejectedException(file, line, "name is empty");
        }
        String qid = cell.get("wikidata");
        if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
            throw new InputRejectedException(file, line, "wikidata '" + qid + "' is not a QID");
        }
        Optional<BigDecimal> lat = decimal(cell.get("lat"), "lat", file, line);
        Optional<BigDecimal> lon = decimal(cell.get("lon"), "lon", file, line);
        if (lat.isPresent() != lon.isPresent()) {
            throw new InputRejectedException(file, line, "lat and lon must both be given or both be empty");
        }
        return new AdminDivision(id, level, cell.get("name"), cell.get("name_mr"), cell.get("name_rr"),
                cell.get("hangul"), variants(cell.get("variants")), nonEmpty(cell.get("parent_id")), lat, lon,
                nonEmpty(qid), cell.get("source"), line);
    }

    private static List<String> variants(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<BigDecimal> decimal(String value, String column, String file, int line) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new InputRejectedException(file, line, column + " '" + value + "' is not a decimal number");
        }
    }

    /** Ids unique; first-level rows have no parent; every other row names a first-level row and extends its id. */
    private static void checkParents(List<AdminDivision> rows, String file) {
        Map<String, AdminDivision> byId = new HashMap<>();
        for (AdminDivision row : rows) {
            if (byId.putIfAbsent(row.id(), row) != null) {
                throw new InputRejectedException(file, row.line(), "duplicate id '" + row.id() + "'");
            }
        }
        for (AdminDivision row : rows) {
            if (row.level().isFirstLevel()) {
                if (row.parentId().isPresent()) {
                    throw new InputRejectedException(file, row.line(), "a " + row.level().code()
                            + " must not have a parent_id");
                }
                continue;
            }
            String parentId = row.parentId().orElseThrow(() -> new InputRejectedException(file, row.line(),
                    "a " + row.level().code() + " needs a parent_id"));
            AdminDivision parent = byId.get(parentId);
            if (parent == null || !parent.level().isFirstLevel()) {
                throw new InputRejectedException(file, row.line(), "parent_id '" + parentId
                        + "' is not a first-level row of the table");
            }
            if (!row.id().startsWith(parentId + "/")) {
                throw new InputRejectedException(file, row.line(), "id '" + row.id() + "' must begin with '"
                        + parentId + "/'");
            }
        }
    }
}
