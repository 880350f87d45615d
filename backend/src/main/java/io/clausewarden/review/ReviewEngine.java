package io.clausewarden.review;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.classify.ClauseType;
import io.clausewarden.classify.TypeScore;
import io.clausewarden.contracttype.ContractClassification;
import io.clausewarden.contracttype.ContractType;
import io.clausewarden.contracttype.ContractTypeClassifier;
import io.clausewarden.contracttype.FitAssessor;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DraftingNote;
import io.clausewarden.document.ToComplete;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelUse;
import io.clausewarden.parties.DocumentParties;
import io.clausewarden.playbook.Definitions;
import io.clausewarden.playbook.DocumentFacts;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import io.clausewarden.playbook.Requirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Classifies clauses, finds the position each clause reaches under the playbook and reports verified findings,
 * in document order (missing clauses last). With a model session, the playbook's questions are then asked and
 * their findings added beside the rules' (a model never removes a rule finding). The report also says what kind of
 * contract the document is and whether the playbook is written for it, naming one of the available playbooks that
 * is when it is not. A required clause the document lacks is reported with where to put it ({@link ClausePlacement}).
 */
public final class ReviewEngine {
    private static final Findings FINDINGS = new Findings();
    private static final ContractTypeClassifier CONTRACT_TYPES = new ContractTypeClassifier();
    private static final ClauseOrder CLAUSE_ORDER = ClauseOrder.bundled();

    private final ClauseClassifier classifier;

    public ReviewEngine(ClauseClassifier classifier) {
        this.classifier = classifier;
    }

    public ReviewReport review(Playbook playbook, List<Clause> clauses) {
        return review(UUID.randomUUID().toString(), playbook, clauses);
    }

    public ReviewReport review(String reportId, Playbook playbook, List<Clause> clauses) {
        return review(reportId, playbook, clauses, ReviewListener.NONE);
    }

    public ReviewReport review(String reportId, Playbook playbook, List<Clause> clauses, ReviewListener listener) {
        return review(reportId, playbook, clauses, listener, JudgementSession.off());
    }

    public ReviewReport review(String reportId, Playbook playbook, List<Clause> clauses, ReviewListener listener,
                               JudgementSession session) {
        return review(reportId, playbook, clauses, listener, session, List.of());
    }

    /** @param available the playbooks to suggest when this one does not fit the contract, in preference order */
    public ReviewReport review(String reportId, Playbook playbook, List<Clause> clauses, ReviewListener listener,
                               JudgementSession session, List<Playbook> available) {
        return review(reportId, playbook, clauses, List.of(), listener, session, available, null);
    }

