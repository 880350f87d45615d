package io.clausewarden.server;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/** Tells a newcomer where things are once the server listens. */
@Singleton
public class StartupBanner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final String dataDir;
    private final String caPem;
    private final boolean newAuthority;

    public StartupBanner(@Value("${clausewarden.data-dir}") String dataDir,
                         @Value("${clausewarden.tls.ca-pem:}") String caPem,
                         @Value("${clausewarden.tls.new-authority:false}") boolean newAuthority) {
        this.dataDir = dataDir;
        this.caPem = caPem;
        this.newAuthority = newAuthority;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        String base = "https://localhost:" + event.getSource().getPort();
        StringBuilder out = new StringBuilder("\n  Clausewarden is running\n")
                .append("    Health:       ").append(base).append("/health\n")
                .append("    Sign in:      POST ").append(base).append("/api/v1/auth/login\n")
                .append("    Review:       POST ").append(base).append("/api/v1/reviews\n")
                .append("    Playbooks:    GET  ").append(base).append("/api/v1/playbooks\n")
                .append("    Data:         ").append(dataDir).append('\n');
        if (!caPem.isBlank()) {
            out.append("    Development CA (trust it, e.g. curl --cacert): ").append(caPem).append('\n');
            if (newAuthority) {
                out.append("    This start created a new development CA (loopback names only, two years):\n")
                        .append("    trust it again and remove an earlier Clausewarden Development CA from your trust store.\n");
            }
        }
        if (!HeapBound.set(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            long maxMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            LOG.warn("The heap is not bounded (the JVM chose {} MiB): run the server with @backend/jvm.options,"
                    + " see docs/operations.md, Memory", maxMib);
        }
        System.out.println(out);
    }
}
