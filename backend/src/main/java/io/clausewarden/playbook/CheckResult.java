package io.clausewarden.playbook;

/**
 * The result of one check on one clause text.
 *
 * @param spanStart     start of the text the result points at (inclusive), -1 when none
 * @param spanEnd       end of that text (exclusive), -1 when none; an empty span points at a position
 * @param suggestedText the smallest replacement for the span, or null when the check has none
 */
public record CheckResult(Outcome outcome, String reason, int spanStart, int spanEnd, String suggestedText) {
    /**
     * NEEDS_REVIEW: the clause decides the point through a term defined elsewhere (a cover page, an order
     * form), so the rule cannot judge it and a person has to confirm it.
     */
    public enum Outcome { COMPLIANT, DEVIATION, NEEDS_REVIEW, NOT_APPLICABLE }

    public static CheckResult compliant(String reason) {
        return new CheckResult(Outcome.COMPLIANT, reason, -1, -1, null);
    }

    /** Compliant, pointing at the text that shows it. */
    public static CheckResult compliant(String reason, int start, int end) {
        return new CheckResult(Outcome.COMPLIANT, reason, start, end, null);
    }

    public static CheckResult notApplicable(String reason) {
        return new CheckResult(Outcome.NOT_APPLICABLE, reason, -1, -1, null);
    }

    public static CheckResult deviation(String reason, int start, int end, String suggestedText) {
        return new CheckResult(Outcome.DEVIATION, reason, start, end, suggestedText);
    }

    public static CheckResult needsReview(String reason, int start, int end) {
        return new CheckResult(Outcome.NEEDS_REVIEW, reason, start, end, null);
    }

    /** A deviation whose edit appends {@code sentence} after the last sentence of {@code text}. */
    public static CheckResult appended(String text, String reason, String sentence) {
        return Insertions.atEnd(text, reason, sentence);
    }

    /** True when the result becomes a finding: a deviation, or a point a person must confirm. */
    public boolean isFinding() {
        return outcome == Outcome.DEVIATION || outcome == Outcome.NEEDS_REVIEW;
    }

    public boolean isCompliant() {
        return outcome == Outcome.COMPLIANT;
    }

    public boolean isDeviation() {
        return outcome == Outcome.DEVIATION;
    }
}
