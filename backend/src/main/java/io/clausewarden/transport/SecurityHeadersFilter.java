package io.clausewarden.transport;

import io.clausewarden.addin.OfficeJs;
import io.clausewarden.addin.TaskpaneContentPolicy;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * HSTS and the usual hardening headers on every response, per path. API answers (and the add-in manifest,
 * and every error) are never cached, sniffed or framed. The task pane's files get their own policy: no inline
 * script, Office.js from its configured origin, framing only by Office's hosts, and ordinary revalidated
 * caching. It runs before route matching and outside the other filters, so answers made by a filter (a CORS
 * refusal, a security rejection) get the headers too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PANE_PREFIX = "/taskpane/";
    /** Pages and scripts change with each release: the browser may keep them but asks first. */
    static final String PANE_CACHING = "no-cache";
    /** Icons change rarely and Office caches them anyway. */
    static final String ASSET_CACHING = "public, max-age=86400";

    private final String panePolicy;

    SecurityHeadersFilter(OfficeJs officeJs) {
        this.panePolicy = TaskpaneContentPolicy.forPane(officeJs);
    }

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
        String path = request.getPath();
        if (isPaneFile(path, response.code())) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, path.startsWith(PANE_PREFIX + "assets/") ? ASSET_CACHING : PANE_CACHING);
            response.getHeaders().set("Content-Security-Policy", panePolicy);
            response.getHeaders().remove("X-Frame-Options");
            if (path.endsWith(".js")) {
                // RFC 9239: JavaScript is text/javascript; module scripts need a JavaScript type.
                response.getHeaders().set(HttpHeaders.CONTENT_TYPE, "text/javascript;charset=utf-8");
            }
        } else {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().set("Content-Security-Policy", STRICT_POLICY);
            response.getHeaders().set("X-Frame-Options", "DENY");
        }
    }

    /** A file of the pane that was found; errors and everything else keep the strict policy. */
    private static boolean isPaneFile(String path, int status) {
        return path != null && path.startsWith(PANE_PREFIX) && status >= 200 && status < 400;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
