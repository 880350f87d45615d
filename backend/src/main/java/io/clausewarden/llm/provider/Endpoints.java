package io.clausewarden.llm.provider;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;

/** Splits a configured base URL into the origin the HTTP client connects to and the paths it posts to. */
final class Endpoints {
    private Endpoints() {
    }

    /** @throws IllegalArgumentException unless the URL is absolute http or https with a host */
    static URL origin(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("A model endpoint must be an absolute http or https URL");
        }
        try {
            return new URI(scheme, null, baseUrl.getHost(), baseUrl.getPort(), null, null, null).toURL();
        } catch (java.net.URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException("A model endpoint must be an absolute http or https URL");
        }
    }

    /** The base URL's path, without a trailing slash, followed by {@code suffix}. */
    static String path(URI baseUrl, String suffix) {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path + suffix;
    }
}
