package io.clausewarden.playbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The texts of all clauses of one type in a document, joined once for checks that look across clauses, and the terms the document defines. */
public final class SameType {
    private final List<String> texts;
    private final Definitions definitions;
    private String joined;
    private final Map<Object, Object> memo = new HashMap<>();

    public SameType(List<String> texts) {
        this(texts, Definitions.NONE);
    }

    /** @param definitions the terms the whole document defines, for checks that meet a defined term */
    public SameType(List<String> texts, Definitions definitions) {
        this.texts = List.copyOf(texts);
        this.definitions = definitions;
    }

    Definitions definitions() {
        return definitions;
    }

    public static SameType of(String text) {
        return new SameType(List.of(text));
    }

    /** What {@code key} computed over the joined text, computed once. */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Function<String, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(text()));
    }

    String text() {
        if (joined == null) {
            joined = String.join("\n\n", texts);
        }
        return joined;
    }
}
