package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    private static final long MS = 1_000_000L;

    /** 1 ms, 2 ms, ..., n ms in a shuffled order. */
    private static long[] shuffledMillis(int n) {
        List<Long> values = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            values.add(i * MS);
        }
        Collections.shuffle(values, new Random(7));
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void nearestRankOnAHundredValues() {
        LatencyStats s = LatencyStats.ofNanos(shuffledMillis(100));
        assertEquals(100, s.count());
        assertEquals(50.0, s.p50Millis());
        assertEquals(95.0, s.p95Millis());
        assertEquals(99.0, s.p99Millis());
        assertEquals(100.0, s.maxMillis());
    }

    @Test
    void nearestRankRoundsTheRankUp() {
        LatencyStats s = LatencyStats.ofNanos(shuffledMillis(10));
        assertEquals(5.0, s.p50Millis());
        assertEquals(10.0, s.p95Millis(), "rank ceil(9.5) = 10");
        assertEquals(10.0, s.p99Millis());
        LatencyStats three = LatencyStats.ofNanos(new long[] {3 * MS, 1 * MS, 2 * MS});
        assertEquals(2.0, three.p50Millis(), "rank ceil(1.5) = 2");
        assertEquals(3.0, three.p95Millis());
    }

    @Test
    void oneValueIsEveryPercentile() {
        LatencyStats s = LatencyStats.ofNanos(new long[] {1_500_000L});
        assertEquals(1.5, s.p50Millis());
        assertEquals(1.5, s.p99Millis());
        assertEquals(1.5, s.maxMillis());
    }

    @Test
    void noValuesGiveNotANumber() {
        LatencyStats s = LatencyStats.ofNanos(new long[0]);
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.p50Millis()) && Double.isNaN(s.maxMillis()));
    }

    @Test
    void theInputIsNotSorted() {
        long[] values = {5 * MS, 1 * MS, 3 * MS};
        LatencyStats.ofNanos(values);
        assertEquals(5 * MS, values[0]);
    }

    @Test
    void percentileOutsideTheRangeIsRefused() {
        long[] sorted = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(sorted, 0));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(sorted, 100.5));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[0], 50));
        assertEquals(3, LatencyStats.percentile(sorted, 100));
        assertEquals(1, LatencyStats.percentile(sorted, 0.1));
    }

    @Test
    void recordersGrowAndMerge() {
        long[] values = shuffledMillis(1000);
        LatencyStats.Recorder a = new LatencyStats.Recorder();
        LatencyStats.Recorder b = new LatencyStats.Recorder();
        for (int i = 0; i < values.length; i++) {
            (i % 3 == 0 ? a : b).add(values[i]);
        }
        a.addAll(b);
        assertEquals(1000, a.size());
        LatencyStats s = a.stats();
        assertEquals(500.0, s.p50Millis());
        assertEquals(950.0, s.p95Millis());
        assertEquals(990.0, s.p99Millis());
        assertEquals(1000.0, s.maxMillis());
    }
}
