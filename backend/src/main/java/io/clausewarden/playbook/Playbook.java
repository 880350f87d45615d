package io.clausewarden.playbook;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A firm's negotiating positions for one contract type and side.
 *
 * @param ourRole the side we take: customer, provider, recipient, discloser, or either/mutual
 */
public record Playbook(String id, String name, int version, String contractType, String ourRole,
                       List<Position> positions) {
    public Playbook {
        positions = List.copyOf(positions);
    }

    /** A position not applied to a document, and why. */
    public record Skipped(String positionId, String clauseType, String reason) {
    }

    /** The positions that apply to one document, and those that do not. */
    public record Applied(Playbook playbook, List<Skipped> skipped) {
        public Applied {
            skipped = List.copyOf(skipped);
        }
    }

    /** The first position on the clause type. */
    public Optional<Position> position(String clauseType) {
        return positions.stream().filter(p -> p.clauseType().equals(clauseType)).findFirst();
    }

    /**
     * Every position that reads clauses of the type: those on the type, and the requirements other positions place on
     * it (as {@link Position#on(Requirement)}).
     */
    public List<Position> readingClausesOf(String clauseType) {
        List<Position> reading = new ArrayList<>();
        for (Position p : positions) {
            if (p.clauseType().equals(clauseType)) {
                reading.add(p);
            }
            p.requirements().stream().filter(r -> r.in().equals(clauseType)).map(p::on).forEach(reading::add);
        }
        return reading;
    }

    /** The position {@code positionId} as it reads clauses of {@code clauseType}. */
    public Optional<Position> reading(String positionId, String clauseType) {
        return readingClausesOf(clauseType).stream().filter(p -> p.id().equals(positionId)).findFirst();
    }

    /** The playbook with only the positions whose conditions hold for the document. */
    public Applied appliedTo(DocumentFacts facts) {
        List<Position> applied = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Position p : positions) {
            Optional<String> unmet = p.unmetIn(facts);
            if (unmet.isPresent()) {
                skipped.add(new Skipped(p.id(), p.clauseType(), "Not applied: " + unmet.get() + "."));
            } else {
                applied.add(p);
            }
        }
        return new Applied(new Playbook(id, name, version, contractType, ourRole, applied), skipped);
    }

    /**
     * The playbook as it reads one document: party placeholders in its language and texts stand for the
     * document's names, and party-aware checks know who is who. The stored playbook is unchanged.
     */
    public Playbook boundTo(PartyNames names) {
        return new Playbook(id, name, version, contractType, ourRole,
                positions.stream().map(p -> p.boundTo(names)).toList());
    }

    /** Serialises as the published playbook format, so an exported definition can be imported again. */
    @JsonValue
    public JsonNode toJsonTree() {
        return PlaybookWriter.toTree(this);
    }
}
