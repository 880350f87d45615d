package io.clausewarden.llm.runtime;

import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.HostResolver;
import io.clausewarden.llm.store.ServerModelSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The node's egress guard for model calls: the operator's policy and the resolver (the system's unless replaced). */
@Factory
class EgressFactory {
    @Singleton
    EgressGuard egressGuard(ServerModelSettings server, HostResolver resolver) {
        return new EgressGuard(server.endpointPolicy(), resolver);
    }
}
