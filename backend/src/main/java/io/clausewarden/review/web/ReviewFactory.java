package io.clausewarden.review.web;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.config.DocumentLimitsProperties;
import io.clausewarden.redline.DocumentRedliner;
import io.clausewarden.review.ReviewEngine;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

@Factory
class ReviewFactory {
    /** Rules and the in-process embedding model; "rules" leaves the model out (faster start, lower recall). */
    @Singleton
    ClauseClassifier classifier(@Value("${clausewarden.classifier:embeddings}") String kind) {
        return "rules".equals(kind) ? ClauseClassifier.rules() : ClauseClassifier.withEmbeddings();
    }

    @Singleton
    ReviewEngine reviewEngine(ClauseClassifier classifier) {
        return new ReviewEngine(classifier);
    }

    /** The one reader of uploads: its permits bound the documents parsed at once on this server. */
    @Singleton
    DocumentReader documentReader(DocumentLimitsProperties limits) {
        return new DocumentReader(limits.toLimits());
    }

    /** Redlines read the stored original under the same limits as uploads. */
    @Singleton
    DocumentRedliner documentRedliner(DocumentReader documents) {
        return new DocumentRedliner(documents.limits());
    }
}
