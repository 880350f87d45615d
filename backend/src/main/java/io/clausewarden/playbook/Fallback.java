package io.clausewarden.playbook;

import java.util.List;

/**
 * An acceptable alternative to the preferred language, possibly needing sign-off.
 *
 * @param checks when the fallback is met; a fallback without checks is guidance for the reviewer only.
 *               A fallback's check relaxes the position's checks of the same kind.
 */
public record Fallback(String text, boolean requiresApproval, List<Check> checks) {
    public Fallback {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Fallback(String text, boolean requiresApproval) {
        this(text, requiresApproval, List.of());
    }
}
