package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party placeholders of playbook language and texts: {@code {us}}, {@code {counterparty}} and {@code {either}}
 * stand for the names the reviewed document gives each side, so one playbook reads "Northwind", "Provider" or
 * "Licensor" alike.
 */
final class PartyPlaceholders {
    static final Set<String> KNOWN = Set.of("us", "counterparty", "either");
    private static final Pattern TOKEN = Pattern.compile("(?<!\\\\[pP])\\{([A-Za-z_]+)}");
    /** Stands in for a document's names while a submitted playbook is checked. */
    static final PartyNames SAMPLE = new PartyNames(List.of("Party A"), List.of("Party B"), false);
    private static final String ANY_PARTY = "(?:each|either|both|neither|a|the|any)\\s+part(?:y|ies)";
    private static final List<String> MUTUAL_WORDS = List.of("Customer", "Client", "Licensee", "Recipient",
            "Receiving Party", "Provider", "Vendor", "Supplier", "Licensor", "Discloser", "Disclosing Party");

    private PartyPlaceholders() {
    }

    static boolean has(String source) {
        return source != null && TOKEN.matcher(source).results().anyMatch(m -> KNOWN.contains(m.group(1)));
    }

    /** @throws PatternShape.Refused naming a placeholder that is not one of ours */
    static void checkKnown(String source) {
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new PatternShape.Refused("names the placeholder {" + m.group(1)
                        + "}; the party placeholders are {us}, {counterparty} and {either}");
            }
        }
    }

    /** A regular expression with each placeholder replaced by an alternation of the side's names. */
    static String regex(String source, PartyNames names) {
        return replace(source, token -> "(?:" + alternatives(token, names) + ")");
    }

    /** A phrase (whole words, any spacing) as a regular expression, its placeholders standing for the names. */
    static String phraseRegex(String phrase, PartyNames names) {
        StringBuilder regex = new StringBuilder("\\b");
        Matcher m = TOKEN.matcher(phrase);
        int last = 0;
        while (m.find()) {
            regex.append(literal(phrase.substring(last, m.start())));
            regex.append(KNOWN.contains(m.group(1)) ? "(?:" + alternatives(m.group(1), names) + ")" : literal(m.group()));
            last = m.end();
        }
        return regex.append(literal(phrase.substring(last))).append("\\b").toString();
    }

    /** Text for a document: each placeholder becomes the side's first name ("Customer", "the other party"). */
    static String text(String text, PartyNames names) {
        if (text == null) {
            return null;
        }
        return replace(text, token -> switch (token) {
            case "us" -> names.ours().isEmpty() ? "each party" : names.ours().get(0);
            case "counterparty" -> names.theirs().isEmpty() ? "the other party" : names.theirs().get(0);
            default -> "either party";
        });
    }

    private static String alternatives(String token, PartyNames names) {
        List<String> words = new ArrayList<>();
        boolean mutual = names.ours().isEmpty() || names.theirs().isEmpty();
        switch (token) {
            case "us" -> words.addAll(mutual ? MUTUAL_WORDS : names.ours());
            case "counterparty" -> words.addAll(mutual ? MUTUAL_WORDS : names.theirs());
            default -> {
                words.addAll(names.ours());
                words.addAll(names.theirs());
            }
        }
        List<String> parts = new ArrayList<>(words.stream().map(PartyPlaceholders::literal).toList());
        if (mutual || "either".equals(token)) {
            parts.add(ANY_PARTY);
        }
        return String.join("|", parts);
    }

    private static String replace(String source, java.util.function.Function<String, String> byToken) {
        Matcher m = TOKEN.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(KNOWN.contains(m.group(1)) ? byToken.apply(m.group(1)) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Escapes regular-expression syntax; runs of spaces match any whitespace. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append("\\s+");
                }
                space = true;
                continue;
            }
            space = false;
            if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
