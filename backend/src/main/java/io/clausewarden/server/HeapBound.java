package io.clausewarden.server;

import java.util.List;

/**
 * Whether the JVM was given a heap limit. Without one the heap defaults to a quarter of the machine's
 * memory and grows with every burst of uploads instead of being collected (docs/operations.md, "Memory").
 */
final class HeapBound {
    private static final List<String> LIMITING = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=",
            "-XX:MaxRAMPercentage=", "-XX:MaxRAMFraction=");

    private HeapBound() {
    }

    static boolean set(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> LIMITING.stream().anyMatch(argument::startsWith));
    }
}
