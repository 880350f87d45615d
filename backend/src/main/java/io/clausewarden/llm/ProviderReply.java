package io.clausewarden.llm;

/**
 * What a provider answered: the structured answer as JSON text, not yet validated, and the tokens it billed.
 */
public record ProviderReply(String answerJson, long inputTokens, long outputTokens) {
    public long tokens() {
        return inputTokens + outputTokens;
    }

    @Override
    public String toString() {
        return "ProviderReply[tokens=" + tokens() + "]";
    }
}
