package io.clausewarden.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.EgressGuard;
import io.clausewarden.llm.HostResolver;
import io.clausewarden.llm.InMemoryTokenBudget;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelEndpointPolicy;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.ModelUse;
import io.clausewarden.llm.ProviderKind;
import io.clausewarden.llm.Region;
import io.clausewarden.llm.provider.HttpModelClients;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewListener;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.tenant.TenantId;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Load driver for the model questions of a review: a 200-clause contract reviewed against the bundled
 * {@code saas-customer} playbook with a question on every position, the answers coming over real HTTP from a
 * stand-in provider that takes a fixed time per call, through a gateway whose provider and tenant bulkheads
 * allow 8 calls at once. The whole {@code ReviewEngine.review} is timed (classification and rules included)
 * and compared with the ideal {@code ceil(calls / 8) × latency}.
 * <ul>
 *   <li>cold: every run a new tenant, so its slice of the answer cache is empty;</li>
 *   <li>repeat: the same contract again for the last cold run's tenant, which must make no provider call;</li>
 *   <li>rules only: the same review with {@link JudgementSession#off()}, the part of the time that is not
 *       model orchestration.</li>
 * </ul>
 * JMH is not used: one operation takes about ten seconds, almost all of it waiting on a fixed external latency,
 * and the figures wanted (calls, peak concurrency at the provider, a ratio to a computed ideal) are not
 * JMH's.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.clausewarden.benchmarks.ModelReviewLoad
 * [--runs 5] [--warmups 2] [--latency-ms 500] [--concurrency 8] [--out benchmarks/results/model-review.json]}
 */
public final class ModelReviewLoad {
    static final int CLAUSES = 200;
    static final double TARGET_RATIO = 1.15;

    private ModelReviewLoad() {
    }

