package io.clausewarden.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body over its limit is a 413 naming the limit and the property that sets it. */
@Produces
@Singleton
public class BodyTooLargeHandler implements ExceptionHandler<BodyTooLargeException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, BodyTooLargeException exception) {
        return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.PAYLOAD_TOO_LARGE, exception.limit().detail()));
    }
}
