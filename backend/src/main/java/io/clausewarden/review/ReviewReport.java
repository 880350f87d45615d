package io.clausewarden.review;

import io.clausewarden.classify.TypeScore;
import java.util.List;

/** The outcome of one review, in the JSON shape clients consume. */
public record ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings) {
    public ReviewReport {
        clauses = List.copyOf(clauses);
        findings = List.copyOf(findings);
    }

    public record PlaybookRef(String id, int version) {
    }

    public record ReviewedClause(int index, String heading, String text, List<TypeScore> types) {
        public ReviewedClause {
            types = List.copyOf(types);
        }
    }
}
