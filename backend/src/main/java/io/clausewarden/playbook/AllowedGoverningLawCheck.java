package io.clausewarden.playbook;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The law chosen to govern the contract must be one of the allowed jurisdictions. */
record AllowedGoverningLawCheck(List<String> allowed, boolean redLine) implements Check {
    static final String KIND = "allowed_governing_law";

    private static final String NAME = "([A-Z][\\p{L}'’.-]*(?:\\s+(?:(?:and|of|the)\\s+)?[A-Z][\\p{L}'’.-]*)*)";
    private static final Pattern LAWS_OF = Pattern.compile(
            "(?i:\\blaws?\\s+of\\s+(?:the\\s+)?)(?:(?i:(state|commonwealth|province|republic|kingdom))\\s+(?i:of)\\s+)?"
                    + "(?:(?i:the)\\s+)?" + NAME);
    private static final Pattern NAME_LAW = Pattern.compile("(?i:\\bgoverned\\s+by\\s+(?:the\\s+)?)" + NAME
            + "\\s+(?i:laws?)\\b");
    /** "The Governing Law will govern ..." or "the laws of the jurisdiction stated in the Order Form". */
    private static final List<Pattern> DEFINED_LAW = List.of(
            Pattern.compile("(?:\\bThe\\s+|\\bgoverned\\s+by\\s+the\\s+)(Governing\\s+Law)\\b"),
            Pattern.compile("(?i:\\blaws?\\s+of\\s+the\\s+(?:jurisdiction|state|country)\\s+"
                    + "(?:set\\s+out|specified|stated|named|identified|selected)\\s+in\\s+the\\s+)([A-Z][\\p{L}]*(?:\\s+[A-Z][\\p{L}]*)*)"));
    /** "the laws of the State of Governing Law": a blank filled in on a cover page. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(?:the\\s+)?(?:(?:governing|chosen|selected|applicable|relevant|specified)(?:\\s+\\w+){0,2}\\s+"
                    + "(?:law|state|jurisdiction|country|courts?)|governing\\s+law|jurisdiction|chosen\\s+(?:law|courts)"
                    + "|applicable\\s+law|courts|venue)");
    private static final Pattern GOVERNS = Pattern.compile(
            "\\b(?:govern(?:ed|s|ing)?|constru(?:ed|ction)|interpret(?:ed|ation)|enforced)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> US_STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming");

    public AllowedGoverningLawCheck {
        allowed = List.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("allowed must list at least one jurisdiction");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        Match firstFound = null;
        for (Match match : matches(text)) {
            if (PLACEHOLDER.matcher(match.name()).matches()) {
                return CheckResult.needsReview("The governing law is '" + match.name() + "', a term filled in outside this"
                        + " clause; confirm it is one of " + String.join(", ", allowed) + ".", match.start(), match.end());
            }
            if (!isAllowed(match.name())) {
                String replacement = replacementFor(match.stateOf());
                return CheckResult.deviation("The contract is governed by the law of " + match.name()
                                + ", which is not among the allowed jurisdictions (" + String.join(", ", allowed) + ").",
                        match.start(), match.end(), replacement);
            }
            firstFound = firstFound == null ? match : firstFound;
        }
        Matcher reference = firstFound == null ? definedLaw(text) : null;
        if (reference != null) {
            return CheckResult.needsReview("The governing law is set by '" + reference.group(1)
                    + "', defined outside this clause; confirm it is one of " + String.join(", ", allowed) + ".",
                    reference.start(1), reference.end(1));
        }
        return firstFound == null
                ? CheckResult.notApplicable("No governing-law jurisdiction is named.")
                : CheckResult.compliant("Governed by the law of " + firstFound.name() + ", an allowed jurisdiction.",
                        firstFound.start(), firstFound.end());
    }

    @Override
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("allowed", allowed);
    }

    private static Matcher definedLaw(String text) {
        for (Pattern pattern : DEFINED_LAW) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private record Match(String name, int start, int end, boolean stateOf) {
    }

    private static List<Match> matches(String text) {
        List<Match> found = new java.util.ArrayList<>();
        Matcher m = LAWS_OF.matcher(text);
        while (m.find()) {
            boolean stateOf = m.group(1) != null;
            if (stateOf || governsNearby(text, m.start())) {
                found.add(new Match(trimName(m.group(2)), m.start(2), m.start(2) + trimName(m.group(2)).length(),
                        stateOf && m.group(1).equalsIgnoreCase("state")));
            }
        }
        m = NAME_LAW.matcher(text);
        while (m.find()) {
            found.add(new Match(trimName(m.group(1)), m.start(1), m.start(1) + trimName(m.group(1)).length(), false));
        }
        found.sort(java.util.Comparator.comparingInt(Match::start));
        return found;
    }

    private static boolean governsNearby(String text, int start) {
        String before = text.substring(Math.max(0, start - 100), start);
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
        return GOVERNS.matcher(before.substring(sentence + 1)).find();
    }

    private static String trimName(String name) {
        return name.replaceAll("[.’']+$", "");
    }

    private boolean isAllowed(String name) {
        String n = normalize(name);
        return allowed.stream().map(AllowedGoverningLawCheck::normalize)
                .anyMatch(a -> a.equals(n) || a.startsWith(n + " and ") || (n.equals("english") && a.startsWith("england")));
    }

    /** Prefer an allowed US state when the text says "the State of X", so the sentence still reads well. */
    private String replacementFor(boolean stateOf) {
        if (stateOf) {
            for (String candidate : allowed) {
                if (US_STATES.contains(normalize(candidate))) {
                    return candidate;
                }
            }
        }
        return allowed.get(0);
    }

    private static String normalize(String jurisdiction) {
        return jurisdiction.toLowerCase(Locale.ROOT).strip()
                .replaceFirst("^the\\s+", "").replaceFirst("^(state|commonwealth) of\\s+", "").replaceAll("\\s+", " ");
    }
}
