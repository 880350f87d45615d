package io.clausewarden.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and contact details of one document that must not reach a model provider: party names from
 * the document's definitions, people named for notices, e-mail addresses, phone numbers, street addresses,
 * and the firm's own list of person names. Each distinct value gets a stable placeholder, numbered in
 * document order, so the same contract masks the same way every time.
 */
public final class PersonalData {
    private static final String NAME_WORD = "[A-Z][A-Za-z0-9&'’.-]{0,40}";
    private static final String LOWER_WORD = "(?:of|and|de|du|la|van|von|the|&)";
    private static final String NAME = NAME_WORD + "(?:[ ,]{1,4}(?:" + LOWER_WORD + " )?" + NAME_WORD + "){0,6}";
    /** {@code Acme Cloud, Inc., a Delaware corporation ("Provider")}, {@code Beta LLP (the "Customer")}. */
    private static final Pattern DEFINED_PARTY = Pattern.compile(
            "(" + NAME + ")(?:,?\\s+(?:an?|the)\\s+[^()\"“”]{1,120}?)?\\s*\\((?:together with [^()]{0,60}?,\\s*)?(?:hereinafter\\s+)?(?:the\\s+)?[\"“]([A-Z][A-Za-z ]{1,40})[\"”]");
    /** {@code between Acme Cloud Inc. and Beta LLP}. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:by and )?between\\s+(" + NAME + ")\\s+and\\s+(" + NAME + ")");
    private static final Pattern ATTENTION = Pattern.compile(
            "\\b(?:Attention|Attn\\.?|c/o)\\s*:?\\s+((?:[A-Z][a-z'’-]{1,40}\\.?\\s){1,3}[A-Z][a-z'’-]{1,40})");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}");
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.$€£])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}(?:[\\s.-]\\d{2,4}){1,4}(?![\\w,.]\\d)");
    static final Pattern ADDRESS = Pattern.compile(
            "\\b\\d{1,6}[A-Z]?\\s+(?:[A-Z][A-Za-z'’.-]{0,40}\\s{1,4}){1,4}"
                    + "(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Lane|Ln\\.|Drive|Dr\\.|Way|Court|Ct\\.|"
                    + "Place|Pl\\.|Square|Sq\\.|Parkway|Pkwy\\.|Terrace|Highway|Hwy\\.|Strasse|Straße)"
                    + "(?:,?\\s+(?:Suite|Ste\\.|Floor|Fl\\.|Unit|Apt\\.)\\s*[\\w-]+)?"
                    + "(?:,\\s*(?:[A-Z][A-Za-z'’.-]{0,40}\\s?){1,3}(?:,\\s*[A-Z]{2})?(?:\\s+\\d{5}(?:-\\d{4})?)?)?"
                    + "|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            ",?\\s+(?:Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|LLP|LP|PLC|plc|GmbH|AG|S\\.A\\.|SAS|B\\.V\\.|N\\.V\\.|Pty\\.? Ltd\\.?|Corp\\.?|Corporation|Co\\.)$");
    private static final List<String> NOT_NAMES = List.of("This", "The", "These", "Agreement", "Party", "Parties", "Each",
            "Either", "Section", "Exhibit", "Schedule", "Order Form", "Effective Date", "Confidential Information");

    private final Map<String, String> placeholders;
    /** Every value as one alternation, longest first, so a document is masked in a single pass. */
    private final Pattern values;

    private PersonalData(Map<String, String> placeholders) {
        this.placeholders = placeholders;
        List<String> byLength = new ArrayList<>(placeholders.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        this.values = byLength.isEmpty() ? null
                : Pattern.compile(String.join("|", byLength.stream().map(PersonalData::whole).toList()));
    }

    /** Finds what to mask in the document's texts (in order) and any names the firm listed. */
    public static PersonalData of(List<String> texts, List<String> personNames) {
        Map<String, String> found = new LinkedHashMap<>();
        Counter counter = new Counter();
        for (String name : personNames == null ? List.<String>of() : personNames) {
            if (name != null && name.strip().length() >= 2) {
                found.putIfAbsent(name.strip(), counter.next("PERSON"));
            }
        }
        for (String text : texts) {
            parties(text, found, counter);
            each(ATTENTION, 1, text, found, counter, "PERSON");
        }
        for (String text : texts) {
            each(EMAIL, 0, text, found, counter, "EMAIL");
            each(ADDRESS, 0, text, found, counter, "ADDRESS");
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                long digits = phone.group().chars().filter(Character::isDigit).count();
                if (digits >= 9 && digits <= 15) {
                    found.computeIfAbsent(phone.group().strip(), v -> counter.next("PHONE"));
                }
            }
        }
        return new PersonalData(found);
    }

    /** Nothing to mask. */
    public static PersonalData empty() {
        return new PersonalData(Map.of());
    }

    public int size() {
        return placeholders.size();
    }

    /** The text with every known value replaced by its placeholder, longest values first. */
    public String mask(String text) {
        return values == null ? text
                : values.matcher(text).replaceAll(m -> Matcher.quoteReplacement(placeholders.get(m.group())));
    }

    /** The text with placeholders turned back into the values they stand for; unknown placeholders stay. */
    public String restore(String text) {
        if (text == null) {
            return null;
        }
        String restored = text;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            restored = restored.replace(entry.getValue(), entry.getKey());
        }
        return restored;
    }

    /** Whether the text still holds something shaped like one of our placeholders. */
    public static boolean hasPlaceholder(String text) {
        return text != null && Counter.PLACEHOLDER.matcher(text).find();
    }

    private static void parties(String text, Map<String, String> found, Counter counter) {
        Matcher defined = DEFINED_PARTY.matcher(text);
        while (defined.find()) {
            addParty(defined.group(1), found, counter);
        }
        Matcher between = BETWEEN.matcher(text);
        while (between.find()) {
            addParty(between.group(1), found, counter);
            addParty(between.group(2), found, counter);
        }
    }

    private static void addParty(String candidate, Map<String, String> found, Counter counter) {
        String name = candidate.strip().replaceAll("[,\\s]+$", "");
        if (name.length() < 3 || NOT_NAMES.contains(name) || name.startsWith("The ")) {
            return;
        }
        String placeholder = found.computeIfAbsent(name, v -> counter.next("PARTY"));
        String bare = CORPORATE_SUFFIX.matcher(name).replaceFirst("");
        if (!bare.equals(name) && bare.length() >= 4 && !NOT_NAMES.contains(bare)) {
            found.putIfAbsent(bare, placeholder);
        }
    }

    private static void each(Pattern pattern, int group, String text, Map<String, String> found, Counter counter,
                             String kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.computeIfAbsent(m.group(group).strip(), v -> counter.next(kind));
        }
    }

    /** The value as a regex that matches it only as whole words. */
    private static String whole(String value) {
        boolean wordStart = Character.isLetterOrDigit(value.charAt(0));
        boolean wordEnd = Character.isLetterOrDigit(value.charAt(value.length() - 1));
        return (wordStart ? "(?<![\\p{L}\\p{N}])" : "") + Pattern.quote(value) + (wordEnd ? "(?![\\p{L}\\p{N}])" : "");
    }

    private static final class Counter {
        static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:PARTY|PERSON|EMAIL|PHONE|ADDRESS)_\\d+]");
        private final Map<String, Integer> next = new LinkedHashMap<>();

        String next(String kind) {
            int n = next.merge(kind, 1, Integer::sum);
            return "[" + kind + "_" + n + "]";
        }
    }
}
