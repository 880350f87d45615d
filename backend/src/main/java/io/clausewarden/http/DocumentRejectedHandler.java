package io.clausewarden.http;

import io.clausewarden.document.DocumentRejectedException;
import io.clausewarden.document.DocumentsBusyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A document we will not parse (a zip bomb, a part above its limit, external entities, not a docx) is a 422;
 * an oversized one a 413; one that found every parse permit taken a 503 with Retry-After.
 */
@Produces
@Singleton
public class DocumentRejectedHandler implements ExceptionHandler<DocumentRejectedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DocumentRejectedException exception) {
        if (exception instanceof DocumentsBusyException busy) {
            return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.UNAVAILABLE, exception.getMessage()))
                    .header("Retry-After", Long.toString(Math.max(1, busy.retryAfter().toSeconds())));
        }
        ApiProblem.Kind kind = "too_large".equals(exception.reasonCode())
                ? ApiProblem.Kind.PAYLOAD_TOO_LARGE : ApiProblem.Kind.UNPROCESSABLE_DOCUMENT;
        return ProblemResponses.render(request, new ApiProblem(kind, exception.getMessage()));
    }
}
