package io.clausewarden.benchmarks;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads, classifies and reviews a 100-page (about 40,000-word) contract against the default
 * playbook, without a language model: the whole path of one review minus HTTP and storage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReviewBenchmark {
    @Param({"rules", "embeddings", "exemplars"})
    public String classifier;

    private byte[] contract;
    private int edition;
    private DocumentReader reader;
    private ReviewEngine engine;
    private Playbook playbook;
    private List<Clause> clauses;

    @Setup(Level.Trial)
    public void setUp() {
        contract = LongContract.text(40_000, 0).getBytes(StandardCharsets.UTF_8);
        reader = new DocumentReader();
        engine = new ReviewEngine(Classifiers.named(classifier));
        playbook = BundledPlaybooks.load(BundledPlaybooks.DEFAULT_ID);
        clauses = reader.read("contract.txt", contract).clauses();
    }

    /** A new edition each call: no clause was seen before, as with a real new contract. */
    @Benchmark
    public ReviewReport readAndReviewNewContract() {
        byte[] fresh = LongContract.text(40_000, ++edition).getBytes(StandardCharsets.UTF_8);
        return engine.review(playbook, reader.read("contract.txt", fresh).clauses());
    }

    @Benchmark
    public List<Clause> readOnly() {
        return reader.read("contract.txt", contract).clauses();
    }

    @Benchmark
    public ReviewReport reviewParsed() {
        return engine.review(playbook, clauses);
    }
}
