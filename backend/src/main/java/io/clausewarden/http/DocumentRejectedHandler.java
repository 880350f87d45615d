package io.clausewarden.http;

import io.clausewarden.document.DocumentRejectedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A document we will not parse (a zip bomb, external entities, not a docx) is a 422; an oversized one a 413. */
@Produces
@Singleton
public class DocumentRejectedHandler implements ExceptionHandler<DocumentRejectedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DocumentRejectedException exception) {
        ApiProblem.Kind kind = "too_large".equals(exception.reasonCode())
                ? ApiProblem.Kind.PAYLOAD_TOO_LARGE : ApiProblem.Kind.UNPROCESSABLE_DOCUMENT;
        return ProblemResponses.render(request, new ApiProblem(kind, exception.getMessage()));
    }
}
