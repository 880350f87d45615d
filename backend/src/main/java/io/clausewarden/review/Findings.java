package io.clausewarden.review;

import io.clausewarden.support.Sha256;
import io.clausewarden.document.Clause;
import io.clausewarden.playbook.Check;
import io.clausewarden.playbook.CheckResult;
import io.clausewarden.playbook.Fallback;
import io.clausewarden.playbook.Position;
import io.clausewarden.playbook.RedLine;

/** Builds findings: quotes whole sentences around a check's span and turns span edits into suggested text. */
final class Findings {
    static final String SOURCE_RULE = "rule";
    static final String SOURCE_MODEL = "model";
    private static final int MIN_QUOTE_CHARS = 30;
    private static final int WHOLE_CLAUSE_CHARS = 800;
    private static final String OK = "ok";

    /** A confirmation points at the clause that meets the position; in a long clause, at the sentence that does. */
    Finding preferred(Clause clause, Position position, Check check, CheckResult evidence) {
        Quote quote = clause.text().strip().length() <= WHOLE_CLAUSE_CHARS ? whole(clause, evidence) : quote(clause, evidence);
        return finding(clause, position, "preferred", Finding.PREFERRED, OK, quote,
                "The preferred position is met: " + evidence.reason(), null, null, null);
    }

    /** The clause read against the position with nothing to raise, though no check points at a sentence of it. */
    Finding unobjected(Clause clause, Position position) {
        Quote quote = whole(clause, null);
        return finding(clause, position, "preferred", Finding.PREFERRED, OK, quote,
                "Nothing in this clause departs from the position.", null, null, null);
    }

    Finding redLine(Clause clause, Position position, Check check, CheckResult result, RedLine redLine,
                    CheckResult preferredEdit) {
        Quote quote = quote(clause, result);
        String reason = redLine == null ? result.reason() : "Red line: " + redLine.description().strip() + " " + result.reason();
        String suggestion = preferredEdit == null ? null : quote.edit(preferredEdit, null);
        return finding(clause, position, check.kind(), Finding.RED_LINE, "high", quote, withGuidance(reason, position),
                suggestion != null ? suggestion : quote.edit(result, position.preferred()), null, position.comment());
    }

    Finding deviation(Clause clause, Position position, Check check, CheckResult result, CheckResult fallbackEdit) {
        Quote quote = quote(clause, result);
        String suggestion = quote.edit(result, null);
        if (suggestion == null && fallbackEdit != null) {
            suggestion = quote.edit(fallbackEdit, null);
        }
        return finding(clause, position, check.kind(), Finding.DEVIATION, position.importance().code(), quote,
                withGuidance(result.reason(), position), suggestion == null ? position.preferred() : suggestion, null,
                position.comment());
    }

    Finding fallback(Clause clause, Position position, Check check, CheckResult result, int index) {
        Fallback fallback = position.fallbacks().get(index);
        Quote quote = quote(clause, result);
        String reason = result.reason() + " This meets fallback " + (index + 1) + ": " + fallback.text().strip()
                + (fallback.requiresApproval() ? " (requires approval)." : "");
        // A fallback that needs no approval is a term we accept: redlining it would only reopen an agreed point.
        String suggestion = fallback.requiresApproval() ? quote.edit(result, null) : null;
        return finding(clause, position, check.kind(), Finding.FALLBACK, fallback.requiresApproval() ? "medium" : "low",
                quote, withGuidance(reason, position), suggestion, index, suggestion == null ? null : position.comment());
    }

    Finding needsReview(Clause clause, Position position, Check check, CheckResult result) {
        return finding(clause, position, check.kind(), Finding.NEEDS_REVIEW, "low", quote(clause, result),
                withGuidance(result.reason(), position), null, null, null);
    }

