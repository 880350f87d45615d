package io.clausewarden.review.web;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.DocumentLimits;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.review.ReviewEngine;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class ReviewFactory {
    @Singleton
    ClauseClassifier classifier() {
        return ClauseClassifier.rules();
    }

    @Singleton
    ReviewEngine reviewEngine(ClauseClassifier classifier) {
        return new ReviewEngine(classifier);
    }

    @Singleton
    DocumentReader documentReader() {
        return new DocumentReader(DocumentLimits.defaults());
    }
}