    record Run(String kind, int run, long millis, int questions, int providerCalls, int cached, int standInRequests,
               int maxConcurrent, long idealMillis, Double ratio, long beforeFirstCallMillis,
               long providerSpanMillis, long afterLastReplyMillis, int findings) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("kind", kind);
            map.put("run", run);
            map.put("ms", millis);
            map.put("questions", questions);
            map.put("provider_calls", providerCalls);
            map.put("stand_in_requests", standInRequests);
            map.put("cached", cached);
            map.put("ideal_ms", idealMillis);
            map.put("ratio", ratio == null ? null : round3(ratio));
            map.put("max_concurrent_at_stand_in", maxConcurrent);
            map.put("before_first_call_ms", beforeFirstCallMillis);
            map.put("provider_span_ms", providerSpanMillis);
            map.put("after_last_reply_ms", afterLastReplyMillis);
            map.put("findings", findings);
            return map;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
        long latencyMillis = Long.parseLong(options.getOrDefault("latency-ms", "500"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results/model-review.json"));

        List<Clause> clauses = contract();
        List<String> clauseTexts = clauses.stream().map(Clause::text).toList();
        Playbook playbook = everyPositionAsks(BundledPlaybooks.load(BundledPlaybooks.DEFAULT_ID));
        ReviewEngine engine = new ReviewEngine(ClauseClassifier.rules());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        List<Run> cold = new ArrayList<>();
        List<Run> warm = new ArrayList<>();
        Run repeat;
        List<Long> rulesOnly = new ArrayList<>();
        ModelGateway.Options defaults = ModelGateway.Options.defaults();
        ModelGateway.Options gatewayOptions = new ModelGateway.Options(Duration.ofSeconds(10), defaults.maxAttempts(),
                defaults.firstBackoff(), defaults.maxRetryAfter(), concurrency, concurrency, defaults.bulkheadWait(),
                defaults.circuitOpenFor(), defaults.circuitWindow(), defaults.circuitMinimumCalls(),
                defaults.circuitFailureRate(), defaults.cacheEntries(), defaults.cacheTtl(), defaults.maxOutputTokens(),
                defaults.maxClauseChars(), defaults.workerThreads());

        try (ChatCompletionsStandIn standIn = new ChatCompletionsStandIn(Duration.ofMillis(latencyMillis));
             ModelGateway gateway = new ModelGateway(new HttpModelClients(new EgressGuard(
                     ModelEndpointPolicy.withDefaults(URI.create(standIn.baseUrl())), HostResolver.system())),
                     new InMemoryTokenBudget(Clock.systemUTC()), gatewayOptions)) {
            ModelSettings settings = new ModelSettings(ProviderKind.OPENAI, "bench-model",
                    Map.of(Region.US, URI.create(standIn.baseUrl())), ApiKey.of("bench"), Long.MAX_VALUE);

            // rules only first: it also warms the classifier and the rules before the model runs
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                engine.review("rules-" + i, playbook, clauses, ReviewListener.NONE, JudgementSession.off());
                if (i >= 10) {
                    rulesOnly.add(millisSince(start));
                }
            }

            TenantId tenant = null;
            for (int i = 1; i <= warmups + runs; i++) {
                boolean warmUp = i <= warmups;
                tenant = TenantId.random();
                Run run = measure(warmUp ? "warm-up" : "cold", warmUp ? i : i - warmups, engine, playbook, clauses,
                        clauseTexts, gateway, settings, tenant, standIn, latencyMillis, concurrency);
                (warmUp ? warm : cold).add(run);
                print(run);
            }
            repeat = measure("repeat", 1, engine, playbook, clauses, clauseTexts, gateway, settings, tenant, standIn,
                    latencyMillis, concurrency);
            print(repeat);

            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Map<String, Object> results = results(cold, warm, repeat, rulesOnly, playbook, clauses.size(), latencyMillis,
                    concurrency, standIn.threads(), loadBefore, loadAfter);
            summary(results, cold, repeat, rulesOnly);
            Files.createDirectories(out.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
            System.out.println("results written to " + out);
            if (standIn.failed() > 0) {
                throw new IllegalStateException(standIn.failed() + " requests failed at the stand-in");
            }
        }
    }

    private static Run measure(String kind, int number, ReviewEngine engine, Playbook playbook, List<Clause> clauses,
                               List<String> clauseTexts, ModelGateway gateway, ModelSettings settings, TenantId tenant,
                               ChatCompletionsStandIn standIn, long latencyMillis, int concurrency) {
        int requestsBefore = standIn.requests();
        standIn.resetWindow();
        long start = System.nanoTime();
        JudgementSession session = gateway.open(tenant, Optional.of(Region.US), settings, clauseTexts, List.of());
        ReviewReport report = engine.review(kind + "-" + number, playbook, clauses, ReviewListener.NONE, session);
        long end = System.nanoTime();
        ModelUse use = report.model();
        int requests = standIn.requests() - requestsBefore;
        if (!ModelUse.ON.equals(use.status())) {
            throw new IllegalStateException("The model was not used: " + use.status() + " " + use.notice());
        }
        if (requests != use.providerCalls()) {
            throw new IllegalStateException("The report counts " + use.providerCalls() + " provider calls, the stand-in "
                    + requests + " requests");
        }
        if (!report.notAssessed().isEmpty()) {
            throw new IllegalStateException("Questions went unassessed: " + report.notAssessed());
        }
        long ideal = (long) Math.ceil(use.providerCalls() / (double) concurrency) * latencyMillis;
        long millis = (end - start) / 1_000_000;
        boolean called = requests > 0;
        return new Run(kind, number, millis, use.questions(), use.providerCalls(), use.cached(), requests,
                standIn.maxConcurrent(), ideal, ideal == 0 ? null : millis / (double) ideal,
                called ? (standIn.firstArrivalNanos() - start) / 1_000_000 : -1,
                called ? (standIn.lastReplyNanos() - standIn.firstArrivalNanos()) / 1_000_000 : -1,
                called ? (end - standIn.lastReplyNanos()) / 1_000_000 : -1,
                report.findings().size());
    }

    /** Exactly 200 clauses of the synthetic contract, every section kind among them. */
    static List<Clause> contract() {
        byte[] text = LongContract.text(40_000, 7).getBytes(StandardCharsets.UTF_8);
        List<Clause> all = new DocumentReader().read("contract.txt", text).clauses();
        List<Clause> clauses = List.copyOf(all.subList(0, CLAUSES));
        if (clauses.size() != CLAUSES) {
            throw new IllegalStateException("Expected " + CLAUSES + " clauses, got " + clauses.size());
        }
        return clauses;
    }

    /** The playbook with a question on every position: positions without one ask whether the preferred position is met. */
    static Playbook everyPositionAsks(Playbook playbook) {
        List<Position> positions = playbook.positions().stream().map(p -> p.question() != null && !p.question().isBlank()
                ? p
                : new Position(p.clauseType(), p.importance(), p.required(), p.preferred(), p.fallbacks(), p.redLines(),
                        p.checks(), "Does the " + p.clauseType().replace('_', ' ')
                        + " clause give the customer at least the playbook's preferred position?", p.guidance(),
                        p.comment())).toList();
        return new Playbook(playbook.id(), playbook.name(), playbook.version(), playbook.contractType(), playbook.ourRole(),
                positions);
    }

    private static Map<String, Object> results(List<Run> cold, List<Run> warm, Run repeat, List<Long> rulesOnly,
                                               Playbook playbook, int clauses, long latencyMillis, int concurrency,
                                               int standInThreads, double loadBefore, double loadAfter) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("clauses", clauses);
        input.put("playbook", playbook.id() + "@" + playbook.version());
        input.put("positions_with_question", playbook.positions().size());
        input.put("classifier", "rules");
        input.put("stand_in_latency_ms", latencyMillis);
        input.put("stand_in_threads", standInThreads);
        input.put("provider_concurrency", concurrency);
        input.put("tenant_concurrency", concurrency);
        input.put("call_timeout_s", 10);

        Map<String, Object> coldSummary = new LinkedHashMap<>();
        coldSummary.put("runs", cold.size());
        coldSummary.put("provider_calls", cold.get(0).providerCalls());
        coldSummary.put("ideal_ms", cold.get(0).idealMillis());
        coldSummary.put("ms", stats(cold, Run::millis));
        coldSummary.put("ratio", ratioStats(cold));
        coldSummary.put("target_ratio", TARGET_RATIO);
        coldSummary.put("met", cold.stream().allMatch(r -> r.ratio() <= TARGET_RATIO));
        coldSummary.put("max_concurrent_at_stand_in", cold.stream().mapToInt(Run::maxConcurrent).max().orElse(0));
        coldSummary.put("before_first_call_ms", stats(cold, Run::beforeFirstCallMillis));
        coldSummary.put("provider_span_ms", stats(cold, Run::providerSpanMillis));
        coldSummary.put("after_last_reply_ms", stats(cold, Run::afterLastReplyMillis));

        Map<String, Object> repeatSummary = new LinkedHashMap<>();
        repeatSummary.put("provider_calls", repeat.providerCalls());
        repeatSummary.put("stand_in_requests", repeat.standInRequests());
        repeatSummary.put("cached", repeat.cached());
        repeatSummary.put("ms", repeat.millis());

        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("runs", rulesOnly.size());
        LongSummaryStatistics r = rulesOnly.stream().mapToLong(Long::longValue).summaryStatistics();
        Map<String, Object> rulesMillis = new LinkedHashMap<>();
        rulesMillis.put("mean", round(r.getAverage()));
        rulesMillis.put("min", r.getMin());
        rulesMillis.put("max", r.getMax());
        rules.put("ms", rulesMillis);

        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("date", Instant.now().toString());
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        environment.put("cores", Runtime.getRuntime().availableProcessors());
        environment.put("load_average_1m_before", round(loadBefore));
        environment.put("load_average_1m_after", round(loadAfter));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("benchmark", "ModelReviewLoad");
        results.put("environment", environment);
        results.put("input", input);
        results.put("cold", coldSummary);
        results.put("repeat", repeatSummary);
        results.put("rules_only", rules);
        List<Run> all = new ArrayList<>(warm);
        all.addAll(cold);
        all.add(repeat);
        results.put("runs", all.stream().map(Run::toMap).toList());
        return results;
    }

