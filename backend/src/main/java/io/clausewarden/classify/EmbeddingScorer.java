package io.clausewarden.classify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.document.Clause;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores clause types by semantic similarity: the embeddings of the clause and of each of its sentences against the
 * embeddings of each type's exemplars (best match per type), so a long clause that covers several subjects is
 * matched on each of them. Similarity below a calibrated floor is treated as no evidence at all; above it
 * the score rises linearly up to {@link #MAX_SCORE}, so this scorer adds evidence to the rules rather than noise.
 * Thread-safe; clause embeddings are cached by a hash of the embedded text.
 */
public final class EmbeddingScorer implements ClauseScorer {
    /** Cosine similarity at or below which a type gets no score (calibrated on CUAD samples, see docs/quality.md). */
    static final double FLOOR = 0.5;
    /** Cosine similarity at which the score reaches {@link #MAX_SCORE}. */
    static final double FULL = 0.75;
    /** Embedding evidence alone is never certain. */
    static final double MAX_SCORE = 0.6;
    /** The model reads at most 256 word pieces; about 1,000 characters of contract English fit. */
    static final int MAX_CHARS = 500;
    /** Sentences beyond these add cost and rarely a new subject. */
    static final int MAX_SENTENCES = 4;
    private static final int MIN_SENTENCE_CHARS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[A-Z(])");
    private static final int CACHE_SIZE = 10_000;

    private record TypeVectors(String id, List<float[]> exemplars) {
    }

    private final TextEmbedder embedder;
    private final List<TypeVectors> types;
    private final double floor;
    private final Cache<String, float[]> clauseVectors = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    /** Uses the bundled model, shared by every scorer of the JVM; the first scorer built loads it (1–2 s). */
    public EmbeddingScorer(Taxonomy taxonomy) {
        this(taxonomy, MiniLmEmbedder.shared(), FLOOR);
    }

    EmbeddingScorer(Taxonomy taxonomy, TextEmbedder embedder, double floor) {
        this.embedder = embedder;
        this.floor = floor;
        this.types = taxonomy.types().stream()
                .filter(t -> !t.exemplars().isEmpty())
                .map(t -> new TypeVectors(t.id(), t.exemplars().stream().map(embedder::embed).toList()))
                .toList();
    }

    @Override
    public Map<String, Double> score(Clause clause) {
        Map<String, Double> scores = new LinkedHashMap<>();
        similarities(clause).forEach((type, similarity) -> {
            if (similarity > floor) {
                scores.put(type, MAX_SCORE * Math.min(1, (similarity - floor) / (FULL - floor)));
            }
        });
        return scores;
    }

    /** Best cosine similarity of any of the clause's inputs to each type's exemplars, in taxonomy order. */
    Map<String, Double> similarities(Clause clause) {
        Map<String, Double> similarities = new LinkedHashMap<>();
        for (String input : inputs(clause)) {
            float[] vector = clauseVectors.get(sha256(input), key -> embedder.embed(input));
            for (TypeVectors type : types) {
                for (float[] exemplar : type.exemplars()) {
                    similarities.merge(type.id(), cosine(vector, exemplar), Math::max);
                }
            }
        }
        return similarities;
    }

    /**
     * What is embedded: the heading path with the whole text, and, when there are several, the heading path with
     * each of the first sentences. Whitespace is collapsed and each input is cut at a word boundary to fit the
     * model's window.
     */
    static List<String> inputs(Clause clause) {
        String heading = clause.heading() == null ? "" : clause.heading().strip();
        String prefix = heading.isEmpty() ? "" : heading + ". ";
        String text = clause.text().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(fit(prefix + text));
        List<String> sentences = Arrays.stream(SENTENCE_END.split(text))
                .filter(s -> s.length() >= MIN_SENTENCE_CHARS).limit(MAX_SENTENCES).toList();
        if (sentences.size() > 1) {
            sentences.forEach(sentence -> inputs.add(fit(prefix + sentence)));
        }
        return inputs;
    }

    private static String fit(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
