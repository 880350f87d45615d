package io.clausewarden.review;

import io.clausewarden.document.Clause;
import io.clausewarden.playbook.Check;
import io.clausewarden.playbook.Definitions;
import io.clausewarden.playbook.CheckResult;
import io.clausewarden.playbook.Fallback;
import io.clausewarden.playbook.Position;
import io.clausewarden.playbook.RedLine;
import io.clausewarden.playbook.SameType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides which position each clause of one type reaches: red lines first (checked even when the preferred
 * position seems met), then the preferred checks, then each fallback in order. A fallback's checks relax the
 * preferred checks of the same kind. At most one "preferred" finding confirms a position, on its best clause,
 * and only when nothing about the position needs attention: on the clause a passing check points at, or, for the
 * type's general position when no check points at any text, on the whole clause most surely of the type.
 */
final class PositionEvaluator {
    private final Position position;
    private final List<Clause> clauses;
    private final Clause primary;
    private final Predicate<Clause> leads;
    private final SameType sameType;
    private final Findings findings;
    private final List<Finding> found = new ArrayList<>();
    private Clause bestClause;
    private CheckResult bestEvidence;
    private Check bestCheck;
    private int bestScore;

    private PositionEvaluator(Position position, List<Clause> clauses, Clause primary, Predicate<Clause> leads,
                              Definitions definitions, Findings findings) {
        this.position = position;
        this.clauses = clauses;
        this.primary = primary;
        this.leads = leads;
        this.sameType = new SameType(clauses.stream().map(Clause::text).toList(), definitions);
        this.findings = findings;
    }

    /** Findings for {@code position} over the clauses of its type (in document order, at least one). */
    static List<Finding> evaluate(Position position, List<Clause> clauses, Findings findings) {
        return evaluate(position, clauses, clauses.get(0), c -> true, Definitions.NONE, findings);
    }

    /**
     * @param primary     the clause most surely of the type: a term the type lacks is added there
     * @param leads       whether the type is the clause's main type, not one it merely touches
     * @param definitions the terms the document defines
     */
    static List<Finding> evaluate(Position position, List<Clause> clauses, Clause primary, Predicate<Clause> leads,
                                  Definitions definitions, Findings findings) {
        return new PositionEvaluator(position, clauses, primary, leads, definitions, findings).run();
    }

    private List<Finding> run() {
        for (Clause clause : clauses) {
            if (!redLines(clause)) {
                preferred(clause);
            }
        }
        absentTerms();
        wholeTypeChecks();
        if (found.isEmpty() && bestClause != null) {
            found.add(findings.preferred(bestClause, position, bestCheck, bestEvidence));
        } else if (found.isEmpty() && isGeneral() && hasChecks() && clauses.contains(primary) && !primary.text().isBlank()) {
            // The type's general position, and nothing departs from it, but no check points at a sentence (no
            // forbidden language, no renewal to time): say so on the clause most surely of the type, so the
            // reviewer sees it was read. A position on one point of the type (its own id, a requirement) stays
            // silent where its point does not arise.
            found.add(findings.unobjected(primary, position));
        }
        return found;
    }

    /** The position named by its clause type: the one that speaks to the clause as a whole. */
    private boolean isGeneral() {
        return position.id().equals(position.clauseType());
    }

    private boolean hasChecks() {
        return !position.checks().isEmpty() || !position.redLineChecks().isEmpty();
    }

    /** Reports every red line the clause crosses; true when it crosses one. */
    private boolean redLines(Clause clause) {
        boolean crossed = false;
        for (Check check : position.redLineChecks()) {
            if (!check.wholeType()) {
                CheckResult result = check.evaluate(clause.text(), sameType);
                if (result.isDeviation()) {
                    found.add(findings.redLine(clause, position, check, result, redLineOf(check), preferredEdit(clause, check)));
                    crossed = true;
                } else if (result.outcome() == CheckResult.Outcome.NEEDS_REVIEW) {
                    found.add(findings.needsReview(clause, position, check, result));
                }
            }
        }
        return crossed;
    }

    private void preferred(Clause clause) {
        int compliant = 0;
        CheckResult evidence = null;
        Check evidenceCheck = null;
        boolean adverse = false;
        for (Check check : position.preferredChecks()) {
            if (check.wholeType()) {
                continue;
            }
            CheckResult result = check.evaluate(clause.text(), sameType);
            if (result.isDeviation()) {
                found.add(deviationOrFallback(clause, check, result));
                adverse = true;
            } else if (result.outcome() == CheckResult.Outcome.NEEDS_REVIEW) {
                found.add(findings.needsReview(clause, position, check, result));
                adverse = true;
            } else if (result.isCompliant()) {
                compliant++;
                if (evidence == null || evidence.spanStart() < 0 && result.spanStart() >= 0) {
                    evidence = result;
                    evidenceCheck = check;
                }
            }
        }
        if (!adverse) {
            consider(clause, compliant, evidenceCheck, evidence);
        }
    }

