package io.clausewarden.identity.web;

import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** Lets a controller take the caller's {@link TenantContext} as a parameter, built from the verified token. */
@Singleton
public class TenantContextBinder implements TypedRequestArgumentBinder<TenantContext> {
    public static final String TENANT_CLAIM = "tenant";

    @Override
    public Argument<TenantContext> argumentType() {
        return Argument.of(TenantContext.class);
    }

    @Override
    public BindingResult<TenantContext> bind(ArgumentConversionContext<TenantContext> context, HttpRequest<?> source) {
        Optional<TenantContext> caller = source.getUserPrincipal(Authentication.class).flatMap(TenantContextBinder::from);
        return caller.isPresent() ? () -> caller : BindingResult.unsatisfied();
    }

    public static Optional<TenantContext> from(Authentication authentication) {
        Object tenant = authentication.getAttributes().get(TENANT_CLAIM);
        if (tenant == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TenantContext(TenantId.of(tenant.toString()), UUID.fromString(authentication.getName()),
                    new java.util.HashSet<>(authentication.getRoles())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
