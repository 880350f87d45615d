package io.clausewarden.llm;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Where model calls may go: the {@link ModelEndpointPolicy} plus what host names resolve to. A firm's endpoint is
 * checked when an administrator sets it and again on every new connection, where the host is resolved, every
 * address is checked, and the connection goes to a checked address (so a name cannot answer one address to the
 * check and another to the connection).
 */
public final class EgressGuard {
    /** A connection the policy does not allow; its message names the origin and the reason, nothing sent. */
    public static final class Refused extends UnknownHostException {
        public Refused(String message) {
            super(message);
        }
    }

    private final ModelEndpointPolicy policy;
    private final HostResolver resolver;

    public EgressGuard(ModelEndpointPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    public ModelEndpointPolicy policy() {
        return policy;
    }

    /**
     * Why the URL may not be configured (the policy's verdict, then its host's addresses); empty when it may.
     * A host that does not resolve now is refused: a firm's endpoint has to be reachable to be of use.
     */
    public Optional<ModelEndpointPolicy.Refusal> refusal(String url) {
        Optional<ModelEndpointPolicy.Refusal> byUrl = policy.refusal(url);
        if (byUrl.isPresent()) {
            return byUrl;
        }
        ModelEndpointPolicy.Origin origin = ModelEndpointPolicy.origin(URI.create(url.strip())).orElseThrow();
        if (!policy.needsPublicAddresses(origin) || origin.literal().isPresent()) {
            return Optional.empty();
        }
        try {
            return policy.addressRefusal(origin, resolver.resolve(origin.host()));
        } catch (UnknownHostException e) {
            return Optional.of(new ModelEndpointPolicy.Refusal(true, "names a host that does not resolve"));
        }
    }

    /**
     * The one address a new connection to {@code origin} may use, after checking every address its host resolves
     * to.
     *
     * @param host the host the HTTP client asks for, which must be the origin's
     * @throws Refused when the origin or any of its addresses is not allowed
     * @throws UnknownHostException when the host does not resolve
     */
    public InetAddress connectable(ModelEndpointPolicy.Origin origin, String host) throws UnknownHostException {
        if (origin == null) {
            throw new Refused("A model endpoint without a valid origin was refused");
        }
        String bracketed = host != null && host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        Optional<String> asked = ModelEndpointPolicy.canonicalHost(bracketed);
        if (asked.isEmpty() || !asked.get().equals(origin.host())) {
            throw new Refused("A connection for " + origin + " asked for another host and was refused");
        }
        Optional<ModelEndpointPolicy.Refusal> byOrigin = policy.originRefusal(origin);
        if (byOrigin.isPresent()) {
            throw new Refused("The model endpoint " + origin + " was refused: it " + byOrigin.get().reason());
        }
        List<InetAddress> addresses = origin.literal().map(List::of).orElse(null);
        if (addresses == null) {
            addresses = List.copyOf(resolver.resolve(origin.host()));
        }
        Optional<ModelEndpointPolicy.Refusal> byAddress = policy.addressRefusal(origin, addresses);
        if (byAddress.isPresent()) {
            throw new Refused("The model endpoint " + origin + " was refused: its host " + byAddress.get().reason());
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException("No address for " + origin);
        }
        return addresses.get(0);
    }
}
