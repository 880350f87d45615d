package io.clausewarden.benchmarks;

import io.clausewarden.redline.DocumentRedliner;
import io.clausewarden.redline.Edit;
import io.clausewarden.redline.RedlineOptions;
import io.clausewarden.redline.RedlineResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap and wall time of redlining a 100-page .docx with 200 edits (verification included):
 * three warm-up runs, a GC, a reset of the pools' peak counters, then one measured run.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.clausewarden.benchmarks.RedlineMemoryProbe}
 */
public final class RedlineMemoryProbe {
    private RedlineMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] docx = LongDocx.build(40_000);
        List<Edit> edits = LongDocx.edits(docx, 200);
        DocumentRedliner redliner = new DocumentRedliner();
        RedlineOptions options = RedlineOptions.by("Clausewarden — Firm Playbook");
        for (int i = 0; i < 3; i++) {
            redliner.redline(docx, edits, options);
        }
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        RedlineResult result = redliner.redline(docx, edits, options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("docx_kib=%d edits=%d applied=%d redline_ms=%d heap_baseline_mib=%.1f heap_peak_mib=%.1f%n",
                docx.length / 1024, edits.size(), result.applied().size(), millis, baseline / 1048576.0, peak / 1048576.0);
    }
}
