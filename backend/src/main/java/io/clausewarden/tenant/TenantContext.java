package io.clausewarden.tenant;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Who is asking, and for which tenant: established once per request from the verified token. */
public record TenantContext(TenantId tenantId, UUID userId, Set<String> roles) {
    public TenantContext {
        Objects.requireNonNull(tenantId, "tenant");
        Objects.requireNonNull(userId, "user");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
