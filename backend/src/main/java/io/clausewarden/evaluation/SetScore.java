package io.clausewarden.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** How reviews scored over a set of answer keys. */
public record SetScore(List<KeyScore> keys) {
    public SetScore {
        keys = List.copyOf(keys);
    }

    @JsonProperty
    public long expectations() {
        return keys.stream().mapToLong(k -> k.expectations().size()).sum();
    }

    @JsonProperty
    public long outcomesAccepted() {
        return keys.stream().mapToLong(KeyScore::outcomesAccepted).sum();
    }

    @JsonProperty
    public long anchorsExpected() {
        return keys.stream().mapToLong(KeyScore::anchorsExpected).sum();
    }

    @JsonProperty
    public long anchorsHit() {
        return keys.stream().mapToLong(KeyScore::anchorsHit).sum();
    }

    @JsonProperty
    public long touches() {
        return keys.stream().mapToLong(k -> k.touches().size()).sum();
    }

    @JsonProperty
    public double outcomeAccuracy() {
        return ratio(outcomesAccepted(), expectations());
    }

    @JsonProperty
    public double anchorRate() {
        return ratio(anchorsHit(), anchorsExpected());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
