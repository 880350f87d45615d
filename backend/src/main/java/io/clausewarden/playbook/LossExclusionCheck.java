package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause must not exclude liability for the named kinds of loss ({@code losses}: data, profits, revenue,
 * goodwill, business_interruption). "In no event shall Provider be liable for ... loss of data" is a deviation; an
 * exclusion with its own exception ("except loss caused by a breach of Section 7") needs a person to confirm the
 * exception is enough. The edit appends {@code insert}, a carve-out, after the excluding sentence.
 */
record LossExclusionCheck(List<String> losses, String insert, boolean redLine) implements Check {
    static final String KIND = "loss_exclusion";

    static final Map<String, String> KINDS = Map.of(
            "data", "(?:loss|corruption|destruction|deletion|alteration)\\s+(?:of\\s+or\\s+damage\\s+to\\s+|of\\s+|or\\s+\\w+\\s+of\\s+|to\\s+|or\\s+damage\\s+to\\s+)"
                    + "(?:any\\s+)?(?:[\\w’']+\\s+){0,2}?(?:data|content|information|files|records)|(?:data|content)\\s+(?:loss|corruption)"
                    + "|lost\\s+(?:or\\s+\\w+\\s+)?(?:data|content)",
            "profits", "(?:loss\\s+of|lost)\\s+(?:\\w+\\s+)?profits?|(?:loss\\s+of|lost)\\s+(?:\\w+\\s+)?earnings",
            "revenue", "(?:loss\\s+of|lost)\\s+(?:\\w+\\s+)?(?:revenues?|sales|income)",
            "goodwill", "(?:loss\\s+of|damage\\s+to)\\s+(?:\\w+\\s+)?(?:goodwill|reputation)",
            "business_interruption", "business\\s+interruption|(?:loss|interruption)\\s+of\\s+(?:\\w+\\s+)?business");
    private static final Map<String, Pattern> TERMS = KINDS.entrySet().stream().collect(java.util.stream.Collectors.toMap(
            Map.Entry::getKey, e -> Pattern.compile("\\b(?:" + e.getValue() + ")\\b", Pattern.CASE_INSENSITIVE)));
    private static final Pattern EXCLUDES = Pattern.compile(
            "\\b(?:(?:shall|will|does|do|is|are)\\s+not\\s+(?:be\\s+)?(?:liable|responsible)|(?:not|never)\\s+be\\s+(?:liable|responsible)"
                    + "|in\\s+no\\s+event|under\\s+no\\s+circumstances|no\\s+liability|neither\\s+party\\b[^.]{0,60}?\\bliable"
                    + "|exclud(?:es?|ed|ing)\\s+(?:all\\s+)?(?:\\w+\\s+){0,2}?liabilit(?:y|ies)|disclaims?\\b[^.]{0,40}?\\bliabilit(?:y|ies)"
                    + "|waives?\\b[^.]{0,40}?\\b(?:claims?|damages))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTHING = Pattern.compile("\\bnothing\\b[^.]{0,60}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b(?:except|unless|other\\s+than|provided\\s+that|save\\s+(?:for|where)|(?:does|do|shall|will)\\s+not\\s+apply)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREACH = Pattern.compile("\\b(?:breach\\w*|caused\\s+by|negligen\\w*|fail\\w*|default\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_START = Pattern.compile("[.!?]\\s|\\n\\s*\\n");
    private static final int REACH = 400;

    LossExclusionCheck {
        losses = List.copyOf(losses);
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("losses: must list at least one entry");
        }
        for (int i = 0; i < losses.size(); i++) {
            if (!KINDS.containsKey(losses.get(i))) {
                throw new IllegalArgumentException("losses[" + i + "]: must be one of " + String.join(", ", new java.util.TreeSet<>(KINDS.keySet())));
            }
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        for (String loss : losses) {
            Matcher term = TERMS.get(loss).matcher(text);
            while (term.find()) {
                int start = sentenceStart(text, term.start());
                int end = CarveOutCheck.fullStop(text, term.end());
                if (!excludedBefore(text, start, term.start())) {
                    continue;
                }
                String what = text.substring(term.start(), term.end());
                if (carvedBack(text, loss, end)) {
                    return CheckResult.compliant("The exclusion of \"" + what + "\" does not reach loss caused by a breach.",
                            term.start(), term.end());
                }
                if (EXCEPTION.matcher(text).region(start, end).find()) {
                    return CheckResult.needsReview("The clause excludes liability for \"" + what
                            + "\" with an exception; confirm the exception covers loss caused by the other party's breach.",
                            term.start(), term.end());
                }
                String reason = "The clause excludes liability for \"" + what + "\" (" + loss.replace('_', ' ') + ").";
                return insert == null ? CheckResult.deviation(reason, term.start(), term.end(), null)
                        : Insertions.after(text, term.start(), end, reason, insert);
            }
        }
        return CheckResult.compliant("No exclusion of " + String.join(", ", losses).replace('_', ' ') + " losses.");
    }

    /** The next sentence takes the loss back out of the exclusion where a breach causes it. */
    private static boolean carvedBack(String text, String loss, int end) {
        if (end >= text.length()) {
            return false;
        }
        int next = CarveOutCheck.fullStop(text, end + 1);
        Matcher exception = EXCEPTION.matcher(text).region(end, next);
        if (!exception.find()) {
            return false;
        }
        String rest = text.substring(exception.end(), next);
        return TERMS.get(loss).matcher(rest).find() && BREACH.matcher(rest).find();
    }

    private static boolean excludedBefore(String text, int sentenceStart, int at) {
        Matcher excludes = EXCLUDES.matcher(text).region(Math.max(sentenceStart, at - REACH), at);
        while (excludes.find()) {
            if (!NOTHING.matcher(text.substring(Math.max(sentenceStart, excludes.start() - 60), excludes.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String text, int at) {
        Matcher m = SENTENCE_START.matcher(text).region(Math.max(0, at - REACH), at);
        int start = Math.max(0, at - REACH);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    @Override
    public Check boundTo(PartyNames names) {
        String i = PartyPlaceholders.text(insert, names);
        return java.util.Objects.equals(i, insert) ? this : new LossExclusionCheck(losses, i, redLine);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("losses", losses);
        Parameters.put(p, "insert", insert);
        return p;
    }

}
