package io.clausewarden.llm.runtime;

import io.clausewarden.llm.HostResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Host names resolved by the JVM, as every other connection of the process is. */
@Singleton
class SystemHostResolver implements HostResolver {
    private final HostResolver system = HostResolver.system();

    @Override
    public List<InetAddress> resolve(String hostName) throws UnknownHostException {
        return system.resolve(hostName);
    }
}
