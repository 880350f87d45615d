package io.clausewarden.document;

import java.util.List;

/** The clauses of one document, in reading order. */
public record ParsedDocument(Format format, List<Clause> clauses) {
    public enum Format { TEXT, MARKDOWN, DOCX, CLAUSES }

    public ParsedDocument {
        clauses = List.copyOf(clauses);
    }

    /** All clause texts joined by blank lines: the text every quote must come from. */
    public String fullText() {
        return String.join("\n\n", clauses.stream().map(Clause::text).toList());
    }
}
