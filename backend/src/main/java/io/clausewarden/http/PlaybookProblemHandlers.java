package io.clausewarden.http;

import io.clausewarden.playbook.InvalidPlaybookException;
import io.clausewarden.playbook.PlaybookConflictException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Playbook validation failures are 422 with the field at fault (also in {@code errors}); versioning conflicts are 409. */
public final class PlaybookProblemHandlers {
    private PlaybookProblemHandlers() {
    }

    @Produces
    @Singleton
    public static class Invalid implements ExceptionHandler<InvalidPlaybookException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidPlaybookException exception) {
            List<Problem.FieldError> errors = exception.field() == null ? null
                    : List.of(new Problem.FieldError(exception.field(), exception.problem()));
            return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.INVALID_PLAYBOOK, exception.getMessage(), errors));
        }
    }

    @Produces
    @Singleton
    public static class Conflict implements ExceptionHandler<PlaybookConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, PlaybookConflictException exception) {
            return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.CONFLICT, exception.getMessage()));
        }
    }
}
