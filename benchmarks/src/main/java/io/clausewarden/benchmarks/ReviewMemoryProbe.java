package io.clausewarden.benchmarks;

import io.clausewarden.document.DocumentReader;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * Peak heap and wall time of reviewing a 100-page contract none of whose clauses was seen before:
 * five warm-up reviews of other editions, a GC, a reset of the pools' peak counters, then one
 * measured review of a new edition.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.clausewarden.benchmarks.ReviewMemoryProbe [rules|embeddings]}
 */
public final class ReviewMemoryProbe {
    private ReviewMemoryProbe() {
    }

    public static void main(String[] args) {
        String classifier = args.length > 0 ? args[0] : "rules";
        DocumentReader reader = new DocumentReader();
        ReviewEngine engine = new ReviewEngine(Classifiers.named(classifier));
        Playbook playbook = BundledPlaybooks.load(BundledPlaybooks.DEFAULT_ID);
        ReviewReport report = null;
        for (int edition = 1; edition <= 5; edition++) {
            byte[] warmUp = LongContract.text(40_000, edition).getBytes(StandardCharsets.UTF_8);
            report = engine.review(playbook, reader.read("contract.txt", warmUp).clauses());
        }
        byte[] contract = LongContract.text(40_000, 1000).getBytes(StandardCharsets.UTF_8);
        System.gc();
        long baseline = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        report = engine.review(playbook, reader.read("contract.txt", contract).clauses());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        int words = new String(contract, StandardCharsets.UTF_8).split("\\s+").length;
        System.out.printf("classifier=%s words=%d clauses=%d findings=%d review_ms=%d heap_baseline_mib=%.1f heap_peak_mib=%.1f%n",
                classifier, words, report.clauses().size(), report.findings().size(), millis,
                baseline / 1048576.0, peak / 1048576.0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
