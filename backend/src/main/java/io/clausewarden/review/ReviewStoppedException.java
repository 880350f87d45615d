package io.clausewarden.review;

/**
 * Thrown at a checkpoint of a review ({@link ReviewListener#checkpoint()}) to stop it: its wall-clock budget is
 * spent, or the server is shutting down. Carries a short reason code and a sentence for the person who asked.
 */
public final class ReviewStoppedException extends RuntimeException {
    /** The reason of a review stopped at the end of its time budget. */
    public static final String TIMEOUT = "timeout";
    /** The reason of a review stopped because the server is stopping. */
    public static final String SHUTDOWN = "shutdown";

    private final String reason;

    public ReviewStoppedException(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /** A short code such as {@code timeout} or {@code shutdown}, stored with the failed review. */
    public String reason() {
        return reason;
    }
}
