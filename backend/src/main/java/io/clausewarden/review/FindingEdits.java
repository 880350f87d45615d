package io.clausewarden.review;

import io.clausewarden.redline.Edit;
import io.clausewarden.redline.Insertion;

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

    /** A missing clause with a placement and a suggested text is proposed as new paragraphs in the document. */
    public static boolean isInsertable(Finding finding) {
        return Finding.MISSING.equals(finding.position()) && finding.placement() != null
                && finding.suggestedText() != null && !finding.suggestedText().isBlank();
    }

    /**
     * Missing clauses as insertions after the clause their placement names. The comment on the new clause is the
     * playbook's counterparty comment, else a plain note that the clause is proposed: the rationale is internal and
     * never goes into the document.
     */
    public static List<Insertion> insertions(List<Finding> findings, Map<Integer, String> anchors) {
        return findings.stream().filter(FindingEdits::isInsertable)
                .map(f -> new Insertion(f.id(), anchors.get(f.placement().afterClauseIndex()), f.placement().afterHeading(),
                        f.placement().heading(), f.suggestedText(), f.comment() != null && !f.comment().isBlank()
                        ? f.comment() : "Proposed new clause: this agreement has no " + f.clauseType().replace('_', ' ')
                        + " clause."))
                .toList();
    }
}
