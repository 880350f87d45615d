package io.clausewarden.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.cors.CorsOriginConfiguration;

import java.util.regex.Pattern;

/**
 * Cross-origin refusals as problem+json. A preflight (OPTIONS with Origin and Access-Control-Request-Method)
 * from an origin no {@code micronaut.server.cors} configuration names is answered 403 here, before the
 * framework's CORS filter; any other cross-origin request the framework refuses with its bare 403 gets the
 * same body on the way out. Hardening headers and the access line come from the outer filters.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CrossOriginRefusals implements Ordered {
    private static final String DETAIL = "Requests from this origin are not allowed; the API accepts cross-origin "
            + "calls only from origins configured under micronaut.server.cors.";

    private final HttpServerConfiguration.CorsConfiguration cors;

    public CrossOriginRefusals(HttpServerConfiguration.CorsConfiguration cors) {
        this.cors = cors;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    public HttpResponse<?> refusePreflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        boolean preflight = request.getMethod() == HttpMethod.OPTIONS && origin != null
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        return preflight && !configured(origin) ? refusal(request) : null;
    }

    @ResponseFilter
    public HttpResponse<?> describeRefusal(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean bareCorsRefusal = response.status() == HttpStatus.FORBIDDEN && response.getBody().isEmpty()
                && request.getHeaders().contains(HttpHeaders.ORIGIN);
        return bareCorsRefusal ? refusal(request) : response;
    }

    private boolean configured(String origin) {
        if (!cors.isEnabled()) {
            return false;
        }
        for (CorsOriginConfiguration configuration : cors.getConfigurations().values()) {
            if (configuration.getAllowedOrigins().contains(origin)
                    || configuration.getAllowedOrigins().contains("*")
                    || configuration.getAllowedOriginsRegex().map(regex -> Pattern.matches(regex, origin)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static MutableHttpResponse<Problem> refusal(HttpRequest<?> request) {
        return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.CROSS_ORIGIN_REFUSED, DETAIL));
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
