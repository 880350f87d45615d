package io.clausewarden.document;

import java.util.ArrayList;
import java.util.List;

/** A clause given explicitly by an API caller instead of a document. */
public record ClauseInput(String id, String text) {

    /** Clauses in the given order; the caller's id becomes the anchor, there is no heading. */
    public static ParsedDocument toDocument(List<ClauseInput> inputs, DocumentLimits limits) {
        if (inputs.size() > limits.maxClauses()) {
            throw new DocumentRejectedException("too_many_clauses",
                    "More than " + limits.maxClauses() + " clauses");
        }
        List<Clause> clauses = new ArrayList<>();
        long chars = 0;
        for (ClauseInput input : inputs) {
            if (input.text() == null || input.text().isBlank()) {
                throw new DocumentRejectedException("empty_clause", "Clause " + clauses.size() + " has no text");
            }
            chars += input.text().length();
            if (chars > limits.maxTextChars()) {
                throw new DocumentRejectedException("too_much_text",
                        "More than " + limits.maxTextChars() + " characters of text");
            }
            clauses.add(new Clause(clauses.size(), null, null, input.text(), input.id()));
        }
        return new ParsedDocument(ParsedDocument.Format.CLAUSES, clauses);
    }
}
