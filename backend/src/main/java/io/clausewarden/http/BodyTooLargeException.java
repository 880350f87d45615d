package io.clausewarden.http;

import io.micronaut.http.exceptions.ContentLengthExceededException;

/** A request body passed its limit; raised into the body stream by {@link BodyLimitHandler}. */
public class BodyTooLargeException extends ContentLengthExceededException {
    private final transient BodyLimits.Limit limit;

    BodyTooLargeException(BodyLimits.Limit limit) {
        super(limit.detail());
        this.limit = limit;
    }

    public BodyLimits.Limit limit() {
        return limit;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
