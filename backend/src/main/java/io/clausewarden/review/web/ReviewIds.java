package io.clausewarden.review.web;

import java.util.Optional;
import java.util.UUID;

final class ReviewIds {
    private ReviewIds() {
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
