package io.clausewarden.redline;

import java.util.List;

/** A verified redlined document and what happened to each edit. */
public record RedlineResult(byte[] docx, List<Applied> applied, List<Skipped> skipped) {
    public RedlineResult {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }

    /** @param paragraphIndex where the edit landed, in the document reader's paragraph order */
    public record Applied(String editId, int paragraphIndex, int deletions, int insertions) {
    }

    /** @param reason why the edit was not applied; never contains document text */
    public record Skipped(String editId, String reason) {
    }
}
