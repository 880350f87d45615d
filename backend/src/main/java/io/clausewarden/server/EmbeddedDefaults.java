package io.clausewarden.server;

import io.clausewarden.support.OwnerOnlyFiles;
import io.clausewarden.transport.DevCertificates;
import io.clausewarden.transport.DevServerCertificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Prepares the data directory before the application context starts and returns the configuration
 * that points the server at it: TLS key store, JWT signing secret, keyring and the embedded database.
 * Operators override each piece with environment variables.
 */
public final class EmbeddedDefaults {
    public static final String DATA_DIR_ENV = "CLAUSEWARDEN_DATA_DIR";
    static final String JWT_SECRET_FILE = "jwt-signing.secret";

    private EmbeddedDefaults() {
    }

    public static Path dataDirectory(Function<String, String> env) {
        String configured = env.apply(DATA_DIR_ENV);
        return Path.of(configured == null || configured.isBlank() ? "./data" : configured).toAbsolutePath().normalize();
    }

    /** The embedding tokenizer unpacks a native library; it goes under the data directory, not the home directory. */
    public static void keepModelCachesIn(Path dataDir) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", dataDir.resolve("cache").resolve("djl").toString());
        }
    }

    public static Map<String, Object> prepare(Path dataDir, Function<String, String> env) {
        try {
            OwnerOnlyFiles.directory(dataDir);
            OwnerOnlyFiles.directory(dataDir.resolve("db"));
            OwnerOnlyFiles.directory(dataDir.resolve("cache"));
            Path keys = OwnerOnlyFiles.directory(dataDir.resolve("keys"));
            Map<String, Object> properties = new HashMap<>();
            properties.put("clausewarden.data-dir", dataDir.toString());
            properties.putAll(tls(dataDir, keys, env));
            properties.put("clausewarden.migration.username", firstSet(env, "DATABASE_MIGRATION_USER", "DATABASE_USER"));
            properties.put("clausewarden.migration.password", firstSet(env, "DATABASE_MIGRATION_PASSWORD", "DATABASE_PASSWORD"));
            String jwtSecret = env.apply("CLAUSEWARDEN_JWT_SECRET");
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                    jwtSecret != null && !jwtSecret.isBlank() ? jwtSecret : secretFile(keys.resolve(JWT_SECRET_FILE)));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir, e);
        }
    }

    private static Map<String, Object> tls(Path dataDir, Path keys, Function<String, String> env) throws IOException {
        String keyStore = env.apply("CLAUSEWARDEN_TLS_KEY_STORE");
        if (keyStore != null && !keyStore.isBlank()) {
            return Map.of(
                    "micronaut.server.ssl.key-store.path", "file:" + Path.of(keyStore).toAbsolutePath(),
                    "micronaut.server.ssl.key-store.password", nullToEmpty(env.apply("CLAUSEWARDEN_TLS_KEY_STORE_PASSWORD")),
                    "clausewarden.tls.development", false);
        }
        DevCertificates.Material material = DevCertificates.ensure(OwnerOnlyFiles.directory(dataDir.resolve("tls")), keys);
        return Map.of(
                "micronaut.server.ssl.key-name", DevServerCertificates.NAME,
                // protects the in-memory server key only; new on every start
                "micronaut.server.ssl.key.password", DevCertificates.randomPassword(),
                "clausewarden.tls.development", true,
                "clausewarden.tls.new-authority", material.newAuthority(),
                "clausewarden.tls.ca-pem", material.caPem().toString(),
                "clausewarden.tls.ca-key-store", material.caKeyStore().toString(),
                "clausewarden.tls.ca-password-file", material.caPasswordFile().toString(),
                "clausewarden.tls.trust-store-password", material.trustStorePassword());
    }

    private static String secretFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            OwnerOnlyFiles.write(file, Base64.getEncoder().encode(secret));
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    private static String firstSet(Function<String, String> env, String preferred, String fallback) {
        String value = env.apply(preferred);
        return nullToEmpty(value == null || value.isEmpty() ? env.apply(fallback) : value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