    private static Map<String, Object> stats(List<Run> runs, ToLongFunction<Run> value) {
        LongSummaryStatistics s = runs.stream().mapToLong(value).summaryStatistics();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("mean", round(s.getAverage()));
        stats.put("min", s.getMin());
        stats.put("max", s.getMax());
        return stats;
    }

    private static Map<String, Object> ratioStats(List<Run> runs) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("mean", round3(runs.stream().mapToDouble(Run::ratio).average().orElse(Double.NaN)));
        stats.put("min", round3(runs.stream().mapToDouble(Run::ratio).min().orElse(Double.NaN)));
        stats.put("max", round3(runs.stream().mapToDouble(Run::ratio).max().orElse(Double.NaN)));
        return stats;
    }

    private static void print(Run run) {
        System.out.printf("%-8s %2d  %6d ms  questions=%d calls=%d (stand-in %d) cached=%d ideal=%d ms ratio=%s "
                        + "max_concurrent=%d before_first_call=%d ms provider_span=%d ms after_last_reply=%d ms findings=%d%n",
                run.kind(), run.run(), run.millis(), run.questions(), run.providerCalls(), run.standInRequests(),
                run.cached(), run.idealMillis(), run.ratio() == null ? "-" : String.format("%.3f", run.ratio()),
                run.maxConcurrent(), run.beforeFirstCallMillis(), run.providerSpanMillis(), run.afterLastReplyMillis(),
                run.findings());
    }

    @SuppressWarnings("unchecked")
    private static void summary(Map<String, Object> results, List<Run> cold, Run repeat, List<Long> rulesOnly) {
        Map<String, Object> c = (Map<String, Object>) results.get("cold");
        Map<String, Object> ms = (Map<String, Object>) c.get("ms");
        Map<String, Object> ratio = (Map<String, Object>) c.get("ratio");
        Map<String, Object> rules = (Map<String, Object>) ((Map<String, Object>) results.get("rules_only")).get("ms");
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| provider calls per cold review | %s |%n", c.get("provider_calls"));
        System.out.printf("| ideal ceil(calls / 8) × latency | %s ms |%n", c.get("ideal_ms"));
        System.out.printf("| cold review, %d runs: mean / min / max | %s / %s / %s ms |%n", cold.size(), ms.get("mean"),
                ms.get("min"), ms.get("max"));
        System.out.printf("| ratio to ideal: mean / min / max (target ≤ %.2f) | %s / %s / %s |%n", TARGET_RATIO,
                ratio.get("mean"), ratio.get("min"), ratio.get("max"));
        System.out.printf("| most requests in flight at the stand-in | %s |%n", c.get("max_concurrent_at_stand_in"));
        System.out.printf("| repeat review, same tenant: provider calls / cached / time | %d / %d / %d ms |%n",
                repeat.standInRequests(), repeat.cached(), repeat.millis());
        System.out.printf("| rules only (model off), %d runs: mean / min / max | %s / %s / %s ms |%n", rulesOnly.size(),
                rules.get("mean"), rules.get("min"), rules.get("max"));
        System.out.printf("| target met | %s |%n", c.get("met"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Usage: ModelReviewLoad [--runs N] [--warmups N] [--latency-ms N] "
                        + "[--concurrency N] [--out FILE]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
