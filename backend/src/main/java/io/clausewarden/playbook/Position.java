package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What we want on one point of one clause type. A playbook may hold several positions on a clause type (a general
 * cap and a data-breach cap), each with its own {@code id}.
 *
 * @param preferred    the language we propose
 * @param fallbacks    acceptable alternatives, in the order we offer them
 * @param redLines     terms we never accept
 * @param checks       deterministic checks of the preferred position; one marked {@code redLine} acts as a red line
 * @param question     a question for a language model where judgement is needed
 * @param guidance     internal note for our reviewers, never written into the document
 * @param comment      text suitable for a comment to the counterparty
 * @param id           unique within the playbook; the clause type when the playbook has one position on it
 * @param when         when the position applies; null when always
 * @param requirements terms the position needs in clauses of other types
 */
public record Position(String clauseType, Importance importance, boolean required, String preferred,
                       List<Fallback> fallbacks, List<RedLine> redLines, List<Check> checks,
                       String question, String guidance, String comment, String id, Condition when,
                       List<Requirement> requirements) {
    public Position {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        redLines = redLines == null ? List.of() : List.copyOf(redLines);
        checks = checks == null ? List.of() : List.copyOf(checks);
        id = id == null ? clauseType : id;
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public Position(String clauseType, Importance importance, boolean required, String preferred,
                    List<Fallback> fallbacks, List<RedLine> redLines, List<Check> checks,
                    String question, String guidance, String comment) {
        this(clauseType, importance, required, preferred, fallbacks, redLines, checks, question, guidance, comment,
                null, null, List.of());
    }

    /** The checks of the red lines, then the position's checks marked as red lines. */
    public List<Check> redLineChecks() {
        List<Check> found = new ArrayList<>();
        redLines.forEach(r -> found.addAll(r.checks()));
        checks.stream().filter(Check::redLine).forEach(found::add);
        return found;
    }

    /** The checks that decide whether the preferred position is met. */
    public List<Check> preferredChecks() {
        return checks.stream().filter(c -> !c.redLine()).toList();
    }

    /** Why the position does not apply to the document; empty when it does. */
    public Optional<String> unmetIn(DocumentFacts facts) {
        return when == null ? Optional.empty() : when.unmetIn(facts);
    }

    /**
     * The position as it reads clauses of another type for one of its requirements: same id, importance and comment,
     * the requirement's checks, and what it secures as guidance. Never required: no clause of that type, nothing to
     * require of it.
     */
    public Position on(Requirement requirement) {
        return new Position(requirement.in(), importance, false, null, List.of(), List.of(), requirement.checks(), null,
                requirement.describe() == null ? guidance : requirement.describe().strip() + (guidance == null ? ""
                        : " " + guidance.strip()), comment, id, null, List.of());
    }

    Position boundTo(PartyNames names) {
        return new Position(clauseType, importance, required, PartyPlaceholders.text(preferred, names),
                fallbacks.stream().map(f -> new Fallback(PartyPlaceholders.text(f.text(), names), f.requiresApproval(),
                        bound(f.checks(), names))).toList(),
                redLines.stream().map(r -> new RedLine(r.description(), bound(r.checks(), names))).toList(),
                bound(checks, names), PartyPlaceholders.text(question, names), guidance,
                PartyPlaceholders.text(comment, names), id, when == null ? null : when.boundTo(names),
                requirements.stream().map(r -> r.boundTo(names)).toList());
    }

    private static List<Check> bound(List<Check> checks, PartyNames names) {
        return checks.stream().map(c -> c.boundTo(names)).toList();
    }
}
