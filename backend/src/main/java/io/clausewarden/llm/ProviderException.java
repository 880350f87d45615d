package io.clausewarden.llm;

import java.time.Duration;
import java.util.Optional;

/** A provider call that gave no usable reply. Messages name the failure, never the request or answer text. */
public final class ProviderException extends RuntimeException {
    public enum Kind {
        /** 429: may be retried after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** 5xx: may be retried. */
        SERVER_ERROR,
        /** No answer within the call timeout. */
        TIMEOUT,
        /** Connection refused, reset or failed TLS. */
        UNREACHABLE,
        /** Another 4xx: bad key, unknown model, request refused. Retrying will not help. */
        REJECTED,
        /** The response was not the provider's wire format. */
        MALFORMED,
        /** The egress policy refused the endpoint's origin or an address it resolved to; nothing was sent. */
        REFUSED_DESTINATION
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ProviderException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ProviderException(Kind kind, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR;
    }
}
