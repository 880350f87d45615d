package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a document defines ("“Uncapped Claims” means (a) the indemnifying party's obligations ..."), so that a
 * check meeting a defined term can read what it stands for. Definitions given on an order form or cover page that
 * is not part of the document are, of course, not found.
 */
public final class Definitions {
    public static final Definitions NONE = new Definitions(Map.of());
    private static final Pattern DEFINITION = Pattern.compile(
            "[“\"]\\**([A-Z][^”\"*\\n]{1,60}?)\\**[”\"]\\s*(?:\\)\\s*)?(?:means|shall mean|has the meaning|refers to|includes)\\b"
                    + "([^\\n]{0,800})");
    private static final int MAX_TERMS = 2_000;

    private final Map<String, String> byTerm;

    private Definitions(Map<String, String> byTerm) {
        this.byTerm = byTerm;
    }

    /** The definitions in {@code text}; the first definition of a term counts. */
    public static Definitions in(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find() && found.size() < MAX_TERMS) {
            found.putIfAbsent(key(m.group(1)), m.group(2));
        }
        return found.isEmpty() ? NONE : new Definitions(Map.copyOf(found));
    }

    Optional<String> of(String term) {
        return Optional.ofNullable(byTerm.get(key(term)));
    }

    private static String key(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceFirst("^(?:the|any|all|an?) ", "");
    }
}
