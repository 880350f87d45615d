package io.clausewarden.classify;

import io.clausewarden.classify.CuadCorpus.Contract;
import io.clausewarden.classify.CuadCorpus.LabelledClause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clause-level, multi-label measurement of classifiers against CUAD labels. The unit is a clause as the document
 * reader cuts it; a clause is labelled with every category it carries ({@link CuadCorpus#carries}) and predicted
 * with the category of every type the classifier gives it. Clauses that carry no category are negatives for all.
 * Counts are pooled over every clause evaluated (over all folds of a cross-validation); macro-F1 is the mean over
 * the categories with at least {@link #MIN_SUPPORT} labelled clauses.
 */
final class ClauseModelEvaluation {
    static final int MIN_SUPPORT = 20;

    /** True and false positives and false negatives of one category. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(boolean predicted, boolean gold) {
            if (predicted && gold) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }

        int support() {
            return tp + fn;
        }

        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** Per category counts of one classifier. */
    static final class Result {
        final Map<String, Counts> byCategory = new LinkedHashMap<>();

        Result(List<String> categories) {
            categories.forEach(c -> byCategory.put(c, new Counts()));
        }

        /** Mean F1 over the categories with enough labelled clauses; the support is counted on {@code gold}. */
        double macroF1(int minSupport) {
            return byCategory.values().stream().filter(c -> c.support() >= minSupport).mapToDouble(Counts::f1)
                    .average().orElse(0);
        }

        long categoriesWithSupport(int minSupport) {
            return byCategory.values().stream().filter(c -> c.support() >= minSupport).count();
        }
    }

    private ClauseModelEvaluation() {
    }

    /** Adds the classifier's predictions on every clause of the contracts to {@code result}. */
    static void count(List<Contract> contracts, Function<LabelledClause, Set<String>> predictedCategories,
                      Result result) {
        List<LabelledClause> clauses = contracts.stream().flatMap(c -> c.clauses().stream()).toList();
        List<Set<String>> predictions = clauses.parallelStream().map(predictedCategories).toList();
        for (int i = 0; i < clauses.size(); i++) {
            Set<String> gold = clauses.get(i).categories();
            Set<String> predicted = predictions.get(i);
            result.byCategory.forEach((category, counts) ->
                    counts.add(predicted.contains(category), gold.contains(category)));
        }
    }

    /** The CUAD categories of the types the classifier gives the clause. */
    static Function<LabelledClause, Set<String>> categoriesOf(ClauseClassifier classifier) {
        Map<String, String> cuadOf = new LinkedHashMap<>();
        classifier.taxonomy().types().stream().filter(t -> t.cuad() != null).forEach(t -> cuadOf.put(t.id(), t.cuad()));
        return clause -> classifier.classify(clause.clause()).stream().map(t -> cuadOf.get(t.type()))
                .filter(c -> c != null).collect(Collectors.toSet());
    }

    /** A Markdown table: per category the labelled clauses and P / R / F1 of each named result, then macro-F1. */
    static String table(Map<String, Result> results, int minSupport) {
        List<String> names = new ArrayList<>(results.keySet());
        Result first = results.get(names.get(0));
        StringBuilder out = new StringBuilder("| CUAD category | labelled clauses | ")
                .append(names.stream().map(n -> n + " P / R / F1").collect(Collectors.joining(" | "))).append(" |\n")
                .append("|---|---:|").append("---|".repeat(names.size())).append('\n');
        for (String category : first.byCategory.keySet()) {
            out.append("| ").append(category).append(" | ").append(first.byCategory.get(category).support());
            for (String name : names) {
                Counts c = results.get(name).byCategory.get(category);
                out.append(" | ").append(format("%.2f / %.2f / %.2f", c.precision(), c.recall(), c.f1()));
            }
            out.append(" |\n");
        }
        out.append("| **macro-F1** (").append(first.categoriesWithSupport(minSupport))
                .append(" categories with ≥ ").append(minSupport).append(" labelled clauses) | |");
        for (String name : names) {
            out.append(" **").append(format("%.3f", results.get(name).macroF1(minSupport))).append("** |");
        }
        return out.append('\n').toString();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
