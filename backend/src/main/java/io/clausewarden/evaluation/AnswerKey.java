package io.clausewarden.evaluation;

import java.util.List;

/**
 * A reviewer's answer key for one contract: per playbook position the outcomes a careful lawyer accepts, where a
 * correct finding points, and the passages that protect our side.
 *
 * @param document     the contract, relative to the corpus directory
 * @param playbook     the bundled playbook id the key is written against
 * @param ourParty     the party we review for, as the document names it
 * @param counterparty the other party, as the document names it
 */
public record AnswerKey(String document, String playbook, String ourParty, String counterparty,
                        List<Expectation> expectations, List<ProtectedPassage> protectedPassages) {
    public AnswerKey {
        expectations = List.copyOf(expectations);
        protectedPassages = List.copyOf(protectedPassages);
    }

    /**
     * @param accept the outcomes accepted for the clause type: preferred, fallback, deviation, red_line, needs_review,
     *               missing, not_applicable
     * @param anchor verbatim text inside the clause that a correct finding quotes; null when none is expected
     */
    public record Expectation(String clauseType, List<String> accept, String anchor, String why) {
        public Expectation {
            accept = List.copyOf(accept);
        }
    }

    public record ProtectedPassage(String text, String why) {
    }
}
