package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenthsWatchTest {

    @Test
    void oneRatePerTenthOfTheFilesThatEnded() {
        TenthsWatch watch = new TenthsWatch();
        for (int file = 1; file <= 25; file++) {
            watch.progress(file, 25);
        }
        List<Double> rates = watch.filesPerSecond();
        assertEquals(10, rates.size(), rates.toString());
        assertTrue(rates.stream().allMatch(r -> r > 0), rates.toString());
    }
}
