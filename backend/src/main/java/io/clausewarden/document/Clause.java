package io.clausewarden.document;

/**
 * One reviewable unit of a contract.
 *
 * @param index     position in the document, from 0
 * @param heading   heading path joined with " > ", e.g. "8 Limitation of Liability > 8.1 Liability Caps"; may be null
 * @param numbering the clause's own number label ("8.1.a", "(b)"), may be null
 * @param text      the clause text as the reader sees it
 * @param anchor    where to find the clause again: for .docx "paragraphIndex:sha12", for explicit input the
 *                  caller's id, null for text formats
 */
public record Clause(int index, String heading, String numbering, String text, String anchor) {
    public Clause {
        if (text == null) {
            throw new IllegalArgumentException("clause text is required");
        }
    }
}
