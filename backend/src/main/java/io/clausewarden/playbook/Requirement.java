package io.clausewarden.playbook;

import java.util.List;

/**
 * A term a position needs in clauses of another type: "the IP indemnity sits outside the cap" is a requirement of
 * the indemnity position on the limitation-of-liability clauses. Its findings quote those clauses.
 *
 * @param in       the clause type the checks run on
 * @param describe what the requirement secures, in a lawyer's words
 */
public record Requirement(String in, String describe, List<Check> checks) {
    public Requirement {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    Requirement boundTo(PartyNames names) {
        return new Requirement(in, PartyPlaceholders.text(describe, names), checks.stream().map(c -> c.boundTo(names)).toList());
    }
}
