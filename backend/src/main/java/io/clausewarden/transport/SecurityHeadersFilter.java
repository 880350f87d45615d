package io.clausewarden.transport;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * HSTS and the usual hardening headers on every response: nothing is cached, sniffed or framed. It runs
 * before route matching and outside the other filters, so answers made by a filter (a CORS refusal, a
 * security rejection) get the headers too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** For answers made before route matching (a CORS refusal); the framework then runs no later filter. */
    @PreMatching
    @ResponseFilter
    public void hardenUnmatched(HttpRequest<?> request, MutableHttpResponse<?> response) {
        harden(request, response);
    }

    @ResponseFilter
    public void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Strict-Transport-Security", HSTS);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cache-Control", "no-store");
        response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
