package io.clausewarden.classify;

/** Turns text into a fixed-length vector; equal text gives an equal vector. Implementations are thread-safe. */
interface TextEmbedder {
    float[] embed(String text);
}
