package io.clausewarden.llm;

import java.util.Locale;
import java.util.Optional;

/** Where a tenant's data may be processed, and where a model endpoint runs. */
public enum Region {
    US, EU, AU;

    public static Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException for anything but US, EU or AU */
    public static Region parse(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown region '" + code + "': use US, EU or AU"));
    }
}
