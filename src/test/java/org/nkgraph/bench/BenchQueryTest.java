package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class BenchQueryTest {

    private static long limitOf(BenchQuery q) {
        Query parsed = QueryFactory.create(q.text(0));
        return parsed.getLimit();
    }

    @Test
    void theFirstPageLimitsAQueryWithoutALimit() {
        BenchQuery page = new BenchQuery("cq", List.of("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")).firstPage(100);
        assertEquals("cq (first 100)", page.name());
        assertEquals(100, limitOf(page));
    }

    @Test
    void theFirstPageKeepsASmallerLimitAndCutsALargerOne() {
        assertEquals(5, limitOf(new BenchQuery("a", List.of("SELECT * { ?s ?p ?o } LIMIT 5")).firstPage(100)));
        assertEquals(100, limitOf(new BenchQuery("b", List.of("SELECT * { ?s ?p ?o } LIMIT 500")).firstPage(100)));
    }
}
