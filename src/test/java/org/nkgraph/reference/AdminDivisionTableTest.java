package org.nkgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.InputRejectedException;

class AdminDivisionTableTest {
    static final String HEADER = String.join("\t", AdminDivisionTable.COLUMNS);
    static final String PROVINCE = row("upland", "province", "Upland Province", "Ŏpland-do", "Eopland-do", "업란도",
            "Upland|업란", "", "40.5", "127", "Q1", "made up for a test");
    static final String COUNTY = row("upland/hill", "county", "Hill County", "Hŭl-gun", "Heul-gun", "흘군",
            "Hul|Hul County", "upland", "", "", "", "");

    static String row(String... cells) {
        return String.join("\t", cells);
    }

    static List<AdminDivision> read(String... lines) {
        return AdminDivisionTable.read(new StringReader(String.join("\n", lines) + "\n"), "t.tsv");
    }

    @Test
    void readsRowsWithOptionalCells() {
        List<AdminDivision> rows = read(HEADER, PROVINCE, "", COUNTY);
        assertEquals(2, rows.size());
        AdminDivision province = rows.get(0);
        assertEquals(AdminLevel.PROVINCE, province.level());
        assertEquals(List.of("Upland", "업란"), province.variants());
        assertEquals(Optional.of(new BigDecimal("127")), province.longitude());
        assertEquals(Optional.of("Q1"), province.wikidata());
        AdminDivision county = rows.get(1);
        assertEquals(Optional.of("upland"), county.parentId());
        assertEquals(Optional.empty(), county.latitude());
        assertEquals(4, county.line());
    }

    @Test
    void rejectsAWrongHeader() {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> read(HEADER.replace("name_mr", "mr"), PROVINCE));
        assertEquals(1, e.line());
        assertEquals("t.tsv", e.file());
    }

    @Test
    void rejectsBadRowsNamingTheLine() {
        assertRejected("unknown level", HEADER, PROVINCE.replace("province", "state"));
        assertRejected("12 tab-separated cells", HEADER, PROVINCE + "\textra");
        assertRejected("both", HEADER, PROVINCE.replace("\t127\t", "\t\t"));
        assertRejected("not a QID", HEADER, PROVINCE.replace("\tQ1\t", "\tQ01\t"));
        assertRejected("not a decimal", HEADER, PROVINCE.replace("\t127\t", "\t127E\t"));
        assertRejected("lower-case ASCII", HEADER, PROVINCE.replaceFirst("upland", "Upland"));
    }

    @Test
    void rejectsBrokenParentLinks() {
        assertRejected("duplicate id", HEADER, PROVINCE, PROVINCE);
        assertRejected("not a first-level row", HEADER, PROVINCE, COUNTY.replace("\tupland\t", "\tlowland\t"));
        assertRejected("needs a parent_id", HEADER, PROVINCE, COUNTY.replace("\tupland\t", "\t\t"));
        assertRejected("must not have a parent_id", HEADER, PROVINCE.replace("\t\t40.5", "\tupland\t40.5"));
        assertRejected("must begin with", HEADER, PROVINCE, COUNTY.replace("upland/hill", "lowland/hill"));
    }

    private static void assertRejected(String reason, String... lines) {
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> read(lines));
        assertTrue(e.reason().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
        assertTrue(e.line() >= 2, () -> "no line in: " + e.getMessage());
    }
}
