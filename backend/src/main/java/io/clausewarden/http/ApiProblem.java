package io.clausewarden.http;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * An error a client can act on. Rendered as RFC 9457 problem+json with a stable {@code type};
 * the detail is written for a person and never contains submitted content.
 */
public class ApiProblem extends RuntimeException {
    public enum Kind {
        BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "The request is not valid"),
        MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not valid JSON"),
        VALIDATION("validation", HttpStatus.BAD_REQUEST, "The request has invalid fields"),
        UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication is required"),
        INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, "Sign-in failed"),
        FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
        NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
        METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
        NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
        CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
        INVALID_PLAYBOOK("invalid-playbook", HttpStatus.UNPROCESSABLE_ENTITY, "The playbook is not valid"),
        PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large"),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
        UNPROCESSABLE_DOCUMENT("unprocessable-document", HttpStatus.UNPROCESSABLE_ENTITY, "The document cannot be processed"),
        TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
        INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
        UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
        CROSS_ORIGIN_REFUSED("cross-origin-refused", HttpStatus.FORBIDDEN, "Cross-origin request refused"),
        ENDPOINT_NOT_ALLOWED("endpoint-not-allowed", HttpStatus.UNPROCESSABLE_ENTITY, "The endpoint is not allowed"),

        REVIEW_TIMEOUT("review-timeout", HttpStatus.SERVICE_UNAVAILABLE, "The review ran out of time");

        private final String slug;
        private final HttpStatus status;
        private final String title;

        Kind(String slug, HttpStatus status, String title) {
            this.slug = slug;
            this.status = status;
            this.title = title;
        }

        public String type() {
            return "urn:clausewarden:problem:" + slug;
        }

        public HttpStatus status() {
            return status;
        }

        public String title() {
            return title;
        }

        public static Kind forStatus(int code) {
            for (Kind kind : values()) {
                if (kind.status.getCode() == code && kind != INVALID_CREDENTIALS && kind != MALFORMED_JSON
                        && kind != VALIDATION && kind != UNPROCESSABLE_DOCUMENT && kind != INVALID_PLAYBOOK
                        && kind != ENDPOINT_NOT_ALLOWED) {
                    return kind;
                }
            }
            return code >= 500 ? INTERNAL : BAD_REQUEST;
        }
    }

    private final Kind kind;
    private final List<Problem.FieldError> errors;

    public ApiProblem(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public ApiProblem(Kind kind, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    /** Field-level problems of a validation failure; null when there are none. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** A 400 {@code validation} problem listing each field at fault (sorted by field). */
    public static ApiProblem invalidFields(List<Problem.FieldError> errors) {
        return new ApiProblem(Kind.VALIDATION, "Some fields are missing or invalid; see errors.",
                errors.stream().sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(Kind.NOT_FOUND, what + " was not found.");
    }
}
