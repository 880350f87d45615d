package io.clausewarden.testing

import io.clausewarden.llm.EgressGuard
import io.clausewarden.llm.HostResolver
import io.clausewarden.llm.ModelEndpointPolicy
import io.clausewarden.llm.provider.HttpModelClients

/** Egress guards for specs that call stand-ins directly, without a server. */
class Egress {
    /** A guard whose operator lists exactly these stand-ins' origins (and so nothing else on loopback). */
    static EgressGuard allowing(StandInProvider... providers) {
        new EgressGuard(ModelEndpointPolicy.of(providers*.origin(), null), HostResolver.system())
    }

    static HttpModelClients clientsFor(StandInProvider... providers) {
        new HttpModelClients(allowing(providers))
    }
}
