package io.clausewarden.review;

import io.clausewarden.support.Sha256;
import io.clausewarden.document.Clause;
import java.util.List;

/**
 * The last gate before findings leave the engine: a finding survives only if its quote occurs verbatim in
 * its clause and in the whole input, and its hash matches. This is what keeps us from ever showing an
 * invented quote.
 */
public final class QuoteVerifier {
    private QuoteVerifier() {
    }

    public static List<Finding> verify(List<Finding> findings, List<Clause> clauses) {
        String fullText = String.join("\n\n", clauses.stream().map(Clause::text).toList());
        return findings.stream().filter(f -> isVerified(f, clauses, fullText)).toList();
    }

    private static boolean isVerified(Finding finding, List<Clause> clauses, String fullText) {
        if (Finding.MISSING.equals(finding.position())) {
            return finding.clauseIndex() == null && finding.quote() == null && finding.quoteSha256() == null;
        }
        Integer index = finding.clauseIndex();
        String quote = finding.quote();
        if (index == null || index < 0 || index >= clauses.size() || quote == null || quote.isEmpty()) {
            return false;
        }
        Clause clause = clauses.get(index);
        return clause.index() == index
                && clause.text().contains(quote)
                && fullText.contains(quote)
                && Sha256.hex(quote).equals(finding.quoteSha256());
    }
}
