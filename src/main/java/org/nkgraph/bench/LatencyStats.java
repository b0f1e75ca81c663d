package org.nkgraph.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, by the nearest-rank method: the p-th percentile of n sorted values is the
 * value at rank {@code ceil(p / 100 * n)} (1-based), so it is always one of the measured values. All figures are
 * in milliseconds; with no values they are {@code NaN}.
 *
 * <pre>
 * LatencyStats.Recorder r = new LatencyStats.Recorder();
 * r.add(System.nanoTime() - started);
 * double p95 = r.stats().p95Millis();
 * </pre>
 *
 * @param count      how many latencies
 * @param p50Millis  the median
 * @param p95Millis  the 95th percentile
 * @param p99Millis  the 99th percentile
 * @param maxMillis  the largest
 */
public record LatencyStats(int count, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    private static final double NANOS_PER_MILLI = 1e6;

    /** The statistics of latencies given in nanoseconds, in any order; the array is not changed. */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
    }

    /**
     * The nearest-rank percentile of sorted values.
     *
     * @param sorted  values in ascending order, at least one
     * @param percent the percentile, above 0 and at most 100
     */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0 || !(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("need values and a percentile in (0, 100], not " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    /** Collects latencies in nanoseconds; one per thread (not thread-safe), merged with {@link #addAll}. */
    public static final class Recorder {
        private long[] values = new long[256];
        private int size;

        public void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        public void addAll(Recorder other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        public int size() {
            return size;
        }

        public LatencyStats stats() {
            return ofNanos(Arrays.copyOf(values, size));
        }
    }
}
