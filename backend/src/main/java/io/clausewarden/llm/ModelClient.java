package io.clausewarden.llm;

/**
 * One provider endpoint. Implementations send exactly the call they are given, with zero-retention flags
 * where the provider has them, never log bodies, and never forward any credential but their own key.
 */
public interface ModelClient extends AutoCloseable {
    /** @throws ProviderException when no usable reply came back */
    ProviderReply complete(ModelCall call);

    @Override
    default void close() {
    }
}
