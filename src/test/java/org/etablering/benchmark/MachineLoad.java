package org.etablering.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The whole machine's CPU use and memory, sampled from /proc once a second while the load runs. */
final class MachineLoad implements AutoCloseable {

    private final List<Double> busy = new ArrayList<>();
    private final List<Long> usedMb = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    MachineLoad() {
        sampler = Thread.ofPlatform().daemon().name("machine-load").start(this::sample);
    }

    private void sample() {
        long[] before = cpu();
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long[] now = cpu();
            long total = now[0] - before[0];
            synchronized (this) {
                busy.add(total == 0 ? 0 : 100.0 * (total - (now[1] - before[1])) / total);
                usedMb.add(usedMemoryMb());
            }
            before = now;
        }
    }

    /** Total and idle (with I/O wait) jiffies of all cores. */
    private static long[] cpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }

    private static long usedMemoryMb() {
        try {
            long total = 0;
            long available = 0;
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    total = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("MemAvailable:")) {
                    available = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return (total - available) / 1024;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    synchronized String summary() {
        double average = busy.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double highest = busy.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long memory = usedMb.stream().mapToLong(Long::longValue).max().orElse(0);
        Runtime jvm = Runtime.getRuntime();
        return String.format(Locale.ROOT, "CPU (both cores, whole machine) %.0f %% on average, %.0f %% at most; "
                + "memory in use on the machine at most %,d MB; this JVM's heap %,d MB of %,d MB", average, highest,
                memory, (jvm.totalMemory() - jvm.freeMemory()) >> 20, jvm.maxMemory() >> 20);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
