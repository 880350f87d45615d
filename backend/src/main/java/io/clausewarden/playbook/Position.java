package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * What we want for one clause type.
 *
 * @param preferred the language we propose
 * @param fallbacks acceptable alternatives, in the order we offer them
 * @param redLines  terms we never accept
 * @param checks    deterministic checks of the preferred position; one marked {@code redLine} acts as a red line
 * @param question  a question for a language model where judgement is needed; stored, not yet asked
 * @param guidance  internal note for our reviewers, never written into the document
 * @param comment   text suitable for a comment to the counterparty
 */
public record Position(String clauseType, Importance importance, boolean required, String preferred,
                       List<Fallback> fallbacks, List<RedLine> redLines, List<Check> checks,
                       String question, String guidance, String comment) {
    public Position {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        redLines = redLines == null ? List.of() : List.copyOf(redLines);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The checks of the red lines, then the position's checks marked as red lines. */
    public List<Check> redLineChecks() {
        List<Check> found = new ArrayList<>();
        redLines.forEach(r -> found.addAll(r.checks()));
        checks.stream().filter(Check::redLine).forEach(found::add);
        return found;
    }

    Position boundTo(PartyNames names) {
        return new Position(clauseType, importance, required, PartyPlaceholders.text(preferred, names),
                fallbacks.stream().map(f -> new Fallback(PartyPlaceholders.text(f.text(), names), f.requiresApproval(),
                        bound(f.checks(), names))).toList(),
                redLines.stream().map(r -> new RedLine(r.description(), bound(r.checks(), names))).toList(),
                bound(checks, names), PartyPlaceholders.text(question, names), guidance,
                PartyPlaceholders.text(comment, names));
    }

    private static List<Check> bound(List<Check> checks, PartyNames names) {
        return checks.stream().map(c -> c.boundTo(names)).toList();
    }

    /** The checks that decide whether the preferred position is met. */
    public List<Check> preferredChecks() {
        return checks.stream().filter(c -> !c.redLine()).toList();
    }
}
