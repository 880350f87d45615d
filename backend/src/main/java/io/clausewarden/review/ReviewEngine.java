package io.clausewarden.review;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.classify.ClauseType;
import io.clausewarden.classify.TypeScore;
import io.clausewarden.document.Clause;
import io.clausewarden.playbook.Check;
import io.clausewarden.playbook.CheckResult;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Classifies clauses, runs the playbook's checks on them and reports verified findings. */
public final class ReviewEngine {
    private static final String SOURCE_RULE = "rule";
    private static final int MIN_QUOTE_CHARS = 30;

    private final ClauseClassifier classifier;

    public ReviewEngine(ClauseClassifier classifier) {
        this.classifier = classifier;
    }

    public ReviewReport review(Playbook playbook, List<Clause> clauses) {
        return review(UUID.randomUUID().toString(), playbook, clauses);
    }

    public ReviewReport review(String reportId, Playbook playbook, List<Clause> clauses) {
        List<ReviewReport.ReviewedClause> reviewed = new ArrayList<>();
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<String, List<Clause>> clausesByType = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            List<TypeScore> types = classifier.classify(clause);
            reviewed.add(new ReviewReport.ReviewedClause(clause.index(), clause.heading(), clause.text(), types));
            for (TypeScore type : types) {
                clausesByType.computeIfAbsent(type.type(), t -> new ArrayList<>()).add(clause);
                playbook.position(type.type()).ifPresent(position ->
                        clauseChecks(clause, position).forEach(f -> findings.putIfAbsent(f.id(), f)));
            }
        }
        for (Position position : playbook.positions()) {
            List<Clause> ofType = clausesByType.getOrDefault(position.clauseType(), List.of());
            if (ofType.isEmpty()) {
                if (position.required()) {
                    Finding missing = missing(position);
                    findings.putIfAbsent(missing.id(), missing);
                }
            } else {
                typeChecks(ofType, position).forEach(f -> findings.putIfAbsent(f.id(), f));
            }
        }
        List<Finding> verified = QuoteVerifier.verify(List.copyOf(findings.values()), clauses);
        return new ReviewReport(reportId, new ReviewReport.PlaybookRef(playbook.id(), playbook.version()),
                reviewed, verified);
    }

    private List<Finding> clauseChecks(Clause clause, Position position) {
        List<Finding> found = new ArrayList<>();
        for (Check check : position.checks()) {
            if (!check.wholeType()) {
                CheckResult result = check.evaluate(clause.text());
                if (result.isFinding()) {
                    found.add(deviation(clause, position, check, result));
                }
            }
        }
        return found;
    }

    /** Whole-type checks pass if any clause of the type passes; otherwise report on the first such clause. */
    private List<Finding> typeChecks(List<Clause> ofType, Position position) {
        List<Finding> found = new ArrayList<>();
        for (Check check : position.checks()) {
            if (check.wholeType()) {
                List<CheckResult> results = ofType.stream().map(c -> check.evaluate(c.text())).toList();
                if (results.stream().allMatch(CheckResult::isFinding)) {
                    found.add(deviation(ofType.get(0), position, check, results.get(0)));
                }
            }
        }
        return found;
    }

    private Finding deviation(Clause clause, Position position, Check check, CheckResult result) {
        String text = clause.text();
        int spanStart = Math.max(0, result.spanStart());
        int spanEnd = Math.max(spanStart, result.spanEnd());
        int[] sentence = Sentences.around(text, spanStart, spanEnd);
        if (sentence[1] - sentence[0] < MIN_QUOTE_CHARS && sentence[1] < text.length()) {
            // A bare inline heading ("Procedure.") says nothing on its own: quote the next sentence with it.
            sentence[1] = Sentences.around(text, sentence[1] + 1, sentence[1] + 1)[1];
        }
        String quote = text.substring(sentence[0], sentence[1]);
        String suggested = position.preferred();
        if (result.suggestedText() != null && spanStart >= sentence[0] && spanEnd <= sentence[1]) {
            suggested = text.substring(sentence[0], spanStart) + result.suggestedText() + text.substring(spanEnd, sentence[1]);
        }
        String id = findingId(Integer.toString(clause.index()), position.clauseType(), check.kind(), quote);
        if (result.outcome() == CheckResult.Outcome.NEEDS_REVIEW) {
            return new Finding(id, clause.index(), position.clauseType(), Finding.NEEDS_REVIEW, "low", quote,
                    Hashes.sha256Hex(quote), rationale(result.reason(), position), null, SOURCE_RULE);
        }
        return new Finding(id, clause.index(), position.clauseType(),
                check.redLine() ? Finding.RED_LINE : Finding.DEVIATION,
                check.redLine() ? "high" : position.importance().code(),
                quote, Hashes.sha256Hex(quote), rationale(result.reason(), position), suggested, SOURCE_RULE);
    }

    private Finding missing(Position position) {
        String label = classifier.taxonomy().type(position.clauseType()).map(ClauseType::label)
                .orElse(position.clauseType());
        String reason = "No " + label.toLowerCase() + " clause was found; the playbook requires one.";
        return new Finding(findingId("", position.clauseType(), Finding.MISSING, ""), null, position.clauseType(),
                Finding.MISSING, position.importance().code(), null, null, rationale(reason, position),
                position.preferred(), SOURCE_RULE);
    }

    private static String rationale(String reason, Position position) {
        return position.guidance() == null || position.guidance().isBlank()
                ? reason : reason + " " + position.guidance().strip();
    }

    private static String findingId(String clauseIndex, String clauseType, String kind, String quote) {
        return "f-" + Hashes.sha256Hex(clauseIndex + "|" + clauseType + "|" + kind + "|" + quote).substring(0, 16);
    }
}
