package io.clausewarden.review.web;

import io.clausewarden.http.ApiProblem;
import io.clausewarden.http.Problem;
import io.clausewarden.http.ProblemResponses;
import io.clausewarden.review.ReviewStoppedException;
import io.clausewarden.review.job.ReviewsBusyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A review not accepted is a 429 (the firm's share is taken) or a 503 (the server's queue is full, or it is
 * stopping), each with Retry-After; a review that ran out of its time budget is a 503 {@code review-timeout}.
 */
final class ReviewProblemHandlers {
    private ReviewProblemHandlers() {
    }

    @Produces
    @Singleton
    static class Busy implements ExceptionHandler<ReviewsBusyException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ReviewsBusyException exception) {
            ApiProblem.Kind kind = exception.busy() == ReviewsBusyException.Busy.FIRM
                    ? ApiProblem.Kind.TOO_MANY_REQUESTS : ApiProblem.Kind.UNAVAILABLE;
            return ProblemResponses.render(request, new ApiProblem(kind, exception.getMessage()))
                    .header("Retry-After", Long.toString(Math.max(1, exception.retryAfter().toSeconds())));
        }
    }

    @Produces
    @Singleton
    static class Stopped implements ExceptionHandler<ReviewStoppedException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ReviewStoppedException exception) {
            if (ReviewStoppedException.TIMEOUT.equals(exception.reason())) {
                return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.REVIEW_TIMEOUT,
                        exception.getMessage()));
            }
            return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.UNAVAILABLE, exception.getMessage()))
                    .header("Retry-After", "5");
        }
    }
}
