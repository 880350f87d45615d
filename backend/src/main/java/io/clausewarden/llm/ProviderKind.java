package io.clausewarden.llm;

import java.util.Locale;

/** The wire formats we speak; {@code none} keeps every review on the deterministic rules. */
public enum ProviderKind {
    /** Chat Completions: OpenAI, Azure OpenAI deployments, vLLM, Ollama, llama.cpp servers. */
    OPENAI("openai"),
    /** Anthropic Messages. */
    ANTHROPIC("anthropic"),
    NONE("none");

    private final String code;

    ProviderKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but openai, anthropic or none (blank means none) */
    public static ProviderKind parse(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ProviderKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown model provider '" + code + "': use openai, anthropic or none");
    }
}
