package io.clausewarden.review;

/**
 * One issue found by the review, or a position confirmed.
 *
 * @param clauseIndex   null for a missing clause
 * @param position      the position the clause reached: "preferred", "fallback", "deviation", "red_line",
 *                      "missing" or "needs_review"
 * @param risk          "high", "medium", "low" or "ok"
 * @param quote         exact text of the clause the finding is about; null only for a missing clause
 * @param quoteSha256   hex SHA-256 of the quote's UTF-8 bytes; null only for a missing clause
 * @param suggestedText replacement for the quote reaching the preferred position (or the first acceptable
 *                      fallback), or null when there is nothing to change
 * @param source        "rule" for deterministic checks
 * @param fallbackIndex which fallback of the position was met (0-based); null unless position is "fallback"
 * @param comment       the playbook's counterparty-facing comment for a suggested change; null when none
 * @param positionId    the playbook position the finding is about; the clause type unless the playbook holds several
 *                      positions on it, or the position asks something of another clause type (then
 *                      {@code clauseType} is the type of the clause quoted); null in reports stored before it was recorded
 * @param placement     for a missing clause, where the suggested clause goes in the document and why; null otherwise
 *                      (and when the document has no clause to place it after)
 */
public record Finding(String id, Integer clauseIndex, String clauseType, String position, String risk,
                      String quote, String quoteSha256, String rationale, String suggestedText, String source,
                      Integer fallbackIndex, String comment, String positionId, Placement placement) {
    public static final String PREFERRED = "preferred";
    public static final String FALLBACK = "fallback";
    public static final String DEVIATION = "deviation";
    public static final String RED_LINE = "red_line";
    public static final String MISSING = "missing";
    /** The clause settles the point by a term defined elsewhere; a person must confirm it. */
    public static final String NEEDS_REVIEW = "needs_review";

    public Finding {
        if (quote != null && quote.isEmpty()) {
            throw new IllegalArgumentException("a quote is either absent or non-empty");
        }
        if ((fallbackIndex != null) != FALLBACK.equals(position)) {
            throw new IllegalArgumentException("a fallback index is given exactly for fallback findings");
        }
    }

    public Finding(String id, Integer clauseIndex, String clauseType, String position, String risk, String quote,
                   String quoteSha256, String rationale, String suggestedText, String source, Integer fallbackIndex,
                   String comment, String positionId) {
        this(id, clauseIndex, clauseType, position, risk, quote, quoteSha256, rationale, suggestedText, source,
                fallbackIndex, comment, positionId, null);
    }

    public Finding(String id, Integer clauseIndex, String clauseType, String position, String risk, String quote,
                   String quoteSha256, String rationale, String suggestedText, String source) {
        this(id, clauseIndex, clauseType, position, risk, quote, quoteSha256, rationale, suggestedText, source, null, null);
    }

    public Finding(String id, Integer clauseIndex, String clauseType, String position, String risk, String quote,
                   String quoteSha256, String rationale, String suggestedText, String source, Integer fallbackIndex,
                   String comment) {
        this(id, clauseIndex, clauseType, position, risk, quote, quoteSha256, rationale, suggestedText, source,
                fallbackIndex, comment, clauseType);
    }

    /** This finding proposed at {@code where}. */
    public Finding placedAt(Placement where) {
        return new Finding(id, clauseIndex, clauseType, position, risk, quote, quoteSha256, rationale, suggestedText,
                source, fallbackIndex, comment, positionId, where);
    }
}
