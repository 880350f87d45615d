package io.clausewarden.llm.provider;

import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The HTTP client's only way from a host name to a socket address: each new connection of one provider client asks
 * the {@link EgressGuard}, which resolves the host, checks every address and hands back one of them, and the
 * connection is made to exactly that address. A refusal fails the connection before a byte is sent. Like Netty's
 * default resolver, it resolves on the connection's event loop.
 */
final class GuardedResolverGroup extends AddressResolverGroup<InetSocketAddress> {
    private final EgressGuard guard;
    private final ModelEndpointPolicy.Origin origin;

    /** @param origin the client's origin; null refuses every connection */
    GuardedResolverGroup(EgressGuard guard, ModelEndpointPolicy.Origin origin) {
        this.guard = guard;
        this.origin = origin;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetNameResolver(executor) {
            @Override
            protected void doResolve(String host, Promise<InetAddress> promise) {
                try {
                    promise.setSuccess(guard.connectable(origin, host));
                } catch (Exception e) {
                    promise.setFailure(e);
                }
            }

            @Override
            protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                try {
                    promise.setSuccess(List.of(guard.connectable(origin, host)));
                } catch (Exception e) {
                    promise.setFailure(e);
                }
            }
        }.asAddressResolver();
    }
}
