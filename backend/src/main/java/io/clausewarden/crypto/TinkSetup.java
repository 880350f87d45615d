package io.clausewarden.crypto;

import com.google.crypto.tink.aead.AeadConfig;

import java.security.GeneralSecurityException;

final class TinkSetup {
    private static volatile boolean registered;

    private TinkSetup() {
    }

    static void register() {
        if (registered) {
            return;
        }
        try {
            AeadConfig.register();
            registered = true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot register AEAD primitives", e);
        }
    }
}
