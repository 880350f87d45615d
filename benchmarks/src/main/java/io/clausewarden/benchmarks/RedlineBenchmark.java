package io.clausewarden.benchmarks;

import io.clausewarden.redline.DocumentRedliner;
import io.clausewarden.redline.Edit;
import io.clausewarden.redline.RedlineOptions;
import io.clausewarden.redline.RedlineResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100-page .docx: a plain docx4j load and save, and one that parses the document part (the floor
 * for any edit), against redlining it with 200 edits, verification included (target: at most twice the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RedlineBenchmark {
    private byte[] docx;
    private List<Edit> edits;
    private final DocumentRedliner redliner = new DocumentRedliner();
    private final RedlineOptions options = RedlineOptions.by("Clausewarden — Firm Playbook");

    @Setup
    public void setUp() throws Exception {
        docx = LongDocx.build(40_000);
        edits = LongDocx.edits(docx, 200);
        RedlineResult check = redliner.redline(docx, edits, options);
        if (check.applied().size() != 200) {
            throw new IllegalStateException("expected 200 applied edits, got " + check.applied().size()
                    + " (skipped " + check.skipped().size() + ")");
        }
    }

    @Benchmark
    public byte[] loadAndSave() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    /**
     * The same, parsing the main document part on the way: docx4j unmarshals a part only when its content
     * is asked for, so {@link #loadAndSave()} copies the document XML without reading it. Any edit needs this.
     */
    @Benchmark
    public byte[] loadParseAndSave() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        pkg.getMainDocumentPart().getContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    @Benchmark
    public RedlineResult redline200Edits() {
        return redliner.redline(docx, edits, options);
    }
}
