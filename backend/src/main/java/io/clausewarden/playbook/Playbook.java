package io.clausewarden.playbook;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
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

    public Optional<Position> position(String clauseType) {
        return positions.stream().filter(p -> p.clauseType().equals(clauseType)).findFirst();
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
