package io.clausewarden.review;

import io.clausewarden.document.Clause;
import io.clausewarden.support.Sha256;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes the rule edits of one review consistent: edits whose quotes overlap (governing law and venue in one
 * sentence) become one edit that makes every change, on the most severe finding; an edit that would change the same
 * words as a more severe one is not offered, and says why. Every offered edit's comment then opens with the change it
 * actually makes, so the comment can never contradict the edit.
 */
final class EditMerger {
    private static final List<String> SEVERITY = List.of(Finding.RED_LINE, Finding.DEVIATION, Finding.FALLBACK,
            Finding.NEEDS_REVIEW, Finding.PREFERRED);
    private static final List<String> RISK = List.of("high", "medium", "low", "ok");
    private static final int QUOTED_CHANGE_CHARS = 160;

    private final List<Clause> clauses;
    private final Function<String, String> labels;

    EditMerger(List<Clause> clauses, Function<String, String> labels) {
        this.clauses = clauses;
        this.labels = labels;
    }

    /** One change in clause coordinates: the words [start, end) become {@code replacement}. */
    record Change(int start, int end, String replacement) {
        /** Two insertions at one point do not clash: both sentences are added, in order. */
        boolean overlaps(Change other) {
            if (start == end && other.start == other.end) {
                return false;
            }
            return start < other.end && other.start < end || start == end && start > other.start && start < other.end
                    || other.start == other.end && other.start > start && other.start < end;
        }
    }

    private record Edited(Finding finding, int quoteStart, int quoteEnd, Change change) {
    }

