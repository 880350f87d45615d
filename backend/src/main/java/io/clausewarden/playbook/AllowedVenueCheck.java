package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The courts, forum or seat of arbitration chosen for disputes must be in an allowed place. This is separate from
 * the governing law: New York law may be litigated in London.
 */
record AllowedVenueCheck(List<String> allowed, boolean redLine) implements Check {
    static final String KIND = "allowed_venue";

    private static final String PLACE = "((?:[A-Z][\\p{L}'’.-]*)(?:\\s+(?:of\\s+|and\\s+|the\\s+)?[A-Z][\\p{L}'’.-]*)*"
            + "(?:,\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)*)?)";
    private static final String OF_REGION = "(?:(?:the\\s+)?(?i:state|commonwealth|county|city|borough|province|republic)\\s+of\\s+)?";
    private static final List<Pattern> VENUES = List.of(
            Pattern.compile("(?i:\\b(?:courts?|tribunals?)\\s+(?:located\\s+|sitting\\s+|situated\\s+|seated\\s+)?(?:in|of|for)\\s+(?:the\\s+)?)"
                    + OF_REGION + PLACE),
            Pattern.compile("(?i:\\b(?:venue|forum|jurisdiction)\\s+(?:shall|will)\\s+(?:be|lie)\\s+(?:exclusively\\s+|solely\\s+)?(?:in|with)\\s+(?:the\\s+)?)"
                    + "(?:(?i:(?:state\\s+(?:and|or)\\s+federal\\s+|federal\\s+(?:and|or)\\s+state\\s+)?courts?\\s+(?:located\\s+)?(?:in|of)\\s+(?:the\\s+)?))?"
                    + OF_REGION + PLACE),
            Pattern.compile("(?i:\\b(?:seat|place|venue|location)\\s+of\\s+(?:the\\s+)?arbitration\\s+(?:shall|will)\\s+be\\s+(?:in\\s+)?(?:the\\s+)?)"
                    + OF_REGION + PLACE),
            Pattern.compile("(?i:\\barbitration\\s+(?:shall\\s+be\\s+|will\\s+be\\s+)?(?:held|conducted|seated|administered)\\s+in\\s+(?:the\\s+)?)"
                    + OF_REGION + PLACE));
    /** "the Chosen Courts" or "the Courts": a forum named on a cover page. */
    private static final Pattern DEFINED_FORUM = Pattern.compile(
            "\\b(?:in|of|to|before)\\s+the\\s+((?:Chosen\\s+|Designated\\s+|Agreed\\s+)?(?:Courts|Forum|Venue))\\b");
    /** A place ends before a full stop, semicolon or colon. */
    private static final Pattern STOP = Pattern.compile("[.;:](?:\\s.*)?$|[,’']$");

    AllowedVenueCheck {
        allowed = List.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("allowed must list at least one place");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        List<int[]> places = places(text);
        for (int[] place : places) {
            String name = text.substring(place[0], place[1]);
            if (AllowedGoverningLawCheck.PLACEHOLDER.matcher(name).matches()) {
                return CheckResult.needsReview("The forum is '" + name + "', a term filled in outside this clause; confirm"
                        + " it is in " + String.join(", ", allowed) + ".", place[0], place[1]);
            }
            if (!isAllowed(name)) {
                return CheckResult.deviation("Disputes go to " + name + ", which is not among the allowed venues ("
                        + String.join(", ", allowed) + ").", place[0], place[1], allowed.get(0));
            }
        }
        if (!places.isEmpty()) {
            return CheckResult.compliant("Disputes go to " + text.substring(places.get(0)[0], places.get(0)[1])
                    + ", an allowed venue.", places.get(0)[0], places.get(0)[1]);
        }
        Matcher defined = DEFINED_FORUM.matcher(text);
        if (defined.find()) {
            return CheckResult.needsReview("The forum is '" + defined.group(1) + "', defined outside this clause; confirm it"
                    + " is in " + String.join(", ", allowed) + ".", defined.start(1), defined.end(1));
        }
        return CheckResult.notApplicable("No court, forum or seat of arbitration is named.");
    }

    private static List<int[]> places(String text) {
        List<int[]> found = new ArrayList<>();
        for (Pattern pattern : VENUES) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String name = STOP.matcher(m.group(1)).replaceFirst("");
                if (!name.isBlank() && !Negation.isNegatedBefore(text, m.start())) {
                    found.add(new int[] {m.start(1), m.start(1) + name.length()});
                }
            }
        }
        found.sort(Comparator.comparingInt(p -> p[0]));
        return found;
    }

    private boolean isAllowed(String place) {
        String p = " " + normalize(place) + " ";
        return allowed.stream().anyMatch(a -> p.contains(" " + normalize(a) + " "));
    }

    private static String normalize(String place) {
        return place.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("allowed", allowed);
    }
}
