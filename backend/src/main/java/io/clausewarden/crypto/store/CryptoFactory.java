package io.clausewarden.crypto.store;

import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.crypto.KeyEncryptionKey;
import io.clausewarden.crypto.LocalKeyring;
import io.clausewarden.crypto.TenantKeyStore;
import io.clausewarden.crypto.WrappedKey;
import io.clausewarden.tenant.TenantId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

@Factory
class CryptoFactory {
    @Singleton
    KeyEncryptionKey localKeyring(@Property(name = "clausewarden.data-dir") String dataDir) {
        return LocalKeyring.openOrCreate(Path.of(dataDir, "keys", LocalKeyring.FILE_NAME));
    }

    @Singleton
    TenantKeyStore tenantKeyStore(TenantKeyRepository repository, Clock clock) {
        return new TenantKeyStore() {
            @Override
            public Optional<WrappedKey> find(TenantId tenant) {
                return repository.findByTenantId(tenant.value()).map(row -> new WrappedKey(row.kekId(), row.wrappedKey()));
            }

            @Override
            public void save(TenantId tenant, WrappedKey key) {
                repository.save(new TenantKeyRow(tenant.value(), key.kekId(), key.ciphertext(), clock.instant()));
            }
        };
    }

    @Singleton
    EnvelopeEncryption envelopeEncryption(KeyEncryptionKey kek, TenantKeyStore store) {
        return new EnvelopeEncryption(kek, store);
    }
}
