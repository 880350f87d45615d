package io.clausewarden.addin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the task pane loads Office.js from: Microsoft's CDN by default, or a copy the firm hosts itself,
 * either at another https URL or on this server ({@code /taskpane/vendor/office.js}) for air-gapped firms.
 */
public record OfficeJs(String src) {
    /** The URL the pane's HTML names; the served page has it replaced when another source is configured. */
    public static final String CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    public OfficeJs {
        src = check(src);
    }

    public static OfficeJs cdn() {
        return new OfficeJs(CDN);
    }

    /** A blank value is the CDN. */
    public static OfficeJs of(String configured) {
        return configured == null || configured.isBlank() ? cdn() : new OfficeJs(configured.strip());
    }

    public boolean isCdn() {
        return CDN.equals(src);
    }

    /** The origin a content security policy must allow for the script, or empty when this server serves it. */
    public Optional<String> scriptOrigin() {
        if (src.startsWith("/")) {
            return Optional.empty();
        }
        URI uri = URI.create(src);
        return Optional.of("https://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }

    private static String check(String src) {
        if (src == null || src.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (src.startsWith("/")) {
            if (!LOCAL_PATH.matcher(src).matches() || src.contains("/../") || src.contains("/./") || src.endsWith("/..")) {
                throw new IllegalArgumentException("must be a plain path on this server such as /taskpane/vendor/office.js");
            }
            return src;
        }
        URI uri;
        try {
            uri = new URI(src);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is neither an https URL nor a path on this server");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawPath() == null
                || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException("must be an https URL of the script (no user, query or fragment)"
                    + " or a path on this server such as /taskpane/vendor/office.js");
        }
        if (src.contains("\"") || src.contains("<") || src.contains(">") || src.contains("'")) {
            throw new IllegalArgumentException("must not contain quotes or angle brackets");
        }
        return src;
    }
}
