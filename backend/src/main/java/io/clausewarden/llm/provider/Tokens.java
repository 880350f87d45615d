package io.clausewarden.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;

/** Token counts as the provider billed them, or a rough estimate when a server reports none (some local ones). */
final class Tokens {
    private Tokens() {
    }

    static long reported(JsonNode usage, String field, String estimatedFrom) {
        JsonNode count = usage.path(field);
        if (count.isIntegralNumber() && count.canConvertToLong() && count.asLong() >= 0) {
            return count.asLong();
        }
        return estimate(estimatedFrom);
    }

    /** About four characters per token for English text. */
    static long estimate(String text) {
        return text == null ? 0 : (text.length() + 3) / 4;
    }
}
