package io.clausewarden.redline;

import io.clausewarden.support.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal edits for hosts where the task pane applies the change itself with change tracking on.
 * Offsets are in the original quote; the list runs from the end of the quote to its start and, for a
 * replacement, puts the delete before the insert, so applying the operations in list order to the quote
 * gives the suggested text.
 */
public final class TextOperations {
    public static final String DELETE = "delete";
    public static final String INSERT = "insert";

    /**
     * @param anchorQuote  the quote the offsets refer to
     * @param anchorSha256 hex SHA-256 of the quote's UTF-8 bytes
     */
    public record Operation(String op, int offset, int length, String text, String anchorQuote, String anchorSha256) {
    }

    private TextOperations() {
    }

    public static List<Operation> of(String original, String suggested) {
        String sha = Sha256.hex(original);
        List<TextChange> changes = WordDiff.changes(original, suggested);
        List<Operation> operations = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            TextChange c = changes.get(i);
            if (!c.deleted().isEmpty()) {
                operations.add(new Operation(DELETE, c.offset(), c.deleted().length(), c.deleted(), original, sha));
            }
            if (!c.inserted().isEmpty()) {
                operations.add(new Operation(INSERT, c.offset(), c.inserted().length(), c.inserted(), original, sha));
            }
        }
        return List.copyOf(operations);
    }
}
