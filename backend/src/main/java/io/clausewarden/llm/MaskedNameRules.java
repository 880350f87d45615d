package io.clausewarden.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a firm's list of names to mask may hold: at most {@value #MAX_NAMES} names, each
 * {@value #MIN_LENGTH}–{@value #MAX_LENGTH} characters after trimming, without control characters.
 */
public final class MaskedNameRules {
    public static final int MAX_NAMES = 1_000;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;

    private MaskedNameRules() {
    }

    /** Why the name cannot be listed (never repeating it), or empty when it can. */
    public static Optional<String> refusal(String name) {
        if (name == null) {
            return Optional.of("is required");
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must be " + MIN_LENGTH + "–" + MAX_LENGTH + " characters without control characters");
        }
        return Optional.empty();
    }

    /**
     * The names trimmed, duplicates removed, in the order given.
     *
     * @throws IllegalArgumentException when there are too many names or one breaks the rules
     */
    public static List<String> normalise(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("A list of names is required");
        }
        if (names.size() > MAX_NAMES) {
            throw new IllegalArgumentException("At most " + MAX_NAMES + " names may be listed");
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            refusal(names.get(i)).ifPresent(reason -> {
                throw new IllegalArgumentException("Name " + index + " " + reason);
            });
            kept.add(names.get(i).strip());
        }
        return List.copyOf(kept);
    }
}
