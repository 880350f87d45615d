package io.clausewarden.review;

import io.clausewarden.document.Clause;
import io.clausewarden.llm.InjectionScreen;
import io.clausewarden.llm.Judgement;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelAnswer;
import io.clausewarden.llm.Question;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Asks the playbook's questions about every clause of their type, all at once (the session's bulkheads bound how
 * many run), and turns the answers into findings as they arrive. A model answer only ever adds a finding: it
 * never removes or changes what the rules found.
 */
final class ModelQuestions {
    private static final long CHECK_EVERY_MS = 100;
    private final Findings findings;
    private final Function<String, String> labels;

    ModelQuestions(Findings findings, Function<String, String> labels) {
        this.findings = findings;
        this.labels = labels;
    }

    record Outcome(List<Finding> findings, List<ReviewReport.NotAssessed> notAssessed) {
    }

    private record Asked(Position position, Clause clause, CompletableFuture<Finding> finding,
                         CompletableFuture<Judgement> judgement) {
    }

    Outcome ask(Playbook playbook, Map<String, List<Clause>> clausesByType, JudgementSession session,
                List<Clause> allClauses, ReviewListener listener) {
        List<Asked> asked = new ArrayList<>();
        for (Position position : playbook.positions()) {
            if (position.question() == null || position.question().isBlank()) {
                continue;
            }
            for (Clause clause : clausesByType.getOrDefault(position.clauseType(), List.of())) {
                Question question = new Question(playbook.id() + "@" + playbook.version() + "#" + position.id(),
                        labels.apply(position.clauseType()), position.question(), position.preferred(), clause.text());
                CompletableFuture<Judgement> judgement = session.ask(question);
                asked.add(new Asked(position, clause, judgement.thenApply(j -> finding(position, clause, j, allClauses)),
                        judgement));
            }
        }
        int total = asked.size();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> streamed = asked.stream().map(a -> a.finding().thenAccept(finding -> {
            if (finding != null) {
                listener.finding(finding);
            }
            if (session.active()) {
                listener.questionsAnswered(done.incrementAndGet(), total);
            }
        })).toList();
        awaitAll(CompletableFuture.allOf(streamed.toArray(CompletableFuture[]::new)), asked, listener);
        return collect(asked);
    }

    /** Waits for every answer, passing a checkpoint at least every {@link #CHECK_EVERY_MS} ms; stopped, it cancels the rest. */
    private static void awaitAll(CompletableFuture<Void> all, List<Asked> asked, ReviewListener listener) {
        try {
            while (true) {
                listener.checkpoint();
                try {
                    all.get(CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException stillWaiting) {
                    // next checkpoint
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    listener.checkpoint();
                    throw new ReviewStoppedException("interrupted", "The review was interrupted.");
                } catch (ExecutionException e) {
                    all.join();
                }
            }
        } catch (ReviewStoppedException e) {
            asked.forEach(a -> a.judgement().cancel(true));
            throw e;
        }
    }

    private Finding finding(Position position, Clause clause, Judgement judgement, List<Clause> allClauses) {
        if (!(judgement instanceof Judgement.Answered answered)) {
            return null;
        }
        ModelAnswer answer = answered.answer();
        ModelQuote quote = ModelQuote.locate(clause.text(), answer.quote());
        Optional<String> instruction = InjectionScreen.find(clause.text());
        Finding finding = switch (answer.verdict()) {
            case MEETS -> instruction.isPresent()
                    ? findings.model(clause, position, Finding.NEEDS_REVIEW, "medium", quote, setAside(instruction.get()), null)
                    : findings.model(clause, position, Finding.PREFERRED, "ok", quote, "Model: " + answer.explanation(), null);
            case DOES_NOT_MEET -> findings.model(clause, position, Finding.DEVIATION, position.importance().code(), quote,
                    "Model: " + answer.explanation(), ModelSuggestions.choose(position, quote, answer.suggestedText()));
            case UNCLEAR -> findings.model(clause, position, Finding.NEEDS_REVIEW, "low", quote,
                    "The model could not decide: " + answer.explanation(), null);
            case NOT_ADDRESSED -> null;
        };
        return finding == null ? null : QuoteVerifier.verify(List.of(finding), allClauses).stream().findFirst().orElse(null);
    }

    private static String setAside(String instruction) {
        return "The clause contains text addressed to an automated reviewer (\"" + instruction.strip()
                + "\"), so the model's favourable answer was set aside. Review this clause yourself.";
    }

    /** Findings in playbook and document order; positions no clause answered; positions the model did not assess. */
    private Outcome collect(List<Asked> asked) {
        List<Finding> found = new ArrayList<>();
        List<ReviewReport.NotAssessed> notAssessed = new ArrayList<>();
        Position current = null;
        List<Asked> ofPosition = new ArrayList<>();
        for (Asked a : asked) {
            if (a.position() != current) {
                summarise(ofPosition, found, notAssessed);
                ofPosition = new ArrayList<>();
                current = a.position();
            }
            ofPosition.add(a);
        }
        summarise(ofPosition, found, notAssessed);
        return new Outcome(found, notAssessed);
    }

    private void summarise(List<Asked> ofPosition, List<Finding> found, List<ReviewReport.NotAssessed> notAssessed) {
        if (ofPosition.isEmpty()) {
            return;
        }
        Position position = ofPosition.get(0).position();
        Set<String> reasons = new LinkedHashSet<>();
        List<Integer> unassessed = new ArrayList<>();
        boolean anyAddressed = false;
        boolean anyAnswered = false;
        for (Asked a : ofPosition) {
            Judgement judgement = a.judgement().join();
            if (judgement instanceof Judgement.NotAssessed missing) {
                reasons.add(missing.reason().code());
                unassessed.add(a.clause().index());
            } else {
                anyAnswered = true;
                Finding finding = a.finding().join();
                if (finding != null) {
                    found.add(finding);
                    anyAddressed = true;
                }
            }
        }
        if (anyAnswered && !anyAddressed && unassessed.isEmpty()) {
            Clause first = ofPosition.get(0).clause();
            found.add(findings.model(first, position, Finding.NEEDS_REVIEW, "low", ModelQuote.locate(first.text(), null),
                    "No " + labels.apply(position.clauseType()).toLowerCase() + " clause answers the playbook's question"
                            + " according to the model: " + position.question().strip(), null));
        }
        if (!unassessed.isEmpty()) {
            notAssessed.add(new ReviewReport.NotAssessed(position.clauseType(), position.question(), List.copyOf(reasons),
                    unassessed));
        }
    }
}
