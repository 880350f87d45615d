package io.clausewarden.review;

import io.clausewarden.classify.TypeScore;
import io.clausewarden.contracttype.ContractClassification;
import io.clausewarden.contracttype.PlaybookFit;
import io.clausewarden.document.ToComplete;
import io.clausewarden.llm.ModelUse;
import io.clausewarden.parties.PartyRoles;
import io.clausewarden.playbook.Playbook;
import java.util.List;

/**
 * The outcome of one review, in the JSON shape clients consume.
 *
 * @param model       how a language model took part; findings say their own source ("rule" or "model")
 * @param notAssessed positions with a question the model did not assess, and why
 * @param contract    what kind of contract the document is; null in reports stored before it was recorded
 * @param fit         whether the playbook is written for that kind of contract; null likewise
 * @param parties     the parties found, which of them we are, and whether the contract runs both ways; null likewise
 * @param toComplete  what the draft leaves to complete (placeholders, drafting notes, instructions), each once;
 *                    empty in reports stored before it was recorded
 * @param notApplied  positions whose conditions ({@code when:}) the document does not meet, and why; empty likewise
 */
public record ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings,
                           ModelUse model, List<NotAssessed> notAssessed, ContractClassification contract,
                           PlaybookFit fit, PartyRoles parties, List<ToComplete> toComplete,
                           List<Playbook.Skipped> notApplied) {
    public ReviewReport {
        clauses = List.copyOf(clauses);
        findings = List.copyOf(findings);
        notAssessed = notAssessed == null ? List.of() : List.copyOf(notAssessed);
        toComplete = toComplete == null ? List.of() : List.copyOf(toComplete);
        notApplied = notApplied == null ? List.of() : List.copyOf(notApplied);
    }

    public ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings,
                        ModelUse model, List<NotAssessed> notAssessed, ContractClassification contract,
                        PlaybookFit fit, PartyRoles parties, List<ToComplete> toComplete) {
        this(id, playbook, clauses, findings, model, notAssessed, contract, fit, parties, toComplete, List.of());
    }

    public ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings,
                        ModelUse model, List<NotAssessed> notAssessed, ContractClassification contract,
                        PlaybookFit fit) {
        this(id, playbook, clauses, findings, model, notAssessed, contract, fit, null, List.of());
    }

    public ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings,
                        ModelUse model, List<NotAssessed> notAssessed) {
        this(id, playbook, clauses, findings, model, notAssessed, null, null, null, List.of());
    }

    public ReviewReport(String id, PlaybookRef playbook, List<ReviewedClause> clauses, List<Finding> findings) {
        this(id, playbook, clauses, findings, null, List.of());
    }

    public record PlaybookRef(String id, int version) {
    }

    public record ReviewedClause(int index, String heading, String text, List<TypeScore> types) {
        public ReviewedClause {
            types = List.copyOf(types);
        }
    }

    /**
     * A position whose question was not assessed by the model for some clauses: the deterministic findings stand
     * alone there.
     *
     * @param reasons       why, as codes (provider_unavailable, budget_exhausted, no_endpoint_in_region, ...)
     * @param clauseIndexes the clauses the question was not assessed for
     */
    public record NotAssessed(String clauseType, String question, List<String> reasons, List<Integer> clauseIndexes) {
        public NotAssessed {
            reasons = List.copyOf(reasons);
            clauseIndexes = List.copyOf(clauseIndexes);
        }
    }
}
