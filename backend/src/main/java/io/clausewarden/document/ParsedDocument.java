package io.clausewarden.document;

import java.util.List;

/**
 * The clauses of one document, in reading order, and the drafting notes beside them: the notes are never
 * clauses, so nothing that reviews, quotes or edits clauses sees them.
 */
public record ParsedDocument(Format format, List<Clause> clauses, List<DraftingNote> notes) {
    public enum Format { TEXT, MARKDOWN, DOCX, CLAUSES }

    public ParsedDocument {
        clauses = List.copyOf(clauses);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ParsedDocument(Format format, List<Clause> clauses) {
        this(format, clauses, List.of());
    }

    /** All clause texts joined by blank lines: the text every quote must come from. */
    public String fullText() {
        return String.join("\n\n", clauses.stream().map(Clause::text).toList());
    }
}
