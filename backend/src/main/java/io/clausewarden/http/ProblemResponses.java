package io.clausewarden.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/**
 * Every error the framework or our code produces leaves as problem+json. Framework messages are
 * replaced by our own wording so that no parser snippet, class name or stack trace reaches a client.
 */
@Singleton
@Primary
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        ApiProblem.Kind kind = cause instanceof ApiProblem problem ? problem.kind() : classify(cause, response.code());
        String detail = cause instanceof ApiProblem problem ? problem.getMessage() : defaultDetail(kind);
        List<Problem.FieldError> errors = cause instanceof ConstraintViolationException violations
                ? fieldErrors(violations) : cause instanceof ApiProblem problem ? problem.errors() : null;
        Problem body = new Problem(kind.type(), kind.title(), kind.status().getCode(), detail,
                context.getRequest().getPath(), RequestIds.of(context.getRequest()), errors);
        return response.status(kind.status()).contentType(PROBLEM_JSON).body(body);
    }

    public static MutableHttpResponse<Problem> render(HttpRequest<?> request, ApiProblem problem) {
        Problem body = new Problem(problem.kind().type(), problem.kind().title(), problem.kind().status().getCode(),
                problem.getMessage(), request.getPath(), RequestIds.of(request), problem.errors());
        return io.micronaut.http.HttpResponse.<Problem>status(problem.kind().status())
                .contentType(PROBLEM_JSON).body(body);
    }

    private static ApiProblem.Kind classify(Throwable cause, int status) {
        if (cause instanceof ConstraintViolationException) {
            return ApiProblem.Kind.VALIDATION;
        }
        if (status == 400 && isJsonSyntax(cause)) {
            return ApiProblem.Kind.MALFORMED_JSON;
        }
        return ApiProblem.Kind.forStatus(status);
    }

    private static boolean isJsonSyntax(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("com.fasterxml.jackson.core") || name.equals("io.micronaut.json.JsonSyntaxException")) {
                return true;
            }
        }
        return false;
    }

    private static String defaultDetail(ApiProblem.Kind kind) {
        return switch (kind) {
            case MALFORMED_JSON -> "The body could not be read as JSON. Check quoting, commas and brackets.";
            case VALIDATION -> "Some fields are missing or invalid; see errors.";
            case UNAUTHORIZED -> "Sign in and send the access token as 'Authorization: Bearer <token>'.";
            case FORBIDDEN -> "Your role does not allow this action.";
            case NOT_FOUND -> "Nothing exists at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit for this endpoint.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body with a supported Content-Type.";
            case NOT_ACCEPTABLE -> "This endpoint cannot produce the requested media type.";
            case INTERNAL -> "Something went wrong on our side. Quote the request id when reporting it.";
            default -> "The request could not be processed.";
        };
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "login.request.email" -> "email": the method and parameter names mean nothing to a client.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
