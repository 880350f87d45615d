package io.clausewarden.classify;

import java.util.List;

/**
 * A clause type of the taxonomy.
 *
 * @param headings  regular-expression phrases matched as whole words against heading path parts
 * @param patterns  regular expressions matched against the clause text
 * @param exemplars short sentences written for the taxonomy that say what a clause of this type says; the
 *                  embedding scorer compares clauses with them
 */
public record ClauseType(String id, String label, String cuad, List<String> headings, List<String> patterns,
                         List<String> exemplars) {
    public ClauseType {
        headings = headings == null ? List.of() : List.copyOf(headings);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        exemplars = exemplars == null ? List.of() : List.copyOf(exemplars);
    }
}
