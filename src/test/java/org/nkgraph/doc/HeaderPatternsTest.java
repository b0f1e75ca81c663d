package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkgraph.sys.NkGraphException;

class HeaderPatternsTest {

    /** A minimal valid file; each malformed case appends one bad entry as line 9. */
    private static final String VALID = String.join("\n",
            "# test patterns",
            "published-label\tPublished",
            "updated-label\tUpdated",
            "date-format\tuuuu-M-d",
            "zone\tKST\t+09:00",
            "generic-byline\tstaff",
            "date-marker\t^date\\s+(?<date>\\S+)\\s+",
            "dateline\t^(?<place>\\p{Lu}+) -- ");

    @Test
    void standardResourceLoadsOnce() {
        HeaderPatterns p = HeaderPatterns.standard();
        assertSame(p, HeaderPatterns.standard());
        assertEquals(ZoneOffset.ofHours(9), p.zoneOffset("KST"));
        assertEquals(ZoneOffset.UTC, p.zoneOffset("GMT"));
        assertEquals(ZoneOffset.ofHours(-5), p.zoneOffset("ET"));
        assertEquals(ZoneOffset.ofHours(-4), p.zoneOffset("EDT"));
        assertNull(p.zoneOffset("CST"), "ambiguous abbreviations must stay unknown");
        assertTrue(p.isGenericByline("Korea Herald staff"));
        assertTrue(p.isGenericByline("Yonhap"));
        assertTrue(p.isGenericByline("AFP"));
        assertFalse(p.isGenericByline("Jane Doe"));
        assertFalse(p.isGenericByline("Apinya Kim"), "AP must match as a whole word in capitals only");
    }

    @Test
    void validTextParses() {
        HeaderPatterns p = HeaderPatterns.parse("t.tsv", VALID);
        assertEquals(ZoneOffset.ofHours(9), p.zoneOffset("KST"));
        assertTrue(p.dateLabel().matcher("Published: 2025-12-05").matches());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kind          | colour\tblue                  | unknown kind 'colour'",
        "bad regex             | generic-byline\t(staff        | bad regex for generic-byline",
        "missing value         | zone\tKST                     | zone needs 2 tab-separated value(s), found 1",
        "bad offset            | zone\tXST\tnine                | nine",
        "bad date format       | date-format\tuuuu-MM-dd {     | reserved character",
        "marker without group  | date-marker\t^date\\s+\\S+     | group named 'date'",
        "dateline without place| dateline\t^\\p{Lu}+ -- | group named 'place'"})
    void malformedEntryNamesFileAndLine(String name, String entry, String expected) {
        String text = VALID + "\n" + entry.replace("\\t", "\t");
        NkGraphException e = assertThrows(NkGraphException.class, () -> HeaderPatterns.parse("p.tsv", text));
        assertTrue(e.getMessage().startsWith("p.tsv:9: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void missingKindIsNamed() {
        String text = VALID.replace("date-format\tuuuu-M-d", "# no formats");
        NkGraphException e = assertThrows(NkGraphException.class, () -> HeaderPatterns.parse("p.tsv", text));
        assertEquals("p.tsv: no date-format entry", e.getMessage());
    }
}
