package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cap on liability must leave out the claims we name ({@code covers}: "indemnification", "confidentiality"):
 * some clause of the type excludes them from the cap ("The limits above do not apply to ...", "except for ...").
 * A clause that sets no cap says nothing either way. When no clause carves them out, the edit appends
 * {@code insert} after the sentence that sets the cap.
 *
 * @param describe what must be carved out, in a lawyer's words; null to name the first of {@code covers}
 */
record CarveOutCheck(Phrases covers, String describe, String insert, boolean redLine) implements Check {
    static final String KIND = "carve_out";

    private static final Pattern CAP = Pattern.compile(
            "\\bliabilit(?:y|ies)\\b[^.]{0,250}?\\b(?:(?:shall|will|may)\\s+not\\s+exceed|exceed(?:s|ing)?|limited\\s+to|capped\\s+at"
                    + "|in\\s+excess\\s+of|greater\\s+of|lesser\\s+of|more\\s+than)\\b"
                    + "|\\b(?:aggregate|total|cumulative|maximum|entire)\\s+(?:\\w+\\s+){0,3}?liabilit(?:y|ies)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that take what follows out of a cap, within the reach of {@link #MARKER_REACH} characters. */
    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:except(?:ing)?|excluding|exclusions?|other\\s+than|(?:does|do|shall|will)\\s+not\\s+(?:apply|limit|restrict)"
                    + "|not\\s+(?:be\\s+)?(?:subject\\s+to|limited\\s+by|apply)|nothing\\s+in\\s+this|carve[- ]?outs?|unlimited|uncapped"
                    + "|excluded\\s+from)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MARKER_REACH = 300;
    private static final Pattern FULL_STOP = Pattern.compile("[.!?](?=\\s|$)|\\n\\s*\\n");

    CarveOutCheck {
        if (insert != null && insert.isBlank()) {
            throw new IllegalArgumentException("insert: must not be empty");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean wholeType() {
        return true;
    }

    @Override
    public CheckResult evaluate(String text) {
        Matcher cap = CAP.matcher(text);
        if (!cap.find()) {
            return CheckResult.notApplicable("The clause sets no cap on liability.");
        }
        Matcher covered = covers.matcher(text);
        while (covered.find()) {
            if (carvedOut(text, covered.start())) {
                return CheckResult.compliant("The cap leaves out \"" + covered.group() + "\".", covered.start(), covered.end());
            }
        }
        int[] sentence = Sentence.around(text, cap.start());
        int end = fullStop(text, sentence[1]);
        String reason = "The cap does not leave out " + (describe == null ? covers.first() : describe.strip()) + ".";
        return insert == null ? CheckResult.deviation(reason, cap.start(), cap.end(), null)
                : Insertions.after(text, cap.start(), end, reason, insert);
    }

    /** A marker comes before the phrase, within reach and in the same paragraph. */
    private static boolean carvedOut(String text, int at) {
        int from = Math.max(0, at - MARKER_REACH);
        int paragraph = text.lastIndexOf("\n\n", at);
        Matcher marker = MARKER.matcher(text).region(Math.max(from, paragraph < 0 ? 0 : paragraph), at);
        return marker.find();
    }

    /** The end of the sentence, past semicolons: a cap and its list of exceptions are one sentence. */
    static int fullStop(String text, int from) {
        Matcher stop = FULL_STOP.matcher(text);
        if (!stop.find(Math.max(0, from - 1))) {
            return text.stripTrailing().length();
        }
        return stop.group().startsWith("\n") ? stop.start() : stop.end();
    }

    @Override
    public Check boundTo(PartyNames names) {
        String d = PartyPlaceholders.text(describe, names);
        String i = PartyPlaceholders.text(insert, names);
        return java.util.Objects.equals(d, describe) && java.util.Objects.equals(i, insert) ? this
                : new CarveOutCheck(covers, d, i, redLine);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("covers", covers.list());
        Parameters.put(p, "describe", describe);
        Parameters.put(p, "insert", insert);
        return p;
    }
}
