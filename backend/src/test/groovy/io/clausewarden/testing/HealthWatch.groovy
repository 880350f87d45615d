package io.clausewarden.testing

import javax.net.ssl.SSLContext
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Polls {@code /health} on a connection of its own while an attack runs, and records how long each
 * answer took. An attack spec asserts that every poll answered 200 within a second.
 *
 * <pre>
 * def watch = HealthWatch.start(server.URL, ServerSpec.DATA_DIR)
 * ... attack ...
 * watch.stop()
 * watch.slowest() &lt; Duration.ofSeconds(1)
 * </pre>
 */
class HealthWatch {
    static final Duration INTERVAL = Duration.ofMillis(100)
    static final Duration PATIENCE = Duration.ofSeconds(5)

    final List<Duration> latencies = new CopyOnWriteArrayList<>()
    final List<String> failures = new CopyOnWriteArrayList<>()
    private final HttpClient http
    private final URI health
    private volatile boolean running = true
    private final Thread thread

    private HealthWatch(URL server, SSLContext tls) {
        http = HttpClient.newBuilder().sslContext(tls).connectTimeout(PATIENCE).build()
        health = URI.create(server.toString().replaceAll('/+$', '') + '/health')
        thread = Thread.start('health-watch') {
            while (running) {
                poll()
                sleep(INTERVAL.toMillis())
            }
        }
    }

    /** Starts polling a server whose certificate chains to the development CA in {@code dataDir}. */
    static HealthWatch start(URL server, Path dataDir) {
        new HealthWatch(server, DevTrust.context(dataDir))
    }

    /** Stops polling and waits for the poll in flight. */
    HealthWatch stop() {
        running = false
        thread.join(PATIENCE.toMillis() * 2)
        this
    }

    int polls() {
        latencies.size() + failures.size()
    }

    /** The slowest answer, or {@link #PATIENCE} when a poll failed or none was made. */
    Duration slowest() {
        if (!failures.isEmpty() || latencies.isEmpty()) {
            return PATIENCE
        }
        latencies.max()
    }

    /** True when at least {@code minimum} polls were made and each answered 200 within {@code limit}. */
    boolean healthyWithin(Duration limit, int minimum = 3) {
        polls() >= minimum && failures.isEmpty() && slowest() < limit
    }

    @Override
    String toString() {
        "HealthWatch(polls=${polls()}, slowest=${latencies ? latencies.max() : 'none'}, failures=${failures})"
    }

    private void poll() {
        long start = System.nanoTime()
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(health).timeout(PATIENCE).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
            Duration took = Duration.ofNanos(System.nanoTime() - start)
            if (answer.statusCode() == 200) {
                latencies << took
            } else {
                failures << "status ${answer.statusCode()} after ${took.toMillis()} ms".toString()
            }
        } catch (IOException | InterruptedException e) {
            failures << "${e.class.simpleName} after ${Duration.ofNanos(System.nanoTime() - start).toMillis()} ms".toString()
        }
    }
}