    List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        findings.forEach(f -> out.put(f.id(), f));
        Map<Integer, List<Edited>> byClause = new LinkedHashMap<>();
        for (Finding f : findings) {
            Edited edited = edited(f);
            if (edited != null) {
                byClause.computeIfAbsent(f.clauseIndex(), i -> new ArrayList<>()).add(edited);
            }
        }
        for (Map.Entry<Integer, List<Edited>> clause : byClause.entrySet()) {
            for (List<Edited> cluster : clusters(clause.getValue())) {
                resolve(clauses.get(clause.getKey()).text(), cluster).forEach(f -> out.put(f.id(), f));
            }
        }
        return new ArrayList<>(out.values());
    }

    private Edited edited(Finding f) {
        if (!Findings.SOURCE_RULE.equals(f.source()) || !FindingEdits.isEditable(f)) {
            return null;
        }
        int at = clauses.get(f.clauseIndex()).text().indexOf(f.quote());
        if (at < 0) {
            return null;
        }
        return new Edited(f, at, at + f.quote().length(), change(f.quote(), f.suggestedText(), at));
    }

    /** The smallest single change turning {@code quote} into {@code suggested}, widened to whole words. */
    static Change change(String quote, String suggested, int offset) {
        int prefix = 0;
        int max = Math.min(quote.length(), suggested.length());
        while (prefix < max && quote.charAt(prefix) == suggested.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && quote.charAt(quote.length() - 1 - suffix) == suggested.charAt(suggested.length() - 1 - suffix)) {
            suffix++;
        }
        while (prefix > 0 && prefix < quote.length() && isWord(quote, prefix - 1) && isWord(quote, prefix)) {
            prefix--;
        }
        int end = quote.length() - suffix;
        while (suffix > 0 && end > 0 && isWord(quote, end - 1) && isWord(quote, end)) {
            suffix--;
            end++;
        }
        return new Change(offset + prefix, offset + quote.length() - suffix,
                suggested.substring(prefix, suggested.length() - suffix));
    }

    /** Part of a word or a written number: "fifteen (15)", "1,000,000", "party's". */
    private static boolean isWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '(' || c == ')') {
            return true;
        }
        return (c == ',' || c == '.') && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** Edits whose quotes overlap, in groups; each group is settled as one. */
    private static List<List<Edited>> clusters(List<Edited> edits) {
        List<Edited> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edited::quoteStart));
        List<List<Edited>> clusters = new ArrayList<>();
        int end = -1;
        for (Edited e : sorted) {
            if (clusters.isEmpty() || e.quoteStart() >= end) {
                clusters.add(new ArrayList<>());
            }
            clusters.get(clusters.size() - 1).add(e);
            end = Math.max(end, e.quoteEnd());
        }
        return clusters;
    }

    private List<Finding> resolve(String text, List<Edited> cluster) {
        if (cluster.size() == 1) {
            Edited only = cluster.get(0);
            return List.of(withEdit(only.finding(), only.finding().quote(), only.finding().suggestedText(),
                    commentFor(text, List.of(only.change()), List.of(only.finding())), ""));
        }
        List<Edited> bySeverity = new ArrayList<>(cluster);
        bySeverity.sort(Comparator.comparingInt((Edited e) -> rank(SEVERITY, e.finding().position()))
                .thenComparingInt(e -> rank(RISK, e.finding().risk())));
        Edited primary = bySeverity.get(0);
        List<Edited> accepted = new ArrayList<>(List.of(primary));
        List<Finding> result = new ArrayList<>();
        for (Edited other : bySeverity.subList(1, bySeverity.size())) {
            boolean clashes = accepted.stream().anyMatch(a -> a.change().overlaps(other.change()));
            if (clashes) {
                result.add(withoutEdit(other.finding(), "No separate edit is suggested: it would change the same words as the"
                        + " edit suggested for " + about(primary.finding()) + "."));
            } else {
                accepted.add(other);
                result.add(withoutEdit(other.finding(), "The change is made in the edit suggested for "
                        + about(primary.finding()) + " on the same text."));
            }
        }
        int start = accepted.stream().mapToInt(Edited::quoteStart).min().orElseThrow();
        int end = accepted.stream().mapToInt(Edited::quoteEnd).max().orElseThrow();
        List<Change> changes = accepted.stream().map(Edited::change).sorted(Comparator.comparingInt(Change::start)).toList();
        StringBuilder merged = new StringBuilder(text.substring(start, end));
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            merged.replace(c.start() - start, c.end() - start, c.replacement());
        }
        String also = accepted.size() == 1 ? "" : " The same edit makes the change for "
                + String.join(" and ", accepted.subList(1, accepted.size()).stream().map(e -> about(e.finding())).toList()) + ".";
        result.add(0, withEdit(primary.finding(), text.substring(start, end), merged.toString(),
                commentFor(text, changes, accepted.stream().map(Edited::finding).toList()), also));
        return result;
    }

    /** What the edit does, then the playbook's comments for the positions it serves. */
    private static String commentFor(String text, List<Change> changes, List<Finding> findings) {
        List<String> done = new ArrayList<>();
        for (Change c : changes) {
            String was = text.substring(c.start(), c.end()).strip();
            String is = c.replacement().strip();
            if (was.length() > QUOTED_CHANGE_CHARS || is.length() > QUOTED_CHANGE_CHARS) {
                done.add(was.isEmpty() ? "adding the marked text" : is.isEmpty() ? "deleting the marked text"
                        : "replacing the marked text");
            } else {
                done.add(was.isEmpty() ? "adding \u201c" + is + "\u201d" : is.isEmpty() ? "deleting \u201c" + was + "\u201d"
                        : "replacing \u201c" + was + "\u201d with \u201c" + is + "\u201d");
            }
        }
        StringBuilder comment = new StringBuilder("We propose ").append(String.join("; ", done)).append('.');
        findings.stream().map(Finding::comment).filter(c -> c != null && !c.isBlank()).map(String::strip).distinct()
                .forEach(c -> comment.append(' ').append(c));
        return comment.toString();
    }

    private String about(Finding f) {
        String label = labels.apply(f.clauseType()).toLowerCase(java.util.Locale.ROOT);
        return f.positionId() == null || f.positionId().equals(f.clauseType()) ? label
                : label + " (" + f.positionId().replace('_', ' ') + ")";
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    private static Finding withEdit(Finding f, String quote, String suggested, String comment, String rationaleTail) {
        return new Finding(f.id(), f.clauseIndex(), f.clauseType(), f.position(), f.risk(), quote, Sha256.hex(quote),
                f.rationale() + rationaleTail, suggested, f.source(), f.fallbackIndex(), comment, f.positionId());
    }

    private static Finding withoutEdit(Finding f, String reason) {
        return new Finding(f.id(), f.clauseIndex(), f.clauseType(), f.position(), f.risk(), f.quote(), f.quoteSha256(),
                f.rationale() + " " + reason, null, f.source(), f.fallbackIndex(), null, f.positionId());
    }
}
