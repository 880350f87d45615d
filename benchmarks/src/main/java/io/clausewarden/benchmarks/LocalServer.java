package io.clausewarden.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * {@code backend/target/clausewarden.jar} started with embedded defaults in a data directory and port of its own,
 * signed in as its first administrator, for probes that measure the real server over HTTPS on loopback.
 */
final class LocalServer {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EMAIL = "probe@example.test";
    private static final String PASSWORD = "probe password " + UUID.randomUUID();

    /** One request's HTTP status and wall time. */
    record Answer(int status, long millis) {
    }

    private final Path jar;
    private final int port;
    private final Path dataDir;
    private final List<String> jvm;
    private Process server;
    private HttpClient http;
    private String token;

    LocalServer(Path jar, int port, Path dataDir, List<String> jvm) {
        this.jar = jar;
        this.port = port;
        this.dataDir = dataDir;
        this.jvm = List.copyOf(jvm);
    }

    Path dataDir() {
        return dataDir;
    }

    List<String> jvm() {
        return jvm;
    }

    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().put("CLAUSEWARDEN_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("CLAUSEWARDEN_PORT", Integer.toString(port));
        builder.environment().put("CLAUSEWARDEN_ADMIN_EMAIL", EMAIL);
        builder.environment().put("CLAUSEWARDEN_ADMIN_PASSWORD", PASSWORD);
        server = builder.start();
        Path truststore = dataDir.resolve("data/tls/truststore.p12");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(dataDir.resolve("data/tls/keystore.password")) || !Files.exists(truststore)) {
            waitOrFail(deadline);
        }
        SSLContext tls = null;
        while (tls == null) {
            try {
                tls = trusting(truststore);
            } catch (IOException e) {
                waitOrFail(deadline); // the server is still writing its trust store
            }
        }
        http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        while (true) {
            try {
                if (http.send(get("/health"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            waitOrFail(deadline);
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        token = (String) new ObjectMapper().readValue(login.body(), Map.class).get("access_token");
        if (token == null) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode());
        }
    }

    private void waitOrFail(long deadline) throws InterruptedException {
        if (!server.isAlive() || System.nanoTime() > deadline) {
            throw new IllegalStateException("the server did not start; see " + dataDir.resolve("server.log"));
        }
        Thread.sleep(200);
    }

    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    long pid() {
        return server.pid();
    }

    Answer upload(String name, byte[] content, String type) throws IOException, InterruptedException {
        Reviewed reviewed = review(name, content, type);
        return new Answer(reviewed.status(), reviewed.millis());
    }

    /** A review's HTTP status, wall time and body (the report, or a problem). */
    record Reviewed(int status, long millis, String body) {
    }

    /** Uploads a document for review and waits for the report. */
    Reviewed review(String name, byte[] content, String type) throws IOException, InterruptedException {
        String boundary = "probe" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/reviews"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Reviewed(response.statusCode(), (System.nanoTime() - start) / 1_000_000, response.body());
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    SSLContext trusting(Path truststore) throws Exception {
        char[] password = Files.readString(dataDir.resolve("data/tls/keystore.password")).trim().toCharArray();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            trust.load(in, password);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /**
     * The server runs as README.md runs it, with {@code backend/jvm.options} ({@code --jvm-file none} for a
     * bare {@code java -jar}), followed by any {@code --jvm} options.
     */
    static List<String> jvmOptions(Map<String, String> options) {
        List<String> jvm = new ArrayList<>();
        String file = options.getOrDefault("jvm-file", "backend/jvm.options");
        if (!file.equals("none")) {
            jvm.add("@" + Path.of(file).toAbsolutePath());
        }
        if (options.containsKey("jvm")) {
            jvm.addAll(List.of(options.get("jvm").split(" ")));
        }
        return jvm;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
