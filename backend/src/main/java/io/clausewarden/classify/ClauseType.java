package io.clausewarden.classify;

import java.util.List;

/**
 * A clause type of the taxonomy.
 *
 * @param headings regular-expression phrases matched as whole words against heading path parts
 * @param patterns regular expressions matched against the clause text
 */
public record ClauseType(String id, String label, String cuad, List<String> headings, List<String> patterns) {
    public ClauseType {
        headings = headings == null ? List.of() : List.copyOf(headings);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
