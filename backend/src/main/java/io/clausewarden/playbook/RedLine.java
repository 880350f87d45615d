package io.clausewarden.playbook;

import java.util.List;

/**
 * A term we never accept. Its checks run on every clause of the type, even one that seems to meet the preferred
 * position; a check that finds a deviation means the red line is crossed.
 */
public record RedLine(String description, List<Check> checks) {
    public RedLine {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public RedLine(String description) {
        this(description, List.of());
    }
}
