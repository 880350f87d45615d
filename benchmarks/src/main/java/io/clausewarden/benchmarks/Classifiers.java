package io.clausewarden.benchmarks;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.classify.EmbeddingScorer;
import io.clausewarden.classify.Taxonomy;
import java.util.List;

final class Classifiers {
    private Classifiers() {
    }

    static ClauseClassifier named(String name) {
        return switch (name) {
            case "rules" -> ClauseClassifier.rules();
            case "embeddings" -> ClauseClassifier.withEmbeddings();
            // rules and exemplars without the trained clause model: the default classifier before it
            case "exemplars" -> new ClauseClassifier(Taxonomy.bundled(),
                    List.of(new EmbeddingScorer(Taxonomy.bundled())), ClauseClassifier.DEFAULT_THRESHOLD);
            default -> throw new IllegalArgumentException("Unknown classifier " + name);
        };
    }
}
