package io.clausewarden.transport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** HSTS and the usual hardening headers on every response: nothing is cached, sniffed or framed. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ResponseFilter
    public void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Strict-Transport-Security", HSTS);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cache-Control", "no-store");
        response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
