package io.clausewarden.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The RFC 9457 body. {@code errors} lists field-level problems of a validation failure. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {
    @Introspected
    public record FieldError(String field, String detail) {
    }
}
