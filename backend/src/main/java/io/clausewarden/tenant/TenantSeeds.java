package io.clausewarden.tenant;

import io.clausewarden.tenant.TenantId;

/** What a new tenant starts with besides its key, such as the bundled playbooks. */
public interface TenantSeeds {
    /** Called inside a transaction bound to the tenant. */
    void seed(TenantId tenant);
}
