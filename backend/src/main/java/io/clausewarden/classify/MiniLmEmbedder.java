package io.clausewarden.classify;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.clausewarden.support.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised, 384 dimensions), shipped inside its jar and run in-process by
 * ONNX Runtime: nothing is downloaded and no text leaves the JVM. Loaded once per JVM, on first use.
 */
final class MiniLmEmbedder implements TextEmbedder {
    static final int DIMENSIONS = 384;

    private static final class Holder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }

    private final EmbeddingModel model;

    private MiniLmEmbedder() {
        stayOffline();
        // Embedding one text at a time runs on the caller's thread; no pool is needed.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        keepCacheOwnerOnly();
    }

    /** The tokenizer unpacks its native library with the process's default modes; only the owner may read it. */
    private static void keepCacheOwnerOnly() {
        String cache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
        if (cache != null && !cache.isBlank()) {
            try {
                OwnerOnlyFiles.tighten(Path.of(cache));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the model cache owner-only", e);
            }
        }
    }

    static MiniLmEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /**
     * The tokenizer's runtime (DJL) otherwise probes the cloud metadata endpoint and may report usage over the
     * network. An explicit setting by the operator wins.
     */
    static void stayOffline() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }
}
