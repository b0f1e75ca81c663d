package org.nkgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches memory over a stretch of work: the peak of the heap in use (the JVM's pool peaks, reset at the start,
 * plus sampling every few milliseconds) and the process's resident high-water mark ({@code VmHWM}).
 */
final class MemoryWatch implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    private MemoryWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        sampler = new Thread(this::sample, "nkgraph-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static MemoryWatch start() {
        return new MemoryWatch();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            sampledPeak = Math.max(sampledPeak, used);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest heap use seen: the larger of the sampled peak and the sum of the heap pools' peaks. */
    long peakHeapBytes() {
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        // The pools peak at different moments, so their sum can overstate; the sample can miss a spike.
        return Math.max(sampledPeak, Math.min(pools, Runtime.getRuntime().maxMemory()));
    }

    /** The process's resident high-water mark in bytes, or -1 where {@code /proc/self/status} is absent. */
    static long residentHighWaterBytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
