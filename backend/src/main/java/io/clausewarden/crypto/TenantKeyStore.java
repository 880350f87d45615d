package io.clausewarden.crypto;

import io.clausewarden.tenant.TenantId;

import java.util.Optional;

/** Where wrapped tenant data keys live; the caller's transaction is bound to that tenant. */
public interface TenantKeyStore {
    Optional<WrappedKey> find(TenantId tenant);

    void save(TenantId tenant, WrappedKey key);
}
