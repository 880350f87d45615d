package io.clausewarden.testing

import com.google.common.net.InetAddresses
import io.clausewarden.llm.HostResolver
import io.micronaut.context.annotation.Replaces
import io.micronaut.context.annotation.Requires
import jakarta.inject.Singleton

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A resolver whose answers a spec scripts, and which records every name it was asked for. It never asks DNS: a
 * name without a scripted answer does not resolve. The server uses it in place of the system's resolver when a
 * spec sets {@code clausewarden.test.scripted-resolver: true}; specs also use it directly.
 */
@Singleton
@Replaces(HostResolver)
@Requires(property = 'clausewarden.test.scripted-resolver', value = 'true')
class ScriptedHostResolver implements HostResolver {
    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>()
    final List<String> asked = new CopyOnWriteArrayList<>()

    /** From now on {@code name} resolves to these addresses (IP literals, in this order). */
    ScriptedHostResolver answer(String name, String... addresses) {
        answers[name.toLowerCase(Locale.ROOT)] = addresses.collect { InetAddresses.forString(it) }
        this
    }

    int timesAsked(String name) {
        asked.count { it == name.toLowerCase(Locale.ROOT) } as int
    }

    @Override
    List<InetAddress> resolve(String hostName) throws UnknownHostException {
        String name = hostName.toLowerCase(Locale.ROOT)
        asked << name
        List<InetAddress> addresses = answers[name]
        if (addresses == null) {
            throw new UnknownHostException('No scripted answer for this name')
        }
        addresses
    }
}
