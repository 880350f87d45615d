package io.clausewarden.http;

import io.clausewarden.identity.web.TenantContextBinder;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One access line per request, whatever answered it: a route, the security filter (401, 403), the rate
 * limiter (429), the router (404), a body limit (413) or a CORS refusal. It runs before route matching and
 * outside every other filter, so its response side sees the final status. The line holds the method, the
 * route template (or, when no route matched, the path with every id-like segment replaced), the status, the
 * duration, and requestId, tenantId and userId as logging fields: never a query string, header or body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AccessLogFilter implements Ordered {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.clausewarden.access");
    private static final String STARTED = "clausewarden.accessStarted";
    private static final String LOGGED = "clausewarden.accessLogged";

    @PreMatching
    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        RequestIds.of(request);
    }

    /** Runs when a filter before route matching answered (a CORS refusal): the filters below never ran. */
    @PreMatching
    @ResponseFilter
    public void logUnmatched(HttpRequest<?> request, MutableHttpResponse<?> response) {
        log(request, response);
    }

    /**
     * Runs for everything else. The framework replaces the pre-matching filters by the matched ones once a
     * route is looked up, so exactly one of the two response methods runs for a request.
     */
    @ResponseFilter
    public void logMatched(HttpRequest<?> request, MutableHttpResponse<?> response) {
        log(request, response);
    }

    private void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(LOGGED).isPresent()) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        String requestId = RequestIds.of(request);
        response.header(RequestIds.HEADER, requestId);
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Map<String, String> previous = MDC.getCopyOfContextMap();
        try {
            MDC.clear();
            MDC.put("requestId", requestId);
            request.getUserPrincipal(Authentication.class).flatMap(TenantContextBinder::from).ifPresent(caller -> {
                MDC.put("tenantId", caller.tenantId().toString());
                MDC.put("userId", caller.userId().toString());
            });
            ACCESS.info("method={} route={} status={} durationMs={}", request.getMethodName(), route(request),
                    response.code(), millis);
        } finally {
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }

    static String route(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toString())
                .or(() -> BasicHttpAttributes.getUriTemplate(request))
                .orElseGet(() -> RoutePaths.withoutIds(request.getPath()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
