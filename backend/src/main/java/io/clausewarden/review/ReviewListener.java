package io.clausewarden.review;

/**
 * Follows a review as it runs: classification progress clause by clause, each verified finding as its position
 * is evaluated, then the model's questions as their answers arrive (from several threads). The report that the
 * review returns holds exactly these findings. The engine calls {@link #checkpoint()} between clauses, between
 * positions and while it waits for model answers, so a listener can stop a review that must not go on.
 */
public interface ReviewListener {
    ReviewListener NONE = new ReviewListener() {
    };

    default void clausesClassified(int done, int total) {
    }

    default void finding(Finding finding) {
    }

    default void questionsAnswered(int done, int total) {
    }

    /**
     * Called between units of work, from any thread of the review.
     *
     * @throws ReviewStoppedException to stop the review
     */
    default void checkpoint() {
    }
}
