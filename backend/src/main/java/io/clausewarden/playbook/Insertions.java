package io.clausewarden.playbook;

/** Terms a clause lacks, supplied by appending a sentence: the narrowest edit that adds a term. */
final class Insertions {
    private Insertions() {
    }

    /** A deviation whose edit appends {@code insert} after the last sentence of the clause. */
    static CheckResult atEnd(String text, String reason, String insert) {
        int end = text.stripTrailing().length();
        return CheckResult.deviation(reason, end, end, separator(text, end) + insert.strip());
    }

    /** A deviation whose edit appends {@code insert} after the sentence ending at {@code sentenceEnd}. */
    static CheckResult after(String text, int spanStart, int sentenceEnd, String reason, String insert) {
        return CheckResult.deviation(reason, spanStart, sentenceEnd,
                text.substring(spanStart, sentenceEnd) + separator(text, sentenceEnd) + insert.strip());
    }

    private static String separator(String text, int end) {
        char last = end == 0 ? '.' : text.charAt(end - 1);
        return ".;:)".indexOf(last) >= 0 || last == '"' ? " " : ". ";
    }

    /**
     * Refuses an insertion that would not meet the check it completes: appended to a clause, it must make the check
     * pass, or the edit would be offered and then withheld on every document.
     */
    static void mustMeet(Check check) {
        String insert = check.insert();
        if (insert == null) {
            return;
        }
        String sample = PartyPlaceholders.text(insert, PartyPlaceholders.SAMPLE);
        if (!check.evaluate(sample).isCompliant()) {
            throw new IllegalArgumentException("insert: must itself meet the check it completes");
        }
    }
}
