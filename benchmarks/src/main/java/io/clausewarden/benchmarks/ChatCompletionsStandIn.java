package io.clausewarden.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model provider on 127.0.0.1 for load runs: {@code POST /v1/chat/completions} in the OpenAI Chat Completions
 * wire format, answering every question the same way after a fixed latency. Its thread pool is far larger than any
 * bulkhead under test, so the server never limits concurrency; it counts requests and the most that were in
 * flight at once (from arrival until the reply starts), and notes when the first request of a run arrived and the
 * last reply left.
 */
final class ChatCompletionsStandIn implements AutoCloseable {
    static final String ANSWER = "{\"verdict\":\"does_not_meet\",\"confidence\":0.8,"
            + "\"explanation\":\"Benchmark answer.\",\"quote\":null,\"suggested_text\":null}";
    static final int COMPLETION_TOKENS = 20;
    private static final int THREADS = 128;

    static {
        // the JDK server otherwise waits on Nagle's algorithm between small writes on kept-alive connections
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final long latencyMillis;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong firstArrival = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastReply = new AtomicLong(Long.MIN_VALUE);

    ChatCompletionsStandIn(Duration latency) throws IOException {
        this.latencyMillis = latency.toMillis();
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "stand-in-provider");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL a tenant's settings name; the client appends {@code /chat/completions}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int threads() {
        return THREADS;
    }

    int requests() {
        return requests.get();
    }

    int maxConcurrent() {
        return mostInFlight.get();
    }

    int failed() {
        return failed.get();
    }

    /** When the first request since the last {@link #resetWindow()} arrived ({@link System#nanoTime()}). */
    long firstArrivalNanos() {
        return firstArrival.get();
    }

    /** When the last reply since the last {@link #resetWindow()} was written ({@link System#nanoTime()}). */
    long lastReplyNanos() {
        return lastReply.get();
    }

    /** Starts a new window for the concurrency peak and the first/last timestamps; the request count goes on. */
    void resetWindow() {
        mostInFlight.set(0);
        firstArrival.set(Long.MAX_VALUE);
        lastReply.set(Long.MIN_VALUE);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        firstArrival.accumulateAndGet(arrived, Math::min);
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                failed.incrementAndGet();
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            requests.incrementAndGet();
            int requestBytes = drain(exchange.getRequestBody());
            Thread.sleep(latencyMillis);
            int promptTokens = Math.max(1, requestBytes / 4);
            String reply = "{\"id\":\"chatcmpl-bench-" + ids.incrementAndGet() + "\",\"object\":\"chat.completion\","
                    + "\"created\":" + (System.currentTimeMillis() / 1000) + ",\"model\":\"bench-model\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quoted(ANSWER) + "},"
                    + "\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":" + COMPLETION_TOKENS
                    + ",\"total_tokens\":" + (promptTokens + COMPLETION_TOKENS) + "}}";
            byte[] body = reply.getBytes(StandardCharsets.UTF_8);
            // a request stops counting before its reply is sent: once the client has the reply it may send the
            // next request, which would otherwise overlap this handler's bookkeeping and count one too many
            inFlight.decrementAndGet();
            counted = false;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.incrementAndGet();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            lastReply.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    private static int drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
        }
        return total;
    }

    /** The answer as a JSON string literal: it has quotes to escape, nothing else. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
