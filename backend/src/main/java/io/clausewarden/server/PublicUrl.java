package io.clausewarden.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address lawyers' Word and browsers reach this server at: {@code https://host[:port]} and nothing
 * else (no path, query, fragment or user), so every URL derived from it (manifest, pane, icons) is
 * {@link #resolve(String) origin plus a path}. Scheme and host are lower-cased; {@code :443} is dropped.
 */
public record PublicUrl(String origin) {
    public PublicUrl {
        origin = parse(origin);
    }

    public static PublicUrl localhost(int port) {
        return new PublicUrl("https://localhost:" + port);
    }

    /** {@code path} starts with a slash. */
    public String resolve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path on the server starts with '/': " + path);
        }
        return origin + path;
    }

    private static String parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty; expected https://host[:port]");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL; expected https://host[:port]");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("must use https (Office loads add-ins over HTTPS only)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must be https://host[:port] with a host name and no user");
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must have no path, query or fragment; expected https://host[:port]");
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("has an invalid port");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return "https://" + host + (port == -1 || port == 443 ? "" : ":" + port);
    }
}
