package io.clausewarden.crypto;

/** A tenant data key as stored: encrypted under the key-encryption key named by {@code kekId}. */
public record WrappedKey(String kekId, byte[] ciphertext) {
}
