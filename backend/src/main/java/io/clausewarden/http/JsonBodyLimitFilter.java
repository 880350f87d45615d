package io.clausewarden.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * JSON bodies are held to a smaller limit than uploads (the server-wide maximum). A declared
 * Content-Length over the limit is refused before the body is read.
 */
@ServerFilter("/api/**")
public class JsonBodyLimitFilter implements Ordered {
    private final long limit;

    public JsonBodyLimitFilter(@Value("${clausewarden.limits.json-body-bytes}") long limit) {
        this.limit = limit;
    }

    @RequestFilter
    public void check(HttpRequest<?> request) {
        boolean json = request.getContentType().map(type -> type.getSubtype().endsWith("json")).orElse(false);
        if (json && request.getContentLength() > limit) {
            throw new ApiProblem(ApiProblem.Kind.PAYLOAD_TOO_LARGE,
                    "JSON request bodies are limited to " + limit + " bytes; upload large documents as a file.");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

}
