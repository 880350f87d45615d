package io.clausewarden.llm;

/** A provider credential; its text never appears in {@code toString}, logs or API answers. */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** Null for a blank value: local servers (Ollama, llama.cpp) need no key. */
    public static ApiKey of(String value) {
        return value == null || value.isBlank() ? null : new ApiKey(value.strip());
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[api key]";
    }
}
