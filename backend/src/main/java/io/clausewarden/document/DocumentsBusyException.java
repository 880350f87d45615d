package io.clausewarden.document;

import java.time.Duration;

/** Every parse permit stayed taken for the whole wait: the client should retry after {@link #retryAfter()}. */
public final class DocumentsBusyException extends DocumentRejectedException {
    private final Duration retryAfter;

    DocumentsBusyException(int permits, Duration retryAfter) {
        super("busy", "The server is reading " + permits + " other documents, "
                + DocumentLimits.named("concurrent-parses", permits) + "; try again shortly");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
