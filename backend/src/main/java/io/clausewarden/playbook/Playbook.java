package io.clausewarden.playbook;

import java.util.List;
import java.util.Optional;

/** A firm's negotiating positions for one contract type and side. */
public record Playbook(String id, String name, int version, String contractType, String ourRole,
                       List<Position> positions) {
    public Playbook {
        positions = List.copyOf(positions);
    }

    public Optional<Position> position(String clauseType) {
        return positions.stream().filter(p -> p.clauseType().equals(clauseType)).findFirst();
    }
}
