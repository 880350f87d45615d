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
    public static final Definitions NONE = new Definitions(Map.of(), Map.of());
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?:section|article|clause|paragraph)\\s+)?(\\d+(?:\\.\\d+)*|[A-Za-z])[.)]?\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITION = Pattern.compile(
            "[“\"]\\**([A-Z][^”\"*\\n]{1,60}?)\\**[”\"]\\s*(?:\\)\\s*)?(?:means|shall mean|has the meaning|refers to|includes)\\b"
                    + "([^\\n]{0,800})");
    private static final int MAX_TERMS = 2_000;

    private final Map<String, String> byTerm;
    private final Map<String, String> sections;

    private Definitions(Map<String, String> byTerm, Map<String, String> sections) {
        this.byTerm = byTerm;
        this.sections = sections;
    }

    /** The definitions in {@code text}; the first definition of a term counts. */
    public static Definitions in(String text) {
        return in(text, java.util.List.of());
    }

    /**
     * @param headings the clauses' heading paths ("14 Indemnification > A. Patents"), so that a reference to
     *                 "Section 14.A" can be read as the section's title
     */
    public static Definitions in(String text, java.util.List<String> headings) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find() && found.size() < MAX_TERMS) {
            found.putIfAbsent(key(m.group(1)), m.group(2));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String path : headings) {
            if (path == null || titles.size() >= MAX_TERMS) {
                continue;
            }
            String number = "";
            String title = "";
            for (String part : path.split("\\s+>\\s+")) {
                Matcher n = NUMBERED.matcher(part.strip());
                if (!n.matches()) {
                    break;
                }
                String own = n.group(1).toLowerCase(Locale.ROOT);
                number = number.isEmpty() || own.contains(".") ? own : number + "." + own;
                title = (title + " " + n.group(2)).strip();
                titles.putIfAbsent(number, title);
            }
        }
        return found.isEmpty() && titles.isEmpty() ? NONE : new Definitions(Map.copyOf(found), Map.copyOf(titles));
    }

    /** The title of section {@code number} ("14.A" → "Indemnification Patents"), with its parents' titles. */
    Optional<String> section(String number) {
        return Optional.ofNullable(sections.get(number.toLowerCase(Locale.ROOT).replaceAll("[.)]+$", "")));
    }

    Optional<String> of(String term) {
        return Optional.ofNullable(byTerm.get(key(term)));
    }

    private static String key(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceFirst("^(?:the|any|all|an?) ", "");
    }
}
