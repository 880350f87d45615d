package io.clausewarden.llm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses a model call may connect to. The egress guard checks every address it
 * returns and the connection goes to one of exactly those, so a name cannot be checked against one answer and
 * connected to by another. The system resolver asks the JVM (and so the operating system and DNS); specs script
 * their own.
 */
public interface HostResolver {
    /** @throws UnknownHostException when the name has no address */
    List<InetAddress> resolve(String hostName) throws UnknownHostException;

    static HostResolver system() {
        return hostName -> List.of(InetAddress.getAllByName(hostName));
    }
}
