package io.clausewarden.review;

import java.util.Locale;

/**
 * Where a model's quote sits in the clause, widened to whole sentences. A quote the clause does not contain
 * (paraphrased or invented) is never shown as a quote: the finding then quotes the clause's first sentences.
 *
 * @param start      start of the quoted sentences
 * @param end        end of the quoted sentences
 * @param spanStart  start of the model's own passage, or -1 when it was not found
 * @param spanEnd    end of the model's own passage, or -1
 */
record ModelQuote(String clauseText, int start, int end, int spanStart, int spanEnd) {
    String text() {
        return clauseText.substring(start, end);
    }

    boolean located() {
        return spanStart >= 0;
    }

    /** The quoted sentences with the model's passage replaced. */
    String replacing(String replacement) {
        return clauseText.substring(start, spanStart) + replacement + clauseText.substring(spanEnd, end);
    }

    static ModelQuote locate(String clauseText, String modelQuote) {
        int[] span = find(clauseText, modelQuote);
        if (span == null) {
            int[] first = Sentences.around(clauseText, 0, 0);
            return new ModelQuote(clauseText, first[0], first[1], -1, -1);
        }
        int[] sentences = Sentences.around(clauseText, span[0], span[1]);
        return new ModelQuote(clauseText, Math.min(sentences[0], span[0]), Math.max(sentences[1], span[1]), span[0], span[1]);
    }

    private static int[] find(String text, String quote) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        String wanted = quote.strip();
        int at = text.indexOf(wanted);
        if (at < 0) {
            at = text.toLowerCase(Locale.ROOT).indexOf(wanted.toLowerCase(Locale.ROOT));
        }
        return at < 0 ? null : new int[] {at, at + wanted.length()};
    }
}
