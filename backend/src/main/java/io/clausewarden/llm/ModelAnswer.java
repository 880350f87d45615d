package io.clausewarden.llm;

import java.util.Locale;

/**
 * A model's schema-valid answer to one question about one clause. Until restored by the session that
 * asked, its texts carry placeholders instead of names.
 */
public record ModelAnswer(Verdict verdict, double confidence, String explanation, String quote, String suggestedText) {
    public enum Verdict {
        MEETS, DOES_NOT_MEET, NOT_ADDRESSED, UNCLEAR;

        static Verdict parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return "ModelAnswer[" + verdict.code() + "]";
    }
}
