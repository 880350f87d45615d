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
    private static final int REFERENCE_REACH = 150;
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\w+)*");
    /** "except for damages arising under Sections 14.A and 16.A": an exception made by cross-reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:Sections?|Paragraphs?|Clauses?|Articles?)\\s+\\d+(?:\\.\\w+)*(?:\\s*\\([\\w ]+\\))?",
            Pattern.CASE_INSENSITIVE);
    /** A cap whose exceptions, or whose whole terms, are written somewhere this clause does not show. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "\\b(?:except\\s+as\\s+(?:provided|set\\s+out|set\\s+forth|stated)\\s+in|subject\\s+to)\\s+"
                    + "((?:Sections?|Clauses?|Articles?|Paragraphs?)\\s+[\\d.]+(?:\\s*\\([\\w ]+\\))?)"
                    + "|\\b(?:stated|set\\s+out|set\\s+forth|provided|contained)\\s+in\\s+(the\\s+(?:Master\\s+|Main\\s+|Principal\\s+)?(?:Agreement|MSA))\\b");
    /** A defined term for a class of claims: "Uncapped Claims", "Excluded Matters", "Unlimited Liabilities". */
    private static final Pattern CLAIMS_TERM = Pattern.compile(
            "\\b((?:[A-Z][\\p{L}-]+\\s+){1,3}(?:Claims|Liabilities|Matters|Obligations|Losses|Damages))\\b");
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
        return evaluate(text, SameType.of(text));
    }

    /**
     * A carve-out may name a defined term ("will not apply to Uncapped Claims"): the document's definition of it is
     * read; a term defined elsewhere (an order form) needs review.
     */
    @Override
    public CheckResult evaluate(String text, SameType sameType) {
        CheckResult carveOut = carveOut(text, sameType.definitions());
        if (carveOut != null && carveOut.isCompliant()) {
            return carveOut;
        }
        Matcher cap = CAP.matcher(text);
        if (!cap.find()) {
            return carveOut != null ? carveOut : CheckResult.notApplicable("The clause sets no cap on liability.");
        }
        if (carveOut != null) {
            return carveOut;
        }
        int[] sentence = Sentence.around(text, cap.start());
        int end = fullStop(text, sentence[1]);
        Matcher elsewhere = ELSEWHERE.matcher(text).region(sentence[0], end);
        if (elsewhere.find()) {
            int g = elsewhere.group(1) != null ? 1 : 2;
            return CheckResult.needsReview("The cap refers to " + elsewhere.group(g) + ", which is read apart from this clause;"
                    + " confirm it leaves out " + what() + ".", elsewhere.start(g), elsewhere.end(g));
        }
        String reason = "The cap does not leave out " + what() + ".";
        return insert == null ? CheckResult.deviation(reason, cap.start(), cap.end(), null)
                : Insertions.after(text, cap.start(), end, reason, insert);
    }

    private String what() {
        return describe == null ? covers.first() : describe.strip();
    }

    /**
     * The claims taken out of a cap in so many words, or through a defined term the document defines to include
     * them (compliant); a term defined elsewhere (needs review); null when the clause carves out none of them.
     */
    private CheckResult carveOut(String text, Definitions definitions) {
        Matcher covered = covers.matcher(text);
        while (covered.find()) {
            if (carvedOut(text, covered.start())) {
                return CheckResult.compliant("The cap leaves out \"" + covered.group() + "\".", covered.start(), covered.end());
            }
        }
        CheckResult undefined = null;
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            Matcher term = CLAIMS_TERM.matcher(text).region(marker.end(), Math.min(text.length(), marker.end() + MARKER_REACH));
            while (term.find()) {
                String name = term.group(1);
                java.util.Optional<String> definition = definitions.of(name);
                if (definition.isPresent()) {
                    Matcher inDefinition = covers.matcher(definition.get());
                    if (inDefinition.find()) {
                        return CheckResult.compliant("The cap leaves out " + name + ", which the document defines to include \""
                                + inDefinition.group() + "\".", term.start(1), term.end(1));
                    }
                } else if (undefined == null) {
                    undefined = CheckResult.needsReview("The cap leaves out " + name + ", defined outside this document; confirm"
                            + " they include " + what() + ".", term.start(1), term.end(1));
                }
            }
        }
        if (undefined != null) {
            return undefined;
        }
        Matcher exception = MARKER.matcher(text);
        while (exception.find()) {
            Matcher reference = REFERENCE.matcher(text).region(exception.end(),
                    Math.min(text.length(), exception.end() + REFERENCE_REACH));
            if (reference.find()) {
                Matcher numbers = NUMBER.matcher(text).region(reference.start(), Math.min(text.length(), reference.end() + 40));
                while (numbers.find()) {
                    java.util.Optional<String> title = definitions.section(numbers.group());
                    if (title.isPresent() && covers.matcher(title.get()).find()) {
                        return CheckResult.compliant("The cap makes an exception for " + reference.group() + " ("
                                + title.get() + ").", reference.start(), reference.end());
                    }
                }
                return CheckResult.needsReview("The cap makes an exception for " + reference.group() + ", which is read apart"
                        + " from this clause; confirm it covers " + what() + ".", reference.start(), reference.end());
            }
        }
        return null;
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
