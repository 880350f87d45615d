package io.clausewarden.addin;

import io.clausewarden.server.PublicUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the Word add-in manifest (XML, add-in only, TaskPaneApp) for one server: the public URL is the only
 * thing that differs between installs. Used by {@code GET /addin/manifest.xml} and the {@code manifest}
 * command alike.
 *
 * <p>The manifest {@code Id} is a name-based UUID (RFC 9562 version 5) of the public URL unless the operator
 * fixes one: every node behind a load balancer and the command line on any machine write the same Id for the
 * same server without sharing a file, and a server that moves to a new address is a new add-in for Office,
 * which it is (the old manifest's URLs no longer work).
 */
public final class AddinManifest {
    /** The namespace of Clausewarden's add-in Ids (a random UUID chosen once; never change it). */
    static final UUID ID_NAMESPACE = UUID.fromString("4c2f8a51-93d6-4e0b-b7a4-1f6e2d9c8b35");
    private static final String TEMPLATE = loadTemplate();

    private final PublicUrl url;
    private final UUID id;

    public AddinManifest(PublicUrl url, Optional<UUID> fixedId) {
        this.url = url;
        this.id = fixedId.orElseGet(() -> idFor(url));
    }

    public UUID id() {
        return id;
    }

    public String xml() {
        return TEMPLATE.replace("{{ID}}", id.toString()).replace("{{ORIGIN}}", escape(url.origin()));
    }

    /** Version 5 (SHA-1) name-based UUID of the origin in {@link #ID_NAMESPACE}. */
    static UUID idFor(PublicUrl url) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes(ID_NAMESPACE));
            byte[] hash = sha1.digest(url.origin().getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long most = 0;
            long least = 0;
            for (int i = 0; i < 8; i++) {
                most = (most << 8) | (hash[i] & 0xff);
                least = (least << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(most, least);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static byte[] bytes(UUID uuid) {
        byte[] out = new byte[16];
        long most = uuid.getMostSignificantBits();
        long least = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (most >>> (56 - 8 * i));
            out[i + 8] = (byte) (least >>> (56 - 8 * i));
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String loadTemplate() {
        try (InputStream in = AddinManifest.class.getResourceAsStream("/addin/manifest-template.xml")) {
            if (in == null) {
                throw new IllegalStateException("addin/manifest-template.xml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