    /**
     * Whole-type checks pass if any clause of the type meets them; otherwise the first clause the check could not
     * decide needs review, or else they report on the clause that should hold the term: the primary clause when the
     * check finds fault there, else the first clause it finds fault in. No clause the check applies to, no finding.
     */
    private void wholeTypeChecks() {
        for (Check check : position.redLineChecks()) {
            if (check.wholeType() && passingClause(check) == null && !undecided(check)) {
                Clause at = failingClause(check);
                if (at != null) {
                    found.add(findings.redLine(at, position, check, check.evaluate(at.text(), sameType), redLineOf(check),
                            null));
                }
            }
        }
        for (Check check : position.preferredChecks()) {
            if (!check.wholeType()) {
                continue;
            }
            Clause passing = passingClause(check);
            if (passing == null) {
                Clause at = undecided(check) ? null : failingClause(check);
                if (at != null) {
                    found.add(deviationOrFallback(at, check, check.evaluate(at.text(), sameType)));
                }
            } else {
                consider(passing, 1, check, check.evaluate(passing.text(), sameType));
            }
        }
    }

    private Clause failingClause(Check check) {
        if (check.evaluate(primary.text(), sameType).isDeviation()) {
            return primary;
        }
        return clauses.stream().filter(c -> check.evaluate(c.text(), sameType).isDeviation()).findFirst().orElse(null);
    }

    /**
     * A clause-by-clause check with a sentence to insert, which no clause of the type addresses at all: the term is
     * absent, and the sentence is offered at the end of the primary clause.
     */
    private void absentTerms() {
        for (Check check : position.checks()) {
            if (check.wholeType() || check.insert() == null) {
                continue;
            }
            boolean absent = clauses.stream().allMatch(c ->
                    check.evaluate(c.text(), sameType).outcome() == CheckResult.Outcome.NOT_APPLICABLE);
            if (absent) {
                CheckResult insertion = CheckResult.appended(primary.text(), check.absence(), check.insert());
                found.add(check.redLine()
                        ? findings.redLine(primary, position, check, insertion, redLineOf(check), null)
                        : findings.deviation(primary, position, check, insertion, null));
            }
        }
    }

    /** Reports the first clause on which {@code check} needs review; true when there is one. */
    private boolean undecided(Check check) {
        for (Clause clause : clauses) {
            CheckResult result = check.evaluate(clause.text(), sameType);
            if (result.outcome() == CheckResult.Outcome.NEEDS_REVIEW) {
                found.add(findings.needsReview(clause, position, check, result));
                return true;
            }
        }
        return false;
    }

    /**
     * The first clause that meets the check, preferring one mainly of the type; when none applies the check at all (every clause is not applicable),
     * the first clause, as nothing is wrong.
     */
    private Clause passingClause(Check check) {
        boolean anyApplies = false;
        Clause passing = null;
        for (Clause clause : clauses) {
            CheckResult result = check.evaluate(clause.text(), sameType);
            if (result.isCompliant() && (passing == null || leads.test(clause) && !leads.test(passing))) {
                passing = clause;
            }
            anyApplies |= result.outcome() != CheckResult.Outcome.NOT_APPLICABLE;
        }
        return passing != null ? passing : anyApplies ? null : clauses.get(0);
    }

    private Finding deviationOrFallback(Clause clause, Check check, CheckResult result) {
        List<Fallback> fallbacks = position.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            Fallback fallback = fallbacks.get(i);
            if (relaxes(fallback, check) && isMet(fallback, clause)) {
                return findings.fallback(clause, position, check, result, i);
            }
        }
        return findings.deviation(clause, position, check, result, firstFallbackEdit(clause, check));
    }

    private static boolean relaxes(Fallback fallback, Check check) {
        return fallback.checks().stream().anyMatch(c -> c.kind().equals(check.kind()));
    }

    private boolean isMet(Fallback fallback, Clause clause) {
        for (Check check : fallback.checks()) {
            boolean passes = check.wholeType() ? passingClause(check) != null
                    : !check.evaluate(clause.text(), sameType).isFinding();
            if (!passes) {
                return false;
            }
        }
        return true;
    }

    /** When the preferred check has no edit, the first fallback's check that offers one gives the suggestion. */
    private CheckResult firstFallbackEdit(Clause clause, Check check) {
        for (Fallback fallback : position.fallbacks()) {
            for (Check candidate : fallback.checks()) {
                if (candidate.kind().equals(check.kind())) {
                    CheckResult result = candidate.evaluate(clause.text(), sameType);
                    if (result.isDeviation() && result.suggestedText() != null) {
                        return result;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Only a compliant result that points at the text confirms a position: an absence of bad language does not.
     * Of clauses meeting as many checks, one mainly of the type confirms it rather than one that only touches it.
     */
    private void consider(Clause clause, int compliant, Check check, CheckResult evidence) {
        boolean better = compliant > bestScore
                || compliant == bestScore && bestClause != null && leads.test(clause) && !leads.test(bestClause);
        if (evidence != null && evidence.spanStart() >= 0 && better) {
            bestScore = compliant;
            bestClause = clause;
            bestCheck = check;
            bestEvidence = evidence;
        }
    }

    /** The edit that reaches the preferred position, from a preferred check of the same kind as a red line's. */
    private CheckResult preferredEdit(Clause clause, Check redLineCheck) {
        for (Check check : position.preferredChecks()) {
            if (check.kind().equals(redLineCheck.kind()) && !check.wholeType()) {
                CheckResult result = check.evaluate(clause.text(), sameType);
                if (result.isDeviation() && result.suggestedText() != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private RedLine redLineOf(Check check) {
        return position.redLines().stream().filter(r -> r.checks().contains(check)).findFirst().orElse(null);
    }
}
