package io.clausewarden.http;

import io.clausewarden.identity.web.TenantContextBinder;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts requestId, tenantId and userId into the logging context of each request, after authentication.
 * The request id is echoed and the access line written by {@link AccessLogFilter}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestContextFilter implements Ordered {
    @RequestFilter
    public void bind(HttpRequest<?> request, MutablePropagatedContext context) {
        Map<String, String> mdc = new HashMap<>();
        mdc.put("requestId", RequestIds.of(request));
        request.getUserPrincipal(Authentication.class).flatMap(TenantContextBinder::from).ifPresent(caller -> {
            mdc.put("tenantId", caller.tenantId().toString());
            mdc.put("userId", caller.userId().toString());
        });
        context.add(new MdcPropagationContext(mdc));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
