package io.clausewarden.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long the real server takes, warm, to review a long real contract it has never seen, through the API
 * (upload to report, one request at a time). Starts {@code backend/target/clausewarden.jar} with embedded defaults
 * ({@link LocalServer}), warms it by reviewing another real contract {@code --warm} times (the first review loads
 * the sentence and clause models), then reviews once each of the {@code --contracts} {@code .txt} contracts of
 * {@code --corpus} nearest to 100 pages (40,000 words): no sentence of them has been embedded by this server, so
 * no cache helps.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.clausewarden.benchmarks.ApiReviewTimer
 * --corpus ../shared/corpus/cuad-train [--contracts 3] [--warm 3] [--port 18444] [--out benchmarks/results/api-review.json]}
 */
public final class ApiReviewTimer {
    private static final int WORDS_PER_PAGE = 400;
    private static final int HUNDRED_PAGES = 100 * WORDS_PER_PAGE;

    private ApiReviewTimer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LocalServer.options(args);
        Path corpus = Path.of(options.getOrDefault("corpus", "../shared/corpus/cuad-train"));
        int contracts = Integer.parseInt(options.getOrDefault("contracts", "3"));
        int warm = Integer.parseInt(options.getOrDefault("warm", "3"));
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results/api-review.json"));
        List<Path> bySize = nearestToHundredPages(corpus);
        if (bySize.size() < contracts + 1) {
            throw new IllegalArgumentException("need at least " + (contracts + 1) + " .txt contracts in " + corpus);
        }
        List<Path> fresh = bySize.subList(0, contracts);
        Path warmUp = bySize.get(contracts);
        LocalServer server = new LocalServer(Path.of(options.getOrDefault("jar", "backend/target/clausewarden.jar")),
                Integer.parseInt(options.getOrDefault("port", "18444")), Files.createTempDirectory("clausewarden-timer"),
                LocalServer.jvmOptions(options));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", Instant.now().toString());
        results.put("java", System.getProperty("java.version"));
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("server_jvm_options", String.join(" ", server.jvm()));
        try {
            server.start();
            List<Map<String, Object>> warming = new ArrayList<>();
            for (int i = 0; i < warm; i++) {
                warming.add(timed(server, warmUp));
            }
            results.put("warm_up", warming);
            List<Map<String, Object>> reviewed = new ArrayList<>();
            for (Path contract : fresh) {
                reviewed.add(timed(server, contract));
            }
            results.put("new_contracts", reviewed);
        } finally {
            server.stop();
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), results);
        System.out.println(json.writeValueAsString(results));
    }

    private static Map<String, Object> timed(LocalServer server, Path contract) throws IOException, InterruptedException {
        byte[] content = Files.readAllBytes(contract);
        LocalServer.Reviewed reviewed = server.review(contract.getFileName().toString(), content, "text/plain");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", contract.getFileName().toString());
        int words = words(contract);
        row.put("words", words);
        row.put("pages_at_400_words", Math.round(words * 10.0 / WORDS_PER_PAGE) / 10.0);
        row.put("status", reviewed.status());
        row.put("ms", reviewed.millis());
        if (reviewed.status() == 201) {
            JsonNode report = new ObjectMapper().readTree(reviewed.body());
            row.put("clauses", report.path("clauses").size());
            row.put("findings", report.path("findings").size());
        }
        System.out.println(row);
        return row;
    }

    private static List<Path> nearestToHundredPages(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            Map<Path, Integer> words = new LinkedHashMap<>();
            files.filter(f -> f.getFileName().toString().endsWith(".txt") && !f.getFileName().toString().endsWith("README.txt"))
                    .forEach(f -> words.put(f, words(f)));
            return words.keySet().stream()
                    .sorted(Comparator.comparingInt((Path f) -> Math.abs(words.get(f) - HUNDRED_PAGES)).thenComparing(Path::toString))
                    .toList();
        }
    }

    private static int words(Path file) {
        try {
            return Files.readString(file).split("\\s+").length;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
