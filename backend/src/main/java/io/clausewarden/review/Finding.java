package io.clausewarden.review;

/**
 * One issue found by the review.
 *
 * @param clauseIndex null for a missing clause
 * @param position    "deviation", "red_line", "missing" or "needs_review"
 * @param risk        "high", "medium", "low" or "ok"
 * @param quote       exact text of the clause the finding is about; null only for a missing clause
 * @param quoteSha256 hex SHA-256 of the quote's UTF-8 bytes; null only for a missing clause
 * @param source      "rule" for deterministic checks
 */
public record Finding(String id, Integer clauseIndex, String clauseType, String position, String risk,
                      String quote, String quoteSha256, String rationale, String suggestedText, String source) {
    public static final String DEVIATION = "deviation";
    public static final String RED_LINE = "red_line";
    public static final String MISSING = "missing";
    /** The clause settles the point by a term defined elsewhere; a person must confirm it. */
    public static final String NEEDS_REVIEW = "needs_review";

    public Finding {
        if (quote != null && quote.isEmpty()) {
            throw new IllegalArgumentException("a quote is either absent or non-empty");
        }
    }
}
