package io.clausewarden.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.clausewarden.tenant.TenantId;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

/**
 * AES-256-GCM envelope encryption: each tenant has its own data key, stored only wrapped by the
 * key-encryption key. Content is encrypted before it reaches the database.
 */
public final class EnvelopeEncryption {
    private final KeyEncryptionKey kek;
    private final TenantKeyStore store;
    private final Cache<TenantId, Aead> dataKeys = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public EnvelopeEncryption(KeyEncryptionKey kek, TenantKeyStore store) {
        TinkSetup.register();
        this.kek = kek;
        this.store = store;
    }

    /** Creates the tenant's data key; called once when the tenant is created. */
    public void createDataKey(TenantId tenant) {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, kek.aead(), wrappingContext(tenant));
            store.save(tenant, new WrappedKey(kek.id(), wrapped));
            dataKeys.put(tenant, handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot create the tenant data key", e);
        }
    }

    public byte[] encrypt(TenantId tenant, ContentRef ref, byte[] plaintext) {
        try {
            return dataKey(tenant).encrypt(plaintext, ref.associatedData(tenant.toString()));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Encryption failed", e);
        }
    }

    public byte[] decrypt(TenantId tenant, ContentRef ref, byte[] ciphertext) {
        try {
            return dataKey(tenant).decrypt(ciphertext, ref.associatedData(tenant.toString()));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Decryption failed: the ciphertext does not belong here or was altered", e);
        }
    }

    private Aead dataKey(TenantId tenant) {
        return dataKeys.get(tenant, this::unwrap);
    }

    private Aead unwrap(TenantId tenant) {
        WrappedKey wrapped = store.find(tenant)
                .orElseThrow(() -> new CryptoException("The tenant has no data key", null));
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(
                    wrapped.ciphertext(), kek.aead(), wrappingContext(tenant));
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot unwrap the tenant data key", e);
        }
    }

    private static byte[] wrappingContext(TenantId tenant) {
        return ("clausewarden/tenant-key|" + tenant).getBytes(StandardCharsets.UTF_8);
    }
}