    /**
     * @param notes the document's drafting notes: never reviewed, only listed with the placeholders as what is left
     *              to complete
     * @param weAre who the reviewer says we are ("Acme", or a role word such as "Licensee"); null to read it from
     *              the document
     */
    public ReviewReport review(String reportId, Playbook stored, List<Clause> clauses, List<DraftingNote> notes,
                               ReviewListener listener, JudgementSession session, List<Playbook> available,
                               String weAre) {
        DocumentParties.Reading parties = DocumentParties.readClauses(clauses, stored.ourRole(), weAre);
        List<ReviewReport.ReviewedClause> reviewed = new ArrayList<>();
        Map<String, List<Clause>> clausesByType = new LinkedHashMap<>();
        Map<String, Clause> primaryByType = new HashMap<>();
        Map<String, Double> primaryScore = new HashMap<>();
        Map<Integer, String> leadingType = new HashMap<>();
        listener.checkpoint();
        List<List<TypeScore>> classified = classifier.classifyAll(clauses, done -> {
            listener.checkpoint();
            listener.clausesClassified(done, clauses.size());
        });
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            List<TypeScore> types = classified.get(i);
            reviewed.add(new ReviewReport.ReviewedClause(clause.index(), clause.heading(), clause.text(), types));
            types.stream().max(Comparator.comparingDouble(TypeScore::confidence))
                    .ifPresent(top -> leadingType.put(clause.index(), top.type()));
            for (TypeScore type : types) {
                clausesByType.computeIfAbsent(type.type(), t -> new ArrayList<>()).add(clause);
                if (type.confidence() > primaryScore.getOrDefault(type.type(), -1.0)) {
                    primaryScore.put(type.type(), type.confidence());
                    primaryByType.put(type.type(), clause);
                }
            }
        }
        ContractClassification contract = CONTRACT_TYPES.classify(clauses);
        String documentText = clauses.stream().map(Clause::text).collect(Collectors.joining("\n\n"));
        Definitions definitions = Definitions.in(documentText, clauses.stream().map(Clause::heading).toList());
        Playbook.Applied applied = stored.boundTo(parties.names()).appliedTo(new DocumentFacts(documentText,
                clausesByType.keySet(), contract.type(), parties.roles() == null ? null : parties.roles().structure()));
        Playbook playbook = applied.playbook();
        List<Playbook.Skipped> skipped = new ArrayList<>(applied.skipped());
        Map<String, Finding> findings = new LinkedHashMap<>();
        EditGuard guard = new EditGuard(playbook, clauses, classified, parties.names(), this::label);
        for (Position position : playbook.positions()) {
            listener.checkpoint();
            List<Clause> ofType = clausesByType.getOrDefault(position.clauseType(), List.of());
            List<Finding> found = new ArrayList<>(!ofType.isEmpty()
                    ? PositionEvaluator.evaluate(position, ofType, primaryByType.get(position.clauseType()),
                            c -> position.clauseType().equals(leadingType.get(c.index())), definitions,
                            FINDINGS)
                    : position.required() ? absent(position, contract, skipped) : List.of());
            for (Requirement requirement : position.requirements()) {
                List<Clause> in = clausesByType.getOrDefault(requirement.in(), List.of());
                if (!in.isEmpty()) {
                    found.addAll(PositionEvaluator.evaluate(position.on(requirement), in,
                            primaryByType.get(requirement.in()), c -> requirement.in().equals(leadingType.get(c.index())),
                            definitions, FINDINGS));
                }
            }
            for (Finding finding : QuoteVerifier.verify(guard.review(found), clauses)) {
                findings.putIfAbsent(finding.id(), finding);
            }
        }
        List<Finding> ruled = new EditMerger(clauses, this::label).merge(List.copyOf(findings.values()));
        findings.clear();
        ClausePlacement placement = new ClausePlacement(CLAUSE_ORDER, this::label);
        for (Finding verified : QuoteVerifier.verify(ruled, clauses)) {
            Finding finding = Finding.MISSING.equals(verified.position()) && verified.clauseIndex() == null
                    ? verified.placedAt(placement.place(verified.clauseType(), clauses, classified)) : verified;
            findings.put(finding.id(), finding);
            listener.finding(finding);
        }
        listener.checkpoint();
        ModelQuestions.Outcome judged = new ModelQuestions(FINDINGS, this::label).ask(playbook, clausesByType, session,
                clauses, listener);
        judged.findings().forEach(f -> findings.putIfAbsent(f.id(), f));
        List<Finding> ordered = new ArrayList<>(findings.values());
        ordered.sort(Comparator.comparing((Finding f) -> f.clauseIndex() == null ? Integer.MAX_VALUE : f.clauseIndex()));
        ModelUse use = session.use();
        return new ReviewReport(reportId, new ReviewReport.PlaybookRef(playbook.id(), playbook.version()),
                reviewed, ordered, use, ModelUse.OFF.equals(use.status()) ? List.of() : judged.notAssessed(),
                contract, FitAssessor.assess(contract, stored, available), parties.roles(), ToComplete.in(clauses, notes),
                skipped);
    }

    /**
     * A required clause the document lacks is missing, unless the document supplements a main agreement (a data
     * processing agreement), where the commercial clauses live.
     */
    private List<Finding> absent(Position position, ContractClassification contract, List<Playbook.Skipped> skipped) {
        if (contract.supplementsMainAgreement()) {
            skipped.add(new Playbook.Skipped(position.id(), position.clauseType(), "Not reported missing: the document is "
                    + ContractType.ofCode(contract.type()).orElseThrow().described() + ", which supplements a main "
                    + "agreement: " + label(position).toLowerCase(java.util.Locale.ROOT)
                    + " belongs there."));
            return List.of();
        }
        return List.of(FINDINGS.missing(position, label(position)));
    }

    private String label(Position position) {
        return label(position.clauseType());
    }

    private String label(String clauseType) {
        return classifier.taxonomy().type(clauseType).map(ClauseType::label).orElse(clauseType);
    }
}
