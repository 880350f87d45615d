package io.clausewarden.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which base URLs a tenant administrator may point the server at. The server calls these URLs with
 * clause text, so a tenant must not be able to aim it at internal services: the host has to be on the
 * operator's allow-list (exact names, or {@code *.suffix} for any subdomain of a suffix), the scheme is
 * https (http only for a loopback address, such as a model server on the same machine), and the URL
 * carries no user information, no fragment and no query but {@code api-version} (Azure OpenAI).
 * Host names are compared as written and never resolved.
 */
public final class ModelEndpointPolicy {
    /** The hosted providers; the operator's own endpoint host is added to these. */
    public static final List<String> DEFAULT_ALLOWED_HOSTS = List.of("api.openai.com", "api.anthropic.com",
            "*.openai.azure.com");
    public static final int MAX_URL_LENGTH = 2_000;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_LOOPBACK = Pattern.compile("(0{0,4}:){2,7}0{0,3}1|::1");

    private final List<String> allowedHosts;

    /** @throws IllegalArgumentException for an entry that is neither a host name, an IP address nor {@code *.suffix} */
    public ModelEndpointPolicy(Collection<String> allowedHosts) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : allowedHosts) {
            hosts.add(normaliseEntry(entry));
        }
        this.allowedHosts = List.copyOf(hosts);
    }

    /** The default allow-list plus the host of the operator's configured endpoint, if any. */
    public static ModelEndpointPolicy withDefaults(URI operatorEndpoint) {
        List<String> hosts = new ArrayList<>(DEFAULT_ALLOWED_HOSTS);
        if (operatorEndpoint != null && operatorEndpoint.getHost() != null) {
            hosts.add(operatorEndpoint.getHost());
        }
        return new ModelEndpointPolicy(hosts);
    }

    public List<String> allowedHosts() {
        return allowedHosts;
    }

    public boolean allows(String url) {
        return refusal(url).isEmpty();
    }

    /**
     * Why the URL may not be used, written for the person who entered it; empty when it may. The reason
     * never repeats the URL.
     */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("must be a URL");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null) {
            return Optional.of("must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must use https");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return Optional.of("must not contain a user name or password; send the key as the API key");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#…)");
        }
        if (uri.getRawQuery() != null && !onlyApiVersion(uri.getRawQuery())) {
            return Optional.of("must not have a query other than api-version");
        }
        String host = host(uri);
        if (host == null) {
            return Optional.of("must name a valid host");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            return Optional.of("must use https (plain http is allowed only for a loopback address)");
        }
        if (!hostAllowed(host)) {
            return Optional.of("names a host that is not on the operator's allow-list (clausewarden.llm.allowed-hosts)");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException with the reason when the URL may not be used */
    public URI require(String url) {
        refusal(url).ifPresent(reason -> {
            throw new IllegalArgumentException("The endpoint " + reason);
        });
        return URI.create(url.strip());
    }

    boolean hostAllowed(String host) {
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.")) {
                String suffix = allowed.substring(1);
                if (host.endsWith(suffix) && host.length() > suffix.length()) {
                    return true;
                }
            } else if (allowed.equals(host)) {
                return true;
            }
        }
        return false;
    }

    /** localhost, 127.0.0.0/8 or ::1, as written in the URL. */
    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return IPV6_LOOPBACK.matcher(host.substring(1, host.length() - 1)).matches();
        }
        var ipv4 = IPV4.matcher(host);
        if (!ipv4.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(ipv4.group(i)) > 255) {
                return false;
            }
        }
        return ipv4.group(1).equals("127");
    }

    /** The host in lower case without a trailing dot, or null when the URL has none we can vouch for. */
    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("[")) {
            return host;
        }
        return validHostName(host) ? host : null;
    }

    private static boolean validHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyApiVersion(String rawQuery) {
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.equals("api-version") || equals < 0 || equals == pair.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseEntry(String entry) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("An allowed host cannot be blank");
        }
        String host = entry.strip().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.contains(":")) {
            // an IPv6 address: URLs write it in brackets, and so does URI.getHost
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!bare.matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not a host name, an IP address or *.suffix");
            }
            return "[" + bare + "]";
        }
        String name = host.startsWith("*.") ? host.substring(2) : host;
        if (name.contains("*") || !validHostName(name) || (host.startsWith("*.") && !name.contains("."))) {
            throw new IllegalArgumentException("'" + entry.strip() + "' is not a host name, an IP address or *.suffix");
        }
        return host;
    }
}
