package io.clausewarden.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Memory and liveness of the real server while it ingests large and hostile .docx uploads. Starts
 * {@code backend/target/clausewarden.jar} with embedded defaults in a data directory and port of its own, and
 * reads its resident set from {@code /proc/<pid>/status}: VmRSS sampled every 10 ms, and VmHWM (the peak,
 * reset before each phase through {@code /proc/<pid>/clear_refs}).
 * <ol>
 *   <li>idle: after start-up and one small text review (so the classifier is loaded), the median of 3 s of samples;</li>
 *   <li>hostile: an 11 MB .docx whose document.xml inflates to 95 MiB ({@code --repeat} times);</li>
 *   <li>four hostile uploads at once, while /health is polled every 100 ms on a connection of its own;</li>
 *   <li>legitimate: an 11 MB .docx, a 100-page contract with two large photos, reviewed ({@code --repeat} times);</li>
 *   <li>four legitimate uploads at once, /health polled as above.</li>
 * </ol>
 * Figures are MiB above idle: the highest sample while the upload ran, the VmHWM peak, and VmRSS 3 s after.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.clausewarden.benchmarks.IngestionProbe
 * [--jar backend/target/clausewarden.jar] [--port 18443] [--repeat 3] [--jvm-file backend/jvm.options|none] [--jvm "-XX:NativeMemoryTracking=summary"] [--out benchmarks/results/ingestion.json]}
 */
public final class IngestionProbe {
    private static final long MIB = 1024 * 1024;
    private final LocalServer server;

