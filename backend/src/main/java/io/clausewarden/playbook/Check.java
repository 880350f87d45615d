package io.clausewarden.playbook;

import java.util.Map;

/**
 * A deterministic test of clause text. Each kind has a snake_case name used as {@code kind} in playbooks.
 * A check marked {@code redLine} reports deviations from a term we never accept.
 */
public sealed interface Check
        permits AllowedGoverningLawCheck, AllowedVenueCheck, AutoRenewalCheck, CarveOutCheck, ForbiddenLanguageCheck,
        LiabilityCapCheck, LossExclusionCheck, MutualityCheck, NoticePeriodCheck, NumericThresholdCheck,
        RequiredLanguageCheck {

    String kind();

    boolean redLine();

    CheckResult evaluate(String clauseText);

    /** Evaluates with the other clauses of the same type at hand; only checks that compare clauses use them. */
    default CheckResult evaluate(String clauseText, SameType sameType) {
        return evaluate(clauseText);
    }

    /**
     * True when the check is about the clause type as a whole (language that must appear somewhere in it)
     * rather than about each clause: then one compliant clause of the type satisfies it.
     */
    default boolean wholeType() {
        return false;
    }

    /**
     * A sentence that supplies the term when the clause type lacks it, appended to the clause that should hold it;
     * null when the check has none.
     */
    default String insert() {
        return null;
    }

    /** Why the term counts as absent when no clause of the type states it, for checks that can tell. */
    default String absence() {
        return "The term is not stated.";
    }

    /** The check as it reads a document whose sides bear {@code names}; most checks do not depend on them. */
    default Check boundTo(PartyNames names) {
        return this;
    }

    /** The playbook parameters of this check, without {@code kind} and {@code redLine}, in writing order. */
    Map<String, Object> parameters();
}
