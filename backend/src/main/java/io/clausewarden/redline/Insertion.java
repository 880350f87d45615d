package io.clausewarden.redline;

/**
 * A new clause to add to a document, as tracked paragraphs right after an existing paragraph.
 *
 * @param id           the caller's id, echoed in the result (e.g. the finding id)
 * @param afterAnchor  "paragraphIndex:sha12" of the paragraph the clause follows, as produced by the document reader;
 *                     null when the document gave no anchors (then the insertion is skipped)
 * @param afterHeading the heading of the section the clause follows, without its number; its paragraph lends the new
 *                     heading its formatting. Null when there is none
 * @param heading      the new clause's heading line; null for none
 * @param text         the clause text; a blank line starts another paragraph
 * @param comment      the comment attached to the new clause; null for none
 */
public record Insertion(String id, String afterAnchor, String afterHeading, String heading, String text, String comment) {
}
