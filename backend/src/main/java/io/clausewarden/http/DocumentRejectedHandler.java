package io.clausewarden.http;

import io.clausewarden.document.DocumentRejectedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A document we will not parse (too large, a zip bomb, external entities, not a docx) is a 422. */
@Produces
@Singleton
public class DocumentRejectedHandler implements ExceptionHandler<DocumentRejectedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DocumentRejectedException exception) {
        return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.UNPROCESSABLE_DOCUMENT, exception.getMessage()));
    }
}