    private IngestionProbe(LocalServer server) {
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LocalServer.options(args);
        Path jar = Path.of(options.getOrDefault("jar", "backend/target/clausewarden.jar"));
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results/ingestion.json"));
        IngestionProbe probe = new IngestionProbe(new LocalServer(jar,
                Integer.parseInt(options.getOrDefault("port", "18443")), Files.createTempDirectory("clausewarden-probe"),
                LocalServer.jvmOptions(options)));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", Instant.now().toString());
        results.put("java", System.getProperty("java.version"));
        results.put("server_jvm_options", String.join(" ", probe.server.jvm()));
        try {
            results.putAll(probe.run(repeat));
        } finally {
            probe.server.stop();
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), results);
        System.out.println(json.writeValueAsString(results));
    }

    private Map<String, Object> run(int repeat) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        byte[] legitimate = legitimateDocx();
        byte[] hostile = hostileDocx(95 * MIB);
        results.put("legitimate_upload_bytes", legitimate.length);
        results.put("hostile_upload_bytes", hostile.length);
        server.start();
        server.upload("warm-up.txt", "Governing Law. This Agreement is governed by the laws of the State of Texas."
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        Thread.sleep(5000);
        long idle = idleRss();
        results.put("idle_rss_mib", mib(idle));
        if (server.jvm().stream().anyMatch(option -> option.startsWith("-XX:NativeMemoryTracking"))) {
            results.put("jvm_committed_mib_idle", nativeMemory());
        }
        List<Map<String, Object>> bad = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            bad.add(phase(idle, () -> List.of(server.upload("contract.docx", hostile, LocalServer.DOCX))));
        }
        results.put("hostile", bad);
        HealthPoller health = new HealthPoller();
        Map<String, Object> four = phase(idle, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<LocalServer.Answer>> all = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    all.add(CompletableFuture.supplyAsync(() -> uploadUnchecked(hostile), pool));
                }
                return all.stream().map(CompletableFuture::join).toList();
            } finally {
                pool.shutdown();
            }
        });
        four.putAll(health.stop());
        results.put("four_hostile_at_once", four);
        List<Map<String, Object>> legit = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            legit.add(phase(idle, () -> List.of(server.upload("contract.docx", legitimate, LocalServer.DOCX))));
        }
        results.put("legitimate", legit);
        HealthPoller busy = new HealthPoller();
        Map<String, Object> fourLegit = phase(idle, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<LocalServer.Answer>> all = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    all.add(CompletableFuture.supplyAsync(() -> uploadUnchecked(legitimate), pool));
                }
                return all.stream().map(CompletableFuture::join).toList();
            } finally {
                pool.shutdown();
            }
        });
        fourLegit.putAll(busy.stop());
        results.put("four_legitimate_at_once", fourLegit);
        return results;
    }


    private interface Work {
        List<LocalServer.Answer> run() throws Exception;
    }

    private Map<String, Object> phase(long idle, Work work) throws Exception {
        clearPeak();
        RssSampler sampler = new RssSampler(server.pid());
        long start = System.nanoTime();
        List<LocalServer.Answer> answers = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peakSample = sampler.stop();
        long hwm = status("VmHWM");
        Thread.sleep(3000);
        long after = status("VmRSS");
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("statuses", answers.stream().map(LocalServer.Answer::status).toList());
        phase.put("request_ms", answers.stream().map(LocalServer.Answer::millis).toList());
        phase.put("wall_ms", millis);
        phase.put("rss_peak_sampled_above_idle_mib", mib(peakSample - idle));
        phase.put("vmhwm_above_idle_mib", mib(hwm - idle));
        phase.put("rss_3s_after_above_idle_mib", mib(after - idle));
        if (server.jvm().stream().anyMatch(option -> option.startsWith("-XX:NativeMemoryTracking"))) {
            phase.put("jvm_committed_mib_after", nativeMemory());
        }
        System.out.println(phase);
        return phase;
    }

    // ----- the server

    private LocalServer.Answer uploadUnchecked(byte[] docx) {
        try {
            return server.upload("contract.docx", docx, LocalServer.DOCX);
        } catch (IOException | InterruptedException e) {
            return new LocalServer.Answer(-1, -1);
        }
    }


    /** Polls /health every 100 ms on a client of its own and keeps each answer's time. */
    private final class HealthPoller {
        private final List<Long> millis = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private volatile boolean running = true;
        private final Thread thread;

        HealthPoller() throws Exception {
            HttpClient own = HttpClient.newBuilder().sslContext(server.trusting(server.dataDir().resolve("data/tls/truststore.p12")))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            thread = new Thread(() -> {
                while (running) {
                    long start = System.nanoTime();
                    try {
                        int status = own.send(server.get("/health"), HttpResponse.BodyHandlers.discarding()).statusCode();
                        long took = (System.nanoTime() - start) / 1_000_000;
                        synchronized (this) {
                            if (status == 200) {
                                millis.add(took);
                            } else {
                                failures.add("status " + status);
                            }
                        }
                        Thread.sleep(100);
                    } catch (IOException e) {
                        synchronized (this) {
                            failures.add(e.getClass().getSimpleName());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "health-poller");
            thread.start();
        }

        Map<String, Object> stop() throws InterruptedException {
            running = false;
            thread.join(15_000);
            Map<String, Object> out = new LinkedHashMap<>();
            synchronized (this) {
                out.put("health_polls", millis.size() + failures.size());
                out.put("health_failures", failures);
                out.put("health_max_ms", millis.stream().mapToLong(Long::longValue).max().orElse(-1));
                out.put("health_median_ms", millis.stream().sorted().skip(millis.size() / 2).findFirst().orElse(-1L));
            }
            return out;
        }
    }

    /**
     * The JVM's own account of committed memory by category (heap, class metadata, threads, code, GC,
     * "Other" for direct buffers), from {@code jcmd VM.native_memory}; what the resident set holds beyond
     * its total belongs to native libraries (ONNX Runtime) and the C allocator.
     */
    private Map<String, Double> nativeMemory() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(server.pid()), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String report = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, Double> committed = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^\\s*(?:-\\s*)?([A-Za-z][A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB")
                .matcher(report);
        while (m.find()) {
            committed.put(m.group(1).trim(), Math.round(Long.parseLong(m.group(2)) / 102.4) / 10.0);
        }
        return committed;
    }

    // ----- /proc

    private long idleRss() throws Exception {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            samples.add(status("VmRSS"));
            Thread.sleep(100);
        }
        return samples.stream().sorted().toList().get(samples.size() / 2);
    }

    /** Resets VmHWM to the current resident set (Linux 4.0+: writing 5 to clear_refs). */
    private void clearPeak() {
        try {
            Files.writeString(Path.of("/proc/" + server.pid() + "/clear_refs"), "5");
        } catch (IOException e) {
            System.err.println("VmHWM cannot be reset here; its figure is the process's peak since start");
        }
    }

    private long status(String field) throws IOException {
        return status(server.pid(), field);
    }

    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
    }

    /** The highest VmRSS seen every 10 ms until stopped. */
    private static final class RssSampler {
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread;

        RssSampler(long pid) {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        max = Math.max(max, status(pid, "VmRSS"));
                        Thread.sleep(10);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max;
        }
    }

    // ----- inputs

    /** About 11 MB: a 100-page contract (LongDocx) with two photos of 5.4 MB that do not compress. */
    static byte[] legitimateDocx() throws Exception {
        byte[] contract = LongDocx.build(40_000);
        Random random = new Random(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(contract))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            for (int i = 1; i <= 2; i++) {
                byte[] photo = new byte[5_400_000];
                random.nextBytes(photo);
                zip.putNextEntry(new ZipEntry("word/media/photo" + i + ".jpeg"));
                zip.write(photo);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** About 11 MB: a document.xml of {@code inflated} bytes that compresses like Word's markup (about 9:1). */
    static byte[] hostileDocx(long inflated) throws IOException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String rpr = "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
                + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-GB\"/></w:rPr>";
        Random random = new Random(7);
        String[] vocabulary = new String[2000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = word.toString();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                    + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            long written = write(zip, "<w:document " + w + "><w:body>");
            StringBuilder chunk = new StringBuilder();
            while (written < inflated) {
                chunk.setLength(0);
                while (chunk.length() < 64 * 1024) {
                    chunk.append("<w:p w:rsidR=\"").append(String.format("%08X", random.nextInt()))
                            .append("\" w:rsidRDefault=\"00A1B2C3\"><w:pPr><w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>"
                                    + "</w:pPr><w:r>").append(rpr).append("<w:t xml:space=\"preserve\">");
                    for (int i = 0; i < 12; i++) {
                        chunk.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
                    }
                    chunk.append(". </w:t></w:r><w:r>").append(rpr).append("<w:t>")
                            .append(vocabulary[random.nextInt(vocabulary.length)]).append(".</w:t></w:r></w:p>");
                }
                written += write(zip, chunk.toString());
            }
            write(zip, "</w:body></w:document>");
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static int write(ZipOutputStream zip, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        zip.write(bytes);
        return bytes.length;
    }

    private static double mib(long bytes) {
        return Math.round(bytes * 10.0 / MIB) / 10.0;
    }
}