    Finding missing(Position position, String label) {
        String reason = "No " + label.toLowerCase() + " clause was found; the playbook requires one.";
        return new Finding(id("", position, Finding.MISSING, ""), null, position.clauseType(),
                Finding.MISSING, position.importance().code(), null, null, withGuidance(reason, position),
                position.preferred(), SOURCE_RULE, null, position.comment(), position.id());
    }

    /** A finding from a model's answer; {@code suggestion} has passed {@link ModelSuggestions}. */
    Finding model(Clause clause, Position position, String reached, String risk, ModelQuote quote, String rationale,
                  String suggestion) {
        Quote q = new Quote(clause.text(), quote.start(), quote.end(), quote.start(), quote.end());
        return finding(clause, position, "model", reached, risk, q, withGuidance(rationale, position), suggestion, null,
                suggestion == null ? null : position.comment(), SOURCE_MODEL);
    }

    private static Finding finding(Clause clause, Position position, String kind, String reached, String risk, Quote quote,
                                   String rationale, String suggestion, Integer fallbackIndex, String comment) {
        return finding(clause, position, kind, reached, risk, quote, rationale, suggestion, fallbackIndex, comment,
                SOURCE_RULE);
    }

    private static Finding finding(Clause clause, Position position, String kind, String reached, String risk, Quote quote,
                                   String rationale, String suggestion, Integer fallbackIndex, String comment,
                                   String source) {
        return new Finding(id(Integer.toString(clause.index()), position, kind + "|" + reached, quote.text()),
                clause.index(), position.clauseType(), reached, risk, quote.text(), Sha256.hex(quote.text()),
                rationale, suggestion, source, fallbackIndex, comment, position.id());
    }

    /** The sentence(s) quoted for a result, with the span it points at. */
    private record Quote(String clauseText, int start, int end, int spanStart, int spanEnd) {
        String text() {
            return clauseText.substring(start, end);
        }

        /** The quote with the span replaced by the result's suggestion, else {@code otherwise}. */
        String edit(CheckResult result, String otherwise) {
            if (result.suggestedText() == null) {
                return otherwise;
            }
            int s = Math.max(0, result.spanStart());
            int e = Math.max(s, result.spanEnd());
            if (s < start || e > end) {
                return otherwise;
            }
            return clauseText.substring(start, s) + result.suggestedText() + clauseText.substring(e, end);
        }
    }

    private static Quote whole(Clause clause, CheckResult result) {
        String text = clause.text();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return result == null ? new Quote(text, start, end, start, start)
                : new Quote(text, start, end, Math.max(0, result.spanStart()), Math.max(0, result.spanEnd()));
    }

    private static Quote quote(Clause clause, CheckResult result) {
        String text = clause.text();
        int spanStart = Math.max(0, result.spanStart());
        int spanEnd = Math.max(spanStart, result.spanEnd());
        int[] sentence = Sentences.around(text, spanStart, spanEnd);
        if (sentence[1] <= sentence[0] && spanStart > 0) {
            // An insertion point at the end of the clause belongs to the sentence it follows.
            sentence = Sentences.around(text, spanStart - 1, spanEnd);
        }
        if (sentence[1] - sentence[0] < MIN_QUOTE_CHARS && sentence[1] < text.length()) {
            // A bare inline heading ("Procedure.") says nothing on its own: quote the next sentence with it.
            int next = sentence[1];
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            sentence[1] = Sentences.around(text, next, next)[1];
        }
        return new Quote(text, sentence[0], sentence[1], spanStart, spanEnd);
    }

    private static String withGuidance(String reason, Position position) {
        return position.guidance() == null || position.guidance().isBlank()
                ? reason : reason + " " + position.guidance().strip();
    }

    /** Stable across reviews; a position named by its clause type keeps the ids it had before positions had ids. */
    private static String id(String clauseIndex, Position position, String kind, String quote) {
        String about = position.id().equals(position.clauseType()) ? position.clauseType()
                : position.clauseType() + "#" + position.id();
        return "f-" + Sha256.hex(clauseIndex + "|" + about + "|" + kind + "|" + quote).substring(0, 16);
    }
}
