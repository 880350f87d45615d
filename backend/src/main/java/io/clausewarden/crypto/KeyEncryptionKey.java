package io.clausewarden.crypto;

import com.google.crypto.tink.Aead;

/**
 * The key that wraps every tenant's data key: a local keyring file by default, a KMS or a
 * customer-managed key in production. It never leaves its holder; only wrapped keys are stored.
 */
public interface KeyEncryptionKey {
    /** A stable name stored beside each wrapped key, so rotation knows which key wrapped it. */
    String id();

    Aead aead();
}
