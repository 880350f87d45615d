package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the clause types that stand for a CUAD category with the trained clause model ({@link ClauseModel}),
 * shipped in the jar as {@value #BUNDLED}. The model's probability is rescaled so that the category's own
 * threshold lands on the classifier's threshold: a clause the model alone would label gets at least
 * {@link ClauseClassifier#DEFAULT_THRESHOLD}, one below it less, in proportion. Thread-safe.
 */
public final class TrainedScorer implements ClauseScorer {
    static final String BUNDLED = "/classify/clause-model.txt";

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

    /** The model's probability of the type's category, unscaled; empty when the type has no category. */
    Optional<Double> probability(Clause clause, String type) {
        return targets.stream().filter(t -> t.type().equals(type)).findFirst()
                .map(t -> model.probabilities(clause)[t.category()]);
    }

    static double rescale(double probability, double threshold, double classifierThreshold) {
        if (probability < threshold) {
            return classifierThreshold * probability / threshold;
        }
        return classifierThreshold + (1 - classifierThreshold) * (probability - threshold) / (1 - threshold);
    }
}
