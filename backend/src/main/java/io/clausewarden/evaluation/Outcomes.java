package io.clausewarden.evaluation;

import io.clausewarden.review.Finding;
import java.util.Collection;
import java.util.List;

/** The outcome a review reports for a clause type: the most severe of its findings, or not_applicable. */
final class Outcomes {
    static final String NOT_APPLICABLE = "not_applicable";
    private static final List<String> BY_SEVERITY = List.of(Finding.RED_LINE, Finding.DEVIATION, Finding.MISSING,
            Finding.NEEDS_REVIEW, Finding.FALLBACK, Finding.PREFERRED);

    private Outcomes() {
    }

    static String reported(Collection<Finding> ofType) {
        return BY_SEVERITY.stream()
                .filter(outcome -> ofType.stream().anyMatch(f -> outcome.equals(f.position())))
                .findFirst().orElse(NOT_APPLICABLE);
    }

    /** True for the outcomes that point at no clause, so no quote is expected. */
    static boolean quotesNothing(String outcome) {
        return Finding.MISSING.equals(outcome) || NOT_APPLICABLE.equals(outcome);
    }
}
