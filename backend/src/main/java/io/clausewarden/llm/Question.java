package io.clausewarden.llm;

/**
 * One playbook question about one clause, as the review asks it.
 *
 * @param positionKey the playbook version and position, part of the cache key
 * @param clauseLabel the clause type's label, e.g. "Limitation of Liability"
 * @param question    the playbook's question, phrased so that "yes" is what the firm wants
 * @param preferred   the firm's preferred language, if the playbook has any
 * @param clauseText  the clause as the document has it, not yet masked
 */
public record Question(String positionKey, String clauseLabel, String question, String preferred, String clauseText) {
    @Override
    public String toString() {
        return "Question[" + positionKey + "]";
    }
}
