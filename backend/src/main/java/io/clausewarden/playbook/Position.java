package io.clausewarden.playbook;

import java.util.List;

/**
 * What we want for one clause type.
 *
 * @param preferred the language we propose
 * @param redLines  descriptions of terms we never accept
 * @param guidance  internal note for our reviewers
 * @param comment   text suitable for a comment to the counterparty
 */
public record Position(String clauseType, Importance importance, boolean required, String preferred,
                       List<Fallback> fallbacks, List<String> redLines, List<Check> checks,
                       String guidance, String comment) {
    public Position {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        redLines = redLines == null ? List.of() : List.copyOf(redLines);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
