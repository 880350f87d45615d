package io.clausewarden.llm.provider;

import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.ProviderException;
import io.clausewarden.llm.ProviderException.Kind;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.exceptions.ContentLengthExceededException;
import io.micronaut.http.client.exceptions.EmptyResponseException;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;

/**
 * Maps what went wrong on the wire to a {@link ProviderException}. Messages name the provider, the status
 * or the kind of failure and nothing else: provider error bodies often echo the request, so neither they
 * nor the HTTP client's own messages (which quote them) are ever passed on.
 */
final class ProviderErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderErrors.class);

    private final String provider;
    private final Clock clock;

    ProviderErrors(String provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    /** For a reply whose status is not 2xx. */
    ProviderException forStatus(int status, HttpHeaders headers) {
        String message = "Model provider " + provider + " answered HTTP " + status;
        if (status == 429) {
            Duration retryAfter = RetryAfter.parse(headers.get("retry-after-ms"), headers.get(HttpHeaders.RETRY_AFTER), clock)
                    .orElse(null);
            return new ProviderException(Kind.RATE_LIMITED, message, retryAfter);
        }
        if (status >= 500) {
            return new ProviderException(Kind.SERVER_ERROR, message);
        }
        if (status >= 300 && status < 400) {
            return new ProviderException(Kind.REJECTED, message + " (redirects are not followed)");
        }
        return new ProviderException(Kind.REJECTED, message);
    }

    ProviderException forTransport(HttpClientException failure, Duration callTimeout) {
        if (failure instanceof HttpClientResponseException response) {
            return forStatus(response.code(), response.getResponse().getHeaders());
        }
        if (failure instanceof ReadTimeoutException) {
            return new ProviderException(Kind.TIMEOUT,
                    "Model provider " + provider + " gave no answer within " + callTimeout.toMillis() + " ms");
        }
        if (failure instanceof ContentLengthExceededException) {
            return tooLarge();
        }
        if (failure instanceof EmptyResponseException) {
            return malformed("an empty reply");
        }
        EgressGuard.Refused refused = refusal(failure);
        if (refused != null) {
            // the message names the origin and the reason, which are configuration, never request content
            LOG.warn("{}", refused.getMessage());
            return new ProviderException(Kind.REFUSED_DESTINATION,
                    "Model provider " + provider + " was not called: the egress policy refused its endpoint");
        }
        return new ProviderException(Kind.UNREACHABLE,
                "Model provider " + provider + " could not be reached (" + rootCause(failure).getClass().getSimpleName() + ")");
    }

    ProviderException tooLarge() {
        return malformed("a reply larger than " + ProviderHttp.MAX_REPLY_BYTES + " bytes");
    }

    /** @param what a fixed description of the problem, never text taken from the reply */
    ProviderException malformed(String what) {
        return new ProviderException(Kind.MALFORMED, "Model provider " + provider + " sent " + what);
    }

    private static EgressGuard.Refused refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EgressGuard.Refused refused) {
                return refused;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
