package io.clausewarden.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** How one review scored against one answer key. */
public record KeyScore(String document, List<ExpectationScore> expectations, List<Touch> touches) {
    public KeyScore {
        expectations = List.copyOf(expectations);
        touches = List.copyOf(touches);
    }

    /**
     * @param reported       the outcome the review reported for the clause type
     * @param anchorExpected whether a quote on the anchor was expected: the key has an anchor and the review did not
     *                       report an accepted outcome that quotes nothing
     * @param anchorFound    whether the key's anchor occurs in the document at all (false points at the key)
     */
    public record ExpectationScore(String clauseType, List<String> accept, String reported, boolean outcomeAccepted,
                                   boolean anchorExpected, boolean anchorHit, boolean anchorFound) {
        public ExpectationScore {
            accept = List.copyOf(accept);
        }
    }

    /** A suggested edit that deletes or weakens words of a protected passage. */
    public record Touch(String findingId, String clauseType, String passage, String overlapped) {
    }

    @JsonProperty
    public long outcomesAccepted() {
        return expectations.stream().filter(ExpectationScore::outcomeAccepted).count();
    }

    @JsonProperty
    public long anchorsExpected() {
        return expectations.stream().filter(ExpectationScore::anchorExpected).count();
    }

    @JsonProperty
    public long anchorsHit() {
        return expectations.stream().filter(e -> e.anchorExpected() && e.anchorHit()).count();
    }
}
