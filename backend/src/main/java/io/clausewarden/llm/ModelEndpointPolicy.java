package io.clausewarden.llm;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which base URLs a tenant administrator may point the server at. The server calls them with clause text and the
 * firm's key, so a tenant must not be able to aim it at internal services. The operator's allow-list names
 * <em>origins</em> (scheme, host and port):
 * <ul>
 *   <li>{@code https://host[:port]} or {@code http://host:port}: exactly that origin and nothing else on the host.
 *       The operator vouches for it, so it may be (or resolve to) a loopback or private address, such as a model
 *       server on the same machine;</li>
 *   <li>{@code *.suffix}: any subdomain of the suffix over https on port 443, for hosted providers; these, like the
 *       built-in defaults, must resolve to public addresses only;</li>
 *   <li>a bare host name (the older form) means {@code https://name:443}. A bare IP address, {@code localhost} or
 *       {@code host:port} is ambiguous and refused: write the origin.</li>
 * </ul>
 * The operator's own endpoint ({@code clausewarden.llm.base-url}) adds exactly its origin. URLs carry no user
 * information, no fragment and no query but {@code api-version} (Azure OpenAI); hosts are a DNS name, a dotted
 * quad or a bracketed IPv6 address, so other spellings of an address (2130706433, 0177.0.0.1, 127.1) are refused.
 * This class checks what a URL says; {@link EgressGuard} adds what its host resolves to.
 */
public final class ModelEndpointPolicy {
    /** The hosted providers, used when the operator lists nothing; the operator's own endpoint is added to these. */
    public static final List<String> DEFAULT_ALLOWED = List.of("https://api.openai.com", "https://api.anthropic.com",
            "*.openai.azure.com");
    public static final int MAX_URL_LENGTH = 2_000;
    static final String SETTING = "clausewarden.llm.allowed-hosts";

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0x[0-9a-f]*");

    /** Where a call goes: scheme, canonical host (lower-case name, dotted quad or bracketed IPv6) and port. */
    public record Origin(String scheme, String host, int port) {
        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }

        public Optional<InetAddress> literal() {
            return PublicAddresses.literal(host);
        }
    }

    /** Why a URL may not be used; {@code destination} when it is well formed but may not be called. */
    public record Refusal(boolean destination, String reason) {
    }

    private record Entry(Origin origin, String suffix, boolean trusted) {
        boolean matches(Origin candidate) {
            if (origin != null) {
                return origin.equals(candidate);
            }
            return candidate.scheme().equals("https") && candidate.port() == 443 && candidate.literal().isEmpty()
                    && candidate.host().endsWith(suffix) && candidate.host().length() > suffix.length();
        }

        String written() {
            return origin != null ? origin.toString() : "*" + suffix;
        }
    }

    private final List<Entry> entries;

    private ModelEndpointPolicy(List<Entry> entries) {
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Entry entry : entries) {
            unique.merge(entry.written(), entry, (a, b) -> a.trusted() ? a : b);
        }
        this.entries = List.copyOf(unique.values());
    }

    /**
     * @param operatorList     the operator's entries; when empty, {@link #DEFAULT_ALLOWED} applies
     * @param operatorEndpoint the operator's own endpoint, whose exact origin is added; may be null
     * @throws IllegalArgumentException naming an entry that is invalid or ambiguous
     */
    public static ModelEndpointPolicy of(Collection<String> operatorList, URI operatorEndpoint) {
        List<Entry> entries = new ArrayList<>();
        boolean listed = operatorList != null && !operatorList.isEmpty();
        for (String entry : listed ? operatorList : DEFAULT_ALLOWED) {
            entries.add(entry(entry, listed));
        }
        if (operatorEndpoint != null) {
            Origin origin = origin(operatorEndpoint).orElseThrow(() ->
                    new IllegalArgumentException("the endpoint has no valid host"));
            entries.add(new Entry(origin, null, true));
        }
        return new ModelEndpointPolicy(entries);
    }

    /** The defaults plus the exact origin of the operator's endpoint, if any. */
    public static ModelEndpointPolicy withDefaults(URI operatorEndpoint) {
        return of(List.of(), operatorEndpoint);
    }

    /** The list in canonical form: origins as {@code scheme://host:port}, wildcards as {@code *.suffix}. */
    public List<String> allowed() {
        return entries.stream().map(Entry::written).toList();
    }

    public boolean allows(String url) {
        return refusal(url).isEmpty();
    }

    /**
     * Why the URL may not be used, written for the person who entered it; empty when it may, as far as the URL
     * itself tells (its host's addresses are {@link EgressGuard}'s to check). The reason never repeats the URL.
     */
    public Optional<Refusal> refusal(String url) {
        if (url == null || url.isBlank()) {
            return malformed("must be a URL");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return malformed("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return malformed("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null) {
            return malformed("must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return malformed("must use https");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return malformed("must not contain a user name or password; send the key as the API key");
        }
        if (uri.getRawFragment() != null) {
            return malformed("must not have a fragment (#…)");
        }
        if (uri.getRawQuery() != null && !onlyApiVersion(uri.getRawQuery())) {
            return malformed("must not have a query other than api-version");
        }
        Optional<Origin> origin = origin(uri);
        if (origin.isEmpty()) {
            // a destination refusal: other spellings of an address (2130706433, 0177.0.0.1, 127.1) land here
            return destination("must name a valid host and port: a DNS name, a dotted-decimal IPv4 address or a "
                    + "bracketed IPv6 address");
        }
        return originRefusal(origin.get());
    }

    /** Why a call to this origin may not be made, judged by the origin alone. */
    public Optional<Refusal> originRefusal(Origin origin) {
        Optional<Entry> entry = entry(origin);
        if (entry.isEmpty()) {
            if (origin.scheme().equals("http")) {
                return destination("must use https (plain http only for an origin the operator lists in " + SETTING + ")");
            }
            return destination("is not an origin on the operator's allow-list (" + SETTING + ")");
        }
        if (!entry.get().trusted() && origin.literal().isPresent()) {
            return addressRefusal(origin, List.of(origin.literal().get()));
        }
        return Optional.empty();
    }

    /** Whether addresses the origin's host resolves to must be checked: not for an origin the operator listed. */
    public boolean needsPublicAddresses(Origin origin) {
        return entry(origin).map(e -> !e.trusted()).orElse(true);
    }

    /** Why connecting to any of these addresses for this origin is not allowed; empty when all are. */
    public Optional<Refusal> addressRefusal(Origin origin, List<InetAddress> addresses) {
        Optional<Refusal> byOrigin = entry(origin).isEmpty() ? originRefusal(origin) : Optional.empty();
        if (byOrigin.isPresent()) {
            return byOrigin;
        }
        if (!needsPublicAddresses(origin)) {
            return Optional.empty();
        }
        if (addresses.isEmpty()) {
            return destination("names a host without addresses");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = PublicAddresses.nonPublicKind(address);
            if (kind.isPresent()) {
                return destination("reaches a " + kind.get() + " address, which only an origin the operator lists in "
                        + SETTING + " may");
            }
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException with the reason when the URL may not be used */
    public URI require(String url) {
        refusal(url).ifPresent(refusal -> {
            throw new IllegalArgumentException("The endpoint " + refusal.reason());
        });
        return URI.create(url.strip());
    }

    /** The origin of an absolute http(s) URL with a valid host and port; empty otherwise. */
    public static Optional<Origin> origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        Optional<String> host = canonicalHost(uri.getHost());
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (host.isEmpty() || port < 1 || port > 65_535) {
            return Optional.empty();
        }
        return Optional.of(new Origin(scheme, host.get(), port));
    }

    /**
     * A URL host in canonical form: a lower-case DNS name without a trailing dot, a dotted quad, or a bracketed
     * compressed IPv6 address (an IPv4-mapped one as its IPv4 address). Empty for anything else, including the
     * numeric spellings some resolvers read as addresses (decimal, octal, hexadecimal, fewer than four parts).
     */
    public static Optional<String> canonicalHost(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String host = raw.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return PublicAddresses.literal(host).map(PublicAddresses::urlForm);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > 253) {
            return Optional.empty();
        }
        String[] labels = host.split("\\.", -1);
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            // only the strict dotted quad is an address; every other numeric spelling is refused
            return labels.length == 4 ? PublicAddresses.literal(host).map(PublicAddresses::urlForm) : Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(host);
    }

    private Optional<Entry> entry(Origin origin) {
        return entries.stream().filter(e -> e.matches(origin)).findFirst();
    }

    private static Entry entry(String written, boolean trusted) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("an entry is blank");
        }
        String entry = written.strip();
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.contains("://")) {
            return new Entry(originEntry(entry), null, trusted);
        }
        if (lower.startsWith("*.")) {
            Optional<String> suffix = canonicalHost(lower.substring(2));
            if (suffix.isEmpty() || !suffix.get().contains(".") || PublicAddresses.literal(suffix.get()).isPresent()) {
                throw new IllegalArgumentException("'" + entry + "' is not *.suffix with a suffix of at least two labels"
                        + " (wildcards are https on port 443 only)");
            }
            return new Entry(null, "." + suffix.get(), false);
        }
        if (lower.contains(":") || lower.contains("/") || lower.contains("*")) {
            throw new IllegalArgumentException("'" + entry + "' is ambiguous: write an origin with its scheme, such as "
                    + "https://models.example:8443 or http://127.0.0.1:11434");
        }
        Optional<String> host = canonicalHost(lower);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + entry + "' is not an origin, a host name or *.suffix");
        }
        if (PublicAddresses.literal(host.get()).isPresent() || host.get().equals("localhost")
                || host.get().endsWith(".localhost")) {
            throw new IllegalArgumentException("'" + entry + "' is ambiguous: an address needs its scheme and port, "
                    + "such as http://127.0.0.1:11434");
        }
        return new Entry(new Origin("https", host.get(), 443), null, trusted);
    }

    private static Origin originEntry(String entry) {
        URI uri;
        try {
            uri = new URI(entry);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + entry + "' is not a valid origin");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(path.isEmpty() || path.equals("/"))) {
            throw new IllegalArgumentException("'" + entry + "' is not an origin: write scheme://host[:port] only");
        }
        Optional<Origin> origin = origin(uri);
        if (origin.isEmpty()) {
            throw new IllegalArgumentException("'" + entry + "' is not an http(s) origin with a valid host and port");
        }
        if (origin.get().scheme().equals("http") && uri.getPort() == -1) {
            throw new IllegalArgumentException("'" + entry + "' is ambiguous: write the port of a plain http origin, "
                    + "such as http://127.0.0.1:11434");
        }
        return origin.get();
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

    private static Optional<Refusal> malformed(String reason) {
        return Optional.of(new Refusal(false, reason));
    }

    private static Optional<Refusal> destination(String reason) {
        return Optional.of(new Refusal(true, reason));
    }
}
