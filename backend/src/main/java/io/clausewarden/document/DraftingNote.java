package io.clausewarden.document;

/**
 * Text of a draft that speaks to whoever completes it rather than stating a term of the contract. It is never a
 * clause (not classified, quoted or edited) but stays known, so a review can say what is left to complete.
 *
 * @param position the number of clauses before it: the index of the clause that follows it
 * @param kind     what it is
 * @param heading  the heading path it sits under, may be null
 * @param text     its text
 * @param anchor   where it is, as for a {@link Clause}; null for text formats
 */
public record DraftingNote(int position, Kind kind, String heading, String text, String anchor) {
    public enum Kind {
        /** "[Drafting note: …]", "Note to draft: …", "[NTD: …]", "[Note: …]". */
        NOTE,
        /** "Instructions: fill in …": how to complete the form. */
        INSTRUCTION,
        /** A cover page's explanation of a field ("How Confidential Information may be used"). */
        GUIDANCE,
        /** A paragraph that is only blanks to fill in: "{purpose}", "Governing Law: ________", "Date:". */
        BLANK
    }

    public DraftingNote {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("a drafting note needs a kind and a text");
        }
    }
}
