package io.clausewarden.playbook;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds phrases (whitespace- and case-insensitive, whole words) or regular expressions in text, skipping negated
 * hits. Every entry runs on RE2/J within a read budget ({@link PatternLimits}); an entry that cannot be evaluated
 * makes the search report it instead of a hit. Compiled once; equal when built from the same phrases and patterns.
 */
final class LanguageMatcher {
    record Hit(int start, int end, String searchedFor) {
    }

    /** An entry could not be searched on this text; the reason is written for the lawyer reading the finding. */
    static final class Unevaluable extends RuntimeException {
        Unevaluable(String reason) {
            super(reason, null, false, false);
        }

        CheckResult result() {
            return CheckResult.needsReview(getMessage(), 0, 0);
        }
    }

    /** Hits of the entries that could be searched, and the first entry that could not (null when none). */
    record Search(List<Hit> hits, Unevaluable failure) {
        Hit first() {
            return hits.isEmpty() ? null : hits.get(0);
        }
    }

    private sealed interface Entry permits Usable, Refused {
        String source();

        boolean phrase();
    }

    private record Usable(Pattern pattern, String source, boolean phrase) implements Entry {
    }

    /** A stored entry that no longer passes the rules of {@link LinearPatterns}. */
    private record Refused(String source, String reason, boolean phrase) implements Entry {
    }

    private static final int QUOTED_CHARS = 60;

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> phrases;
    private final List<String> patterns;
    private final PartyNames names;

    /** Entries that break the rules are refused with their field ({@code phrases[0]}, {@code patterns[1]}). */
    LanguageMatcher(List<String> phrases, List<String> patterns) {
        this(phrases, patterns, "phrases", "patterns", Origin.SUBMITTED);
    }

    /**
     * Submitted entries that break the rules fail with {@code field[i]: reason}; stored ones are kept, and the
     * search reports them as unevaluable, so that a playbook stored under older rules still reviews.
     */
    LanguageMatcher(List<String> phrases, List<String> patterns, String phraseField, String patternField, Origin origin) {
        this(phrases, patterns, phraseField, patternField, origin, PartyPlaceholders.SAMPLE);
    }

    /** As the playbook's entries, with the party placeholders standing for {@code names}. */
    LanguageMatcher boundTo(PartyNames names) {
        if (phrases.stream().noneMatch(PartyPlaceholders::has) && patterns.stream().noneMatch(PartyPlaceholders::has)) {
            return this;
        }
        return new LanguageMatcher(phrases, patterns, "phrases", "patterns", Origin.STORED, names);
    }

    private LanguageMatcher(List<String> phrases, List<String> patterns, String phraseField, String patternField,
                            Origin origin, PartyNames names) {
        this.names = names;
        this.phrases = phrases == null ? List.of() : List.copyOf(phrases);
        this.patterns = patterns == null ? List.of() : List.copyOf(patterns);
        add(this.phrases, phraseField, PatternLimits.MAX_PHRASES, true, origin);
        add(this.patterns, patternField, PatternLimits.MAX_PATTERNS, false, origin);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("phrases or patterns must list at least one entry");
        }
    }

    private void add(List<String> sources, String field, int max, boolean phrase, Origin origin) {
        if (sources.size() > max && origin == Origin.SUBMITTED) {
            throw new IllegalArgumentException(field + ": lists " + sources.size() + " entries; the limit is " + max);
        }
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            try {
                if (i >= max) {
                    throw new PatternShape.Refused("is beyond the limit of " + max + " entries in one list");
                }
                entries.add(new Usable(compile(source, phrase), source, phrase));
            } catch (PatternShape.Refused e) {
                if (origin == Origin.SUBMITTED) {
                    throw new IllegalArgumentException(field + "[" + i + "]: " + e.getMessage());
                }
                entries.add(new Refused(source, e.getMessage(), phrase));
            }
        }
    }

    private Pattern compile(String source, boolean phrase) {
        PartyPlaceholders.checkKnown(source);
        if (!PartyPlaceholders.has(source)) {
            return phrase ? LinearPatterns.phrase(source) : LinearPatterns.regex(source);
        }
        LinearPatterns.checkSourceLength(source, phrase);
        return LinearPatterns.regex(phrase ? PartyPlaceholders.phraseRegex(source, names)
                : PartyPlaceholders.regex(source, names), false);
    }

    List<String> phrases() {
        return phrases;
    }

    List<String> patterns() {
        return patterns;
    }

    int size() {
        return entries.size();
    }

    String source(int i) {
        return entries.get(i).source();
    }

    /** The first affirmative hit of any entry; it is reported even when another entry could not be searched. */
    Search findAny(String text) {
        Hit first = null;
        Unevaluable failure = null;
        for (int i = 0; i < entries.size(); i++) {
            try {
                Hit hit = find(text, i);
                if (hit != null && (first == null || hit.start() < first.start())) {
                    first = hit;
                }
            } catch (Unevaluable e) {
                failure = failure == null ? e : failure;
            }
        }
        return new Search(first == null ? List.of() : List.of(first), failure);
    }

    /** Every affirmative hit of every entry that could be searched, in text order. */
    Search findAll(String text) {
        List<Hit> hits = new ArrayList<>();
        Unevaluable failure = null;
        for (Entry entry : entries) {
            try {
                hits.addAll(search(text, entry, false));
            } catch (Unevaluable e) {
                failure = failure == null ? e : failure;
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return new Search(hits, failure);
    }

    /** The first affirmative (not negated) hit of entry {@code i}, or null; throws {@link Unevaluable}. */
    Hit find(String text, int i) {
        List<Hit> hits = search(text, entries.get(i), true);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private static List<Hit> search(String text, Entry entry, boolean firstOnly) {
        if (entry instanceof Refused refused) {
            throw new Unevaluable("The firm's " + what(refused) + " can no longer be used: it " + refused.reason()
                    + ". Check this point by hand, and ask a playbook admin to correct the playbook.");
        }
        Usable usable = (Usable) entry;
        List<Hit> hits = new ArrayList<>();
        Matcher m = usable.pattern().matcher(new BudgetedText(text, PatternLimits.readBudget(text.length())));
        int from = 0;
        try {
            while (from <= text.length() && m.find(from)) {
                int start = m.start();
                int end = m.end();
                if (end == start) {
                    from = end + 1;
                } else if (usable.phrase() && !(LinearPatterns.isWordEdge(text, start - 1) && LinearPatterns.isWordEdge(text, end))) {
                    from = start + 1;
                } else if (Negation.isNegated(text, start, end, usable.source())) {
                    from = end;
                } else {
                    hits.add(new Hit(start, end, usable.source()));
                    if (firstOnly) {
                        break;
                    }
                    from = end;
                }
            }
        } catch (BudgetedText.Exhausted e) {
            throw new Unevaluable("The firm's " + what(usable) + " could not be evaluated on this clause within its "
                    + "work limit. Check this point by hand.");
        }
        return hits;
    }

    private static String what(Entry entry) {
        String source = entry.source().strip();
        String quoted = source.length() <= QUOTED_CHARS ? source : source.substring(0, QUOTED_CHARS) + "…";
        return (entry.phrase() ? "phrase \"" : "pattern \"") + quoted + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageMatcher that && phrases.equals(that.phrases) && patterns.equals(that.patterns);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode() * 31 + patterns.hashCode();
    }

    @Override
    public String toString() {
        return "LanguageMatcher" + phrases + patterns;
    }
}
