package io.clausewarden.benchmarks;

import io.clausewarden.classify.ClauseClassifier;

final class Classifiers {
    private Classifiers() {
    }

    static ClauseClassifier named(String name) {
        return switch (name) {
            case "rules" -> ClauseClassifier.rules();
            case "embeddings" -> ClauseClassifier.withEmbeddings();
            default -> throw new IllegalArgumentException("Unknown classifier " + name);
        };
    }
}
