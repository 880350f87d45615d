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
}
