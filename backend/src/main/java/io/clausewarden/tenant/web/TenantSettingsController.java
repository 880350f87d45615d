package io.clausewarden.tenant.web;

import io.clausewarden.identity.Roles;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.store.TenantRow;
import io.clausewarden.tenant.store.Tenants;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/**
 * The firm's own settings: the author name on tracked changes in redlined documents, and (read-only)
 * the region its data is processed in.
 */
@Controller("/api/v1/tenant/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TenantSettingsController {
    private final Tenants tenants;
    private final String defaultAuthor;

    public TenantSettingsController(Tenants tenants,
                                    @Value("${clausewarden.redline.default-author}") String defaultAuthor) {
        this.tenants = tenants;
        this.defaultAuthor = defaultAuthor;
    }

    /** {@code region} is set when the tenant is created; a PUT ignores it. */
    @Introspected
    public record Settings(@Nullable @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*") String redlineAuthor,
                           @Nullable String region) {
    }

    @Get
    public Settings get(TenantContext caller) {
        Optional<TenantRow> tenant = tenants.find(caller.tenantId());
        return new Settings(RedlineAuthors.of(tenant.map(TenantRow::redlineAuthor).orElse(null), defaultAuthor),
                tenant.map(TenantRow::region).orElse(null));
    }

    @Put
    @Secured(Roles.ADMIN)
    public Settings update(TenantContext caller, @Body @Valid Settings settings) {
        tenants.setRedlineAuthor(caller.tenantId(), settings.redlineAuthor());
        return get(caller);
    }
}
