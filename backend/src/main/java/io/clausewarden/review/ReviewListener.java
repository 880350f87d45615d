package io.clausewarden.review;

/**
 * Follows a review as it runs: classification progress clause by clause, then each verified finding
 * as its position is evaluated. The report that the review returns holds exactly these findings.
 */
public interface ReviewListener {
    ReviewListener NONE = new ReviewListener() {
    };

    default void clausesClassified(int done, int total) {
    }

    default void finding(Finding finding) {
    }
}
