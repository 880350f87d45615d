package io.clausewarden.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.clausewarden.support.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/** A key-encryption key kept in an owner-only keyset file in the data directory (AES-256-GCM). */
public final class LocalKeyring implements KeyEncryptionKey {
    public static final String FILE_NAME = "master-keyset.json";

    private final String id;
    private final Aead aead;

    private LocalKeyring(String id, Aead aead) {
        this.id = id;
        this.aead = aead;
    }

    public static LocalKeyring openOrCreate(Path file) {
        TinkSetup.register();
        try {
            if (!Files.exists(file)) {
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                OwnerOnlyFiles.write(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get())
                        .getBytes(StandardCharsets.UTF_8));
            }
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            String id = "local:" + handle.getPrimary().getId();
            return new LocalKeyring(id, handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the local keyring", e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Aead aead() {
        return aead;
    }
}
