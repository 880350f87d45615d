package io.clausewarden.review;

import io.clausewarden.classify.TypeScore;
import io.clausewarden.document.Clause;
import io.clausewarden.document.Placeholders;
import io.clausewarden.playbook.Check;
import io.clausewarden.playbook.PartyNames;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import io.clausewarden.playbook.SameType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last word on a suggested edit: it is offered only when the clause is confidently of the position's type
 * (at least {@link #MIN_CONFIDENCE}, or no other type of the clause scores higher),
 * the quoted text holds no placeholder still to be filled in, the edited clause meets more of the position than before and worsens no position on that clause, and no duty
 * the counterparty owes us disappears. Otherwise the finding stays, as needs_review, saying why no edit is offered.
 */
final class EditGuard {
    static final double MIN_CONFIDENCE = 0.5;
    private static final String MODAL = "(?:will|shall|must|agrees\\s+to|undertakes\\s+to|is\\s+required\\s+to)";

    private final Playbook playbook;
    private final List<Clause> clauses;
    private final List<List<TypeScore>> types;
    private final Pattern theirDuties;
    private final Function<String, String> labels;

    EditGuard(Playbook playbook, List<Clause> clauses, List<List<TypeScore>> types, PartyNames names,
              Function<String, String> labels) {
        this.playbook = playbook;
        this.labels = labels;
        this.clauses = clauses;
        this.types = types;
        // Under a mutual playbook on a one-way contract we may be either party, so no side's duties are "theirs".
        this.theirDuties = names.theirs().isEmpty() || names.oneWay() ? null : Pattern.compile("\\b(?:" + String.join("|",
                names.theirs().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
                + ")\\b[^.;:]{0,60}?\\b" + MODAL + "\\s+(?:not\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    }

    /** The findings, each suggested rule edit kept or withheld. */
    List<Finding> review(List<Finding> findings) {
        return findings.stream().map(this::guard).toList();
    }

    private Finding guard(Finding f) {
        if (!Findings.SOURCE_RULE.equals(f.source()) || f.clauseIndex() == null || !FindingEdits.isEditable(f)) {
            return f;
        }
        return reasonToWithhold(f).map(reason -> withheld(f, reason)).orElse(f);
    }

    private Optional<String> reasonToWithhold(Finding f) {
        Clause clause = clauses.get(f.clauseIndex());
        List<TypeScore> scores = types.get(f.clauseIndex());
        double confidence = scores.stream().filter(t -> t.type().equals(f.clauseType()))
                .mapToDouble(TypeScore::confidence).max().orElse(0);
        double best = scores.stream().mapToDouble(TypeScore::confidence).max().orElse(0);
        if (confidence < MIN_CONFIDENCE && (confidence == 0 || confidence < best)) {
            return Optional.of("No change is suggested: it is not clear that this clause deals with "
                    + label(f.clauseType()) + " (confidence " + String.format(Locale.ROOT, "%.2f", confidence) + ").");
        }
        int at = clause.text().indexOf(f.quote());
        if (at >= 0 && Placeholders.overlaps(clause.text(), at, at + f.quote().length())) {
            return Optional.of("No change is suggested: the clause still has a blank or placeholder to complete;"
                    + " review it once the draft is filled in.");
        }
        Optional<Position> position = playbook.reading(f.positionId() == null ? f.clauseType() : f.positionId(),
                f.clauseType());
        if (position.isPresent() && f.suggestedText().equals(position.get().preferred())) {
            // The whole preferred language in place of the quote: only where the clause is about nothing else we review.
            Optional<TypeScore> alsoAbout = scores.stream().filter(t -> !t.type().equals(f.clauseType())
                    && t.confidence() >= MIN_CONFIDENCE && !playbook.readingClausesOf(t.type()).isEmpty()).findFirst();
            if (alsoAbout.isPresent()) {
                return Optional.of("No change is suggested: the clause also deals with " + label(alsoAbout.get().type())
                        + ", so replacing the sentence with our preferred language could change more than this point.");
            }
        }
        String edited = clause.text().replace(f.quote(), f.suggestedText());
        Optional<String> lost = lostDuty(f.quote(), f.suggestedText());
        if (lost.isPresent()) {
            return Optional.of("No change is suggested: the edit would remove the other party's duty (\"" + lost.get()
                    + "\"), which protects us.");
        }
        if (position.isPresent() && !improves(position.get(), clause.text(), edited)) {
            return Optional.of("No change is suggested: the edit we could derive would not meet the position.");
        }
        for (TypeScore type : types.get(f.clauseIndex())) {
            for (Position other : playbook.readingClausesOf(type.type())) {
                boolean same = position.isPresent() && other.id().equals(position.get().id());
                if (!same && worsens(other, clause.text(), edited)) {
                    return Optional.of("No change is suggested: the edit would make the clause worse on "
                            + label(other.clauseType()) + (other.id().equals(other.clauseType()) ? ""
                            : " (" + other.id().replace('_', ' ') + ")") + ".");
                }
            }
        }
        return Optional.empty();
    }

    /** The first duty of the other party in the quote that the suggested text no longer states. */
    private Optional<String> lostDuty(String quote, String suggested) {
        if (theirDuties == null) {
            return Optional.empty();
        }
        Set<String> after = new LinkedHashSet<>();
        Matcher m = theirDuties.matcher(suggested);
        while (m.find()) {
            after.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher before = theirDuties.matcher(quote);
        while (before.find()) {
            if (!after.contains(before.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.of(before.group().strip());
            }
        }
        return Optional.empty();
    }

    private static boolean improves(Position position, String before, String after) {
        List<Check> checks = clauseChecks(position);
        int was = deviations(checks, before);
        int is = deviations(checks, after);
        return is < was || was == 0 && is == 0 || checks.isEmpty();
    }

    private static boolean worsens(Position position, String before, String after) {
        for (Check check : clauseChecks(position)) {
            boolean was = check.evaluate(before, SameType.of(before)).isDeviation();
            boolean is = check.evaluate(after, SameType.of(after)).isDeviation();
            if (is && !was) {
                return true;
            }
        }
        return false;
    }

    private static int deviations(List<Check> checks, String text) {
        int n = 0;
        for (Check check : checks) {
            if (check.evaluate(text, SameType.of(text)).isDeviation()) {
                n++;
            }
        }
        return n;
    }

    private static List<Check> clauseChecks(Position position) {
        List<Check> checks = new ArrayList<>();
        checks.addAll(position.redLineChecks());
        checks.addAll(position.preferredChecks());
        return checks;
    }

    private static Finding withheld(Finding f, String reason) {
        String was = f.position().replace('_', ' ');
        return new Finding(f.id(), f.clauseIndex(), f.clauseType(), Finding.NEEDS_REVIEW, f.risk(), f.quote(),
                f.quoteSha256(), "Reported as " + was + ". " + f.rationale() + " " + reason, null, f.source(), null, null,
                f.positionId());
    }

    private String label(String type) {
        return labels.apply(type).toLowerCase(Locale.ROOT);
    }
}
