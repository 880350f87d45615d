package io.clausewarden.evaluation;

import io.clausewarden.review.Finding;
import io.clausewarden.review.ReviewReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a review against an answer key: the reported outcome of each position, whether a finding of that type
 * with an accepted outcome quotes the lawyer's anchor, and whether any suggested edit deletes words of a protected
 * passage.
 */
public final class KeyScorer {
    private KeyScorer() {
    }

    public static KeyScore score(AnswerKey key, ReviewReport report) {
        ComparableText text = new ComparableText(report.clauses().stream().map(ReviewReport.ReviewedClause::text).toList());
        List<KeyScore.ExpectationScore> scores = new ArrayList<>();
        for (AnswerKey.Expectation expectation : key.expectations()) {
            List<Finding> ofType = report.findings().stream()
                    .filter(f -> expectation.clauseType().equals(f.clauseType())).toList();
            String reported = Outcomes.reported(ofType);
            boolean accepted = expectation.accept().contains(reported);
            boolean anchorExpected = expectation.anchor() != null && !(accepted && Outcomes.quotesNothing(reported));
            boolean anchorFound = expectation.anchor() == null || text.contains(expectation.anchor());
            boolean hit = anchorExpected && ofType.stream().anyMatch(f -> expectation.accept().contains(f.position())
                    && f.quote() != null && f.clauseIndex() != null
                    && text.sharedText(f.clauseIndex(), f.quote(), expectation.anchor()) != null);
            scores.add(new KeyScore.ExpectationScore(expectation.clauseType(), expectation.accept(), reported, accepted,
                    anchorExpected, hit, anchorFound));
        }
        return new KeyScore(key.document(), scores, touches(key, report, text));
    }

    private static List<KeyScore.Touch> touches(AnswerKey key, ReviewReport report, ComparableText text) {
        List<KeyScore.Touch> touches = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.quote() == null || finding.suggestedText() == null || finding.clauseIndex() == null) {
                continue;
            }
            String suggested = ComparableText.normalise(finding.suggestedText());
            for (AnswerKey.ProtectedPassage passage : key.protectedPassages()) {
                String overlapped = text.sharedText(finding.clauseIndex(), finding.quote(), passage.text());
                if (overlapped != null && !suggested.contains(overlapped)) {
                    touches.add(new KeyScore.Touch(finding.id(), finding.clauseType(), passage.text(), overlapped));
                }
            }
        }
        return touches;
    }
}
