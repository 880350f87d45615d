package io.clausewarden.server;

import io.clausewarden.support.OwnerOnlyFiles;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The JVM cannot set the process umask, and the embedded database creates its files with the default
 * modes: once everything has started, every file under the data directory is made owner-only. The
 * directories themselves are owner-only from the first moment, so nothing is readable by others in
 * between.
 */
@Singleton
class DataDirectoryGuard {
    private final Path dataDir;

    DataDirectoryGuard(@Value("${clausewarden.data-dir}") String dataDir) {
        this.dataDir = Path.of(dataDir);
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        try {
            OwnerOnlyFiles.tighten(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data directory owner-only: " + dataDir, e);
        }
    }
}
