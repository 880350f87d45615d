package io.clausewarden.review;

/**
 * Where a missing clause is proposed: as a new top-level clause right after the section of the document that
 * holds clause {@code afterClauseIndex}.
 *
 * @param afterClauseIndex the last clause of the section the proposed clause follows
 * @param afterHeading     that section's heading without its number ("Indemnification"); null when it has none
 * @param heading          the heading line proposed for the new clause ("Limitation of Liability"), styled like the
 *                         neighbouring headings; null when the neighbouring sections have no headings
 * @param reason           why there, for a lawyer: "after clause 10 (Indemnification): liability and indemnity
 *                         clauses sit together"
 * @param afterQuote       the text of that clause, exactly as the review read it, so a client can find the paragraph
 *                         the new clause follows
 * @param afterQuoteSha256 hex SHA-256 of {@code afterQuote}'s UTF-8 bytes
 */
public record Placement(int afterClauseIndex, String afterHeading, String heading, String reason, String afterQuote,
                        String afterQuoteSha256) {
    public Placement {
        if (afterClauseIndex < 0 || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a placement names a clause and says why");
        }
    }
}
