package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the clause types that stand for a CUAD category with the trained clause model ({@link ClauseModel}),
 * shipped in the jar as {@value #BUNDLED}. The model's probability is rescaled so that the category's own
 * threshold lands on the classifier's threshold: a clause the model alone would label gets at least
 * {@link ClauseClassifier#DEFAULT_THRESHOLD}, one below it less, in proportion. On those types it can also
 * overrule the other scorers ({@link #gate}). Thread-safe.
 */
public final class TrainedScorer implements ClauseScorer {
    static final String BUNDLED = "/classify/clause-model.txt";
    /**
     * Below this score (a probability under about 0.3 of the category's threshold) the model overrules the rules
     * on its types; chosen on the three CUAD samples, flat from 0.05 to 0.15 (docs/quality.md).
     */
    static final double GATE = 0.1;

    private record Target(int category, String type, double threshold) {
    }

    private final ClauseModel model;
    private final List<Target> targets;
    private final double classifierThreshold;

    TrainedScorer(ClauseModel model, Taxonomy taxonomy, double classifierThreshold) {
        this.model = model;
        this.classifierThreshold = classifierThreshold;
        Map<String, String> typeOfCategory = new LinkedHashMap<>();
        taxonomy.types().stream().filter(t -> t.cuad() != null).forEach(t -> typeOfCategory.put(t.cuad(), t.id()));
        List<ClauseModel.Category> categories = model.categories();
        this.targets = java.util.stream.IntStream.range(0, categories.size())
                .filter(c -> typeOfCategory.containsKey(categories.get(c).name()))
                .mapToObj(c -> new Target(c, typeOfCategory.get(categories.get(c).name()), categories.get(c).threshold()))
                .toList();
    }

    /** The bundled model over the given taxonomy; one model is read per JVM (about a quarter of a second). */
    public static TrainedScorer bundled(Taxonomy taxonomy) {
        return new TrainedScorer(Bundled.MODEL, taxonomy, ClauseClassifier.DEFAULT_THRESHOLD);
    }

    private static final class Bundled {
        static final ClauseModel MODEL = load();

        private static ClauseModel load() {
            try (InputStream in = TrainedScorer.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + BUNDLED);
                }
                return ClauseModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled clause model", e);
            }
        }
    }

    static ClauseModel bundledModel() {
        return Bundled.MODEL;
    }

    @Override
    public Map<String, Double> score(Clause clause) {
        double[] probabilities = model.probabilities(clause);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Target target : targets) {
            double score = rescale(probabilities[target.category()], target.threshold(), classifierThreshold);
            if (score > 0) {
                scores.put(target.type(), score);
            }
        }
        return scores;
    }

    /**
     * {@code other}'s evidence, except on the types this model scores when the model gives the clause less than
     * {@code gate}: there the model, trained on labelled contracts, overrules the taxonomy's patterns, which fire on
     * the words of a subject wherever they appear (an intellectual-property patent clause that merely mentions
     * "intellectual property rights", a cap clause that mentions an exception).
     */
    ClauseScorer gate(ClauseScorer other) {
        return gate(other, GATE);
    }

    ClauseScorer gate(ClauseScorer other, double gate) {
        java.util.Set<String> mine = targets.stream().map(Target::type).collect(java.util.stream.Collectors.toSet());
        return clause -> {
            Map<String, Double> own = score(clause);
            Map<String, Double> kept = new LinkedHashMap<>();
            other.score(clause).forEach((type, score) -> {
                if (!mine.contains(type) || own.getOrDefault(type, 0.0) >= gate) {
                    kept.put(type, score);
                }
            });
            return kept;
        };
    }

    static double rescale(double probability, double threshold, double classifierThreshold) {
        if (probability < threshold) {
            return classifierThreshold * probability / threshold;
        }
        return classifierThreshold + (1 - classifierThreshold) * (probability - threshold) / (1 - threshold);
    }
}
