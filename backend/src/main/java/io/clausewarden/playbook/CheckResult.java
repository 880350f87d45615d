package io.clausewarden.playbook;

/**
 * The result of one check on one clause text.
 *
 * @param spanStart     start of the text the result points at (inclusive), -1 when none
 * @param spanEnd       end of that text (exclusive), -1 when none; an empty span points at a position
 * @param suggestedText the smallest replacement for the span, or null when the check has none
 */
public record CheckResult(Outcome outcome, String reason, int spanStart, int spanEnd, String suggestedText) {
    public enum Outcome { COMPLIANT, DEVIATION, NOT_APPLICABLE }

    public static CheckResult compliant(String reason) {
        return new CheckResult(Outcome.COMPLIANT, reason, -1, -1, null);
    }

    public static CheckResult notApplicable(String reason) {
        return new CheckResult(Outcome.NOT_APPLICABLE, reason, -1, -1, null);
    }

    public static CheckResult deviation(String reason, int start, int end, String suggestedText) {
        return new CheckResult(Outcome.DEVIATION, reason, start, end, suggestedText);
    }

    public boolean isDeviation() {
        return outcome == Outcome.DEVIATION;
    }
}
