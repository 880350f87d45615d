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

    /** Serialises as the published playbook format, so an exported definition can be imported again. */
    @JsonValue
    public JsonNode toJsonTree() {
        return PlaybookWriter.toTree(this);
    }
}
