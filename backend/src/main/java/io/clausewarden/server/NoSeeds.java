package io.clausewarden.server;

import io.clausewarden.tenant.TenantId;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

@Singleton
@Secondary
class NoSeeds implements TenantSeeds {
    @Override
    public void seed(TenantId tenant) {
    }
}
