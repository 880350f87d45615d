package io.clausewarden.evaluation;

import io.clausewarden.evaluation.CuadCoverage.Miss;
import io.clausewarden.evaluation.CuadCoverage.MissCount;
import io.clausewarden.evaluation.CuadCoverage.Result;
import io.clausewarden.evaluation.CuadCoverage.Row;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The coverage as Markdown: one row per category and playbook, then the misses by reason, most frequent first. */
public final class CoverageTable {
    static final int TOP_MISSES = 25;

    private CoverageTable() {
    }

    public static String markdown(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Contracts: %d. Labelled spans counted: %d, covered %d (%.3f).%n%n",
                result.contracts(), result.spans(), result.covered(), result.share()));
        out.append("| CUAD category | clause type | playbook | labelled spans | covered | share |\n");
        out.append("|---|---|---|---:|---:|---:|\n");
        for (Row row : result.rows()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.3f |%n", row.category(), row.type(),
                    row.playbook(), row.spans(), row.covered(), row.share()));
        }
        int notLocated = result.rows().stream().mapToInt(Row::notLocated).sum();
        out.append(String.format(Locale.ROOT, "%nLabelled spans not found in the text (left out): %d.%n", notLocated));
        List<MissCount> misses = result.misses();
        int total = misses.stream().mapToInt(MissCount::count).sum();
        if (total == 0) {
            return out.toString();
        }
        Map<Miss, Integer> byReason = new EnumMap<>(Miss.class);
        misses.forEach(m -> byReason.merge(m.reason(), m.count(), Integer::sum));
        out.append("\n| why a span is not covered | misses | share of misses |\n|---|---:|---:|\n");
        byReason.entrySet().stream()
                .sorted(Map.Entry.<Miss, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", e.getKey().description(),
                        e.getValue(), (double) e.getValue() / total)));
        out.append("\n| CUAD category | playbook | why not covered | misses |\n|---|---|---|---:|\n");
        misses.stream()
                .sorted(Comparator.comparingInt(MissCount::count).reversed()
                        .thenComparing(MissCount::category).thenComparing(MissCount::playbook)
                        .thenComparing(MissCount::reason))
                .limit(TOP_MISSES)
                .forEach(m -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d |%n", m.category(),
                        m.playbook(), m.reason().description(), m.count())));
        return out.toString();
    }
}
