package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Multi-label clause classifier: combines the evidence of its scorers and keeps types above a threshold. */
public final class ClauseClassifier {
    public static final double DEFAULT_THRESHOLD = 0.35;

    private final Taxonomy taxonomy;
    private final List<ClauseScorer> scorers;
    private final double threshold;

    public ClauseClassifier(Taxonomy taxonomy, List<ClauseScorer> extraScorers, double threshold) {
        this(withRules(taxonomy, extraScorers), taxonomy, threshold);
    }

    private ClauseClassifier(List<ClauseScorer> scorers, Taxonomy taxonomy, double threshold) {
        this.taxonomy = taxonomy;
        this.scorers = List.copyOf(scorers);
        this.threshold = threshold;
    }

    /** A classifier that combines exactly these scorers, without the rules unless they are among them. */
    static ClauseClassifier of(Taxonomy taxonomy, List<ClauseScorer> scorers, double threshold) {
        return new ClauseClassifier(scorers, taxonomy, threshold);
    }

    private static List<ClauseScorer> withRules(Taxonomy taxonomy, List<ClauseScorer> extraScorers) {
        List<ClauseScorer> all = new ArrayList<>();
        all.add(new RuleScorer(taxonomy));
        all.addAll(extraScorers);
        return all;
    }

    /** The rules classifier over the bundled taxonomy. */
    public static ClauseClassifier rules() {
        return new ClauseClassifier(Taxonomy.bundled(), List.of(), DEFAULT_THRESHOLD);
    }

    /**
     * Rules, similarity to the taxonomy's exemplars under the bundled embedding model, and the bundled clause model
     * trained on CUAD ({@link TrainedScorer}), which overrules the rules on the types that stand for a CUAD
     * category when it finds little of that category in the clause, except where the clause's own heading names
     * the type (a heading is the drafter's word for what the clause is). The classifier the server and the command line
     * use. One instance per JVM, built on first call: loading the models and embedding the exemplars takes a few
     * seconds, later calls return at once. Thread-safe.
     */
    public static ClauseClassifier withEmbeddings() {
        return WithEmbeddings.INSTANCE;
    }

    private static final class WithEmbeddings {
        static final ClauseClassifier INSTANCE = withEmbeddings(Taxonomy.bundled());
    }

    /** A new classifier built as {@link #withEmbeddings()} is (for specs that need a second instance). */
    static ClauseClassifier withEmbeddings(Taxonomy taxonomy) {
        TrainedScorer trained = TrainedScorer.bundled(taxonomy);
        return of(taxonomy, List.of(new RuleScorer(taxonomy, RuleScorer.Evidence.OWN_HEADING),
                trained.gate(new RuleScorer(taxonomy, RuleScorer.Evidence.ALL_BUT_OWN_HEADING)),
                new EmbeddingScorer(taxonomy), trained), DEFAULT_THRESHOLD);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Classifies a whole document, spreading the work over the available cores (embedding dominates the cost).
     * The result has the clauses' order.
     */
    public List<List<TypeScore>> classifyAll(List<Clause> clauses) {
        return classifyAll(clauses, done -> { });
    }

    /** As {@link #classifyAll(List)}, telling {@code progress} how many clauses are done after each one. */
    public List<List<TypeScore>> classifyAll(List<Clause> clauses, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        return clauses.parallelStream().map(clause -> {
            List<TypeScore> types = classify(clause);
            progress.accept(done.incrementAndGet());
            return types;
        }).toList();
    }

    /** Types sorted by confidence (highest first, then by id for determinism). */
    public List<TypeScore> classify(Clause clause) {
        Map<String, Double> notSupported = new HashMap<>();
        for (ClauseScorer scorer : scorers) {
            scorer.score(clause).forEach((type, score) -> {
                double clamped = Math.max(0, Math.min(1, score));
                notSupported.merge(type, 1 - clamped, (a, b) -> a * b);
            });
        }
        List<TypeScore> result = new ArrayList<>();
        notSupported.forEach((type, rest) -> {
            double confidence = Math.round((1 - rest) * 1000) / 1000.0;
            if (confidence >= threshold) {
                taxonomy.type(type).ifPresent(t -> result.add(new TypeScore(type, confidence, t.cuad())));
            }
        });
        result.sort(Comparator.comparingDouble(TypeScore::confidence).reversed().thenComparing(TypeScore::type));
        return List.copyOf(result);
    }
}
