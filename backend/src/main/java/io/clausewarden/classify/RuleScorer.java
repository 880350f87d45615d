package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Scores clause types from heading keywords and text patterns of the taxonomy. */
final class RuleScorer implements ClauseScorer {
    static final double OWN_HEADING = 0.7;
    static final double PARENT_HEADING = 0.45;
    private static final double[] PATTERN_HITS = {0.0, 0.4, 0.55, 0.65};
    /** "Section 9 (Indemnification)" names another clause; it says nothing about this one. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "\\b(?:Sections?|§§?|Clauses?|Articles?)\\s*[\\d.]+(?:\\([a-z0-9]{1,4}\\))*\\s*\\([^)]{1,80}\\)");

    private record CompiledType(String id, List<Pattern> headings, List<Pattern> patterns) {
    }

    /** Which evidence a scorer gives: all of it, or a clause's own heading apart from the rest. */
    enum Evidence { ALL, OWN_HEADING, ALL_BUT_OWN_HEADING }

    private final List<CompiledType> types = new ArrayList<>();
    private final Evidence evidence;

    RuleScorer(Taxonomy taxonomy) {
        this(taxonomy, Evidence.ALL);
    }

    /**
     * Split scorers combine by noisy-or to the same score as {@link Evidence#ALL}; split, the trained model can
     * overrule the patterns and leave a clause's own heading ("Proprietary Rights") its say.
     */
    RuleScorer(Taxonomy taxonomy, Evidence evidence) {
        this.evidence = evidence;
        for (ClauseType type : taxonomy.types()) {
            types.add(new CompiledType(type.id(),
                    type.headings().stream().map(h -> compile("(?<![\\w-])(?:" + h + ")(?![\\w-])")).toList(),
                    type.patterns().stream().map(RuleScorer::compile).toList()));
        }
    }

    @Override
    public Map<String, Double> score(Clause clause) {
        List<String> headingParts = headingParts(clause.heading());
        String text = CROSS_REFERENCE.matcher(clause.text()).replaceAll(" ");
        Map<String, Double> scores = new HashMap<>();
        for (CompiledType type : types) {
            double heading = headingScore(type, headingParts);
            if (evidence == Evidence.OWN_HEADING) {
                heading = heading == OWN_HEADING ? heading : 0;
            } else if (evidence == Evidence.ALL_BUT_OWN_HEADING && heading == OWN_HEADING) {
                heading = 0;
            }
            long hits = evidence == Evidence.OWN_HEADING ? 0
                    : type.patterns().stream().filter(p -> p.matcher(text).find()).count();
            double body = PATTERN_HITS[(int) Math.min(hits, PATTERN_HITS.length - 1)];
            double score = 1 - (1 - heading) * (1 - body);
            if (score > 0) {
                scores.put(type.id(), score);
            }
        }
        return scores;
    }

    private static double headingScore(CompiledType type, List<String> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            if (type.headings().stream().anyMatch(h -> h.matcher(part).find())) {
                return i == parts.size() - 1 ? OWN_HEADING : PARENT_HEADING;
            }
        }
        return 0;
    }

    private static List<String> headingParts(String heading) {
        if (heading == null || heading.isBlank()) {
            return List.of();
        }
        return List.of(heading.split("\\s+>\\s+"));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
