package io.clausewarden.review;

import io.clausewarden.redline.Edit;

import java.util.List;
import java.util.Map;

/** Findings that propose a change to quoted text become redline edits. */
public final class FindingEdits {
    private FindingEdits() {
    }

    public static boolean isEditable(Finding finding) {
        return finding.quote() != null && finding.suggestedText() != null && finding.clauseIndex() != null
                && !finding.suggestedText().equals(finding.quote());
    }

    /** @param anchors the document's paragraph anchors by clause index, so each edit lands where it was found */
    public static List<Edit> of(List<Finding> findings, Map<Integer, String> anchors) {
        return findings.stream().filter(FindingEdits::isEditable)
                .map(f -> new Edit(f.id(), anchors.get(f.clauseIndex()), f.quote(), f.quoteSha256(), f.suggestedText(),
                        f.comment()))
                .toList();
    }
}
