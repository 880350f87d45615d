package io.clausewarden.playbook;

/**
 * A deterministic test of clause text. Each kind has a snake_case name used as {@code kind} in playbooks.
 * A check marked {@code redLine} reports deviations from a term we never accept.
 */
public sealed interface Check
        permits AllowedGoverningLawCheck, LiabilityCapCheck, RequiredLanguageCheck, ForbiddenLanguageCheck {

    String kind();

    boolean redLine();

    CheckResult evaluate(String clauseText);

    /**
     * True when the check is about the clause type as a whole (language that must appear somewhere in it)
     * rather than about each clause: then one compliant clause of the type satisfies it.
     */
    default boolean wholeType() {
        return false;
    }
}
