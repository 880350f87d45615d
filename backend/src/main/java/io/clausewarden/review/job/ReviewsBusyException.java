package io.clausewarden.review.job;

import java.time.Duration;

/** A review was not accepted: the firm has its share waiting or running, the queue is full, or the server is stopping. */
public final class ReviewsBusyException extends RuntimeException {
    /** Who is busy: the firm (429) or the whole server (503). */
    public enum Busy { FIRM, SERVER }

    private final Busy busy;
    private final Duration retryAfter;

    ReviewsBusyException(Busy busy, Duration retryAfter, String detail) {
        super(detail, null, false, false);
        this.busy = busy;
        this.retryAfter = retryAfter;
    }

    public Busy busy() {
        return busy;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
