package io.clausewarden.contracttype;

import io.clausewarden.document.Clause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what kind of contract a document is from its title and the phrases that characterise each kind, offline
 * and deterministically. Matching is plain {@code indexOf} over a lower-cased copy of the text, so time is linear in
 * the text for each phrase and no pattern can backtrack.
 *
 * <p>A title phrase near the start ("Distributor Agreement", "Mutual Non-Disclosure Agreement") weighs most; the
 * first one found counts fully, later ones (a cloud agreement that mentions its data processing addendum in its
 * first lines) less. Body phrases count at most {@value #MAX_COUNT} times each, so a long document does not win on
 * length alone.
 */
public final class ContractTypeClassifier {
    /** Below this confidence the type is reported but never used to say the playbook does not fit. */
    public static final double CONFIDENT = 0.6;
    static final int MAX_COUNT = 3;
    /** The text read: beyond this a contract's kind has long been clear. */
    static final int MAX_CHARS = 300_000;
    /** Where a title can be: the first characters of the normalised text. */
    static final int TITLE_REGION = 400;
    /** A line this short that names a kind of contract is its title. */
    static final int TITLE_LINE_CHARS = 120;
    static final double FIRST_TITLE_WEIGHT = 20;
    static final double LATER_TITLE_WEIGHT = 4;
    /** A type needs at least this score to be named at all. */
    static final double MIN_SCORE = 6;
    /** The score at which the evidence is strong enough for full confidence. */
    static final double FULL_SCORE = 20;
    static final int BODY_EVIDENCE = 4;

    private record Signal(ContractType type, String phrase, double weight) {
    }

    private static final List<Signal> TITLES = List.of(
            t(ContractType.NDA, "non-disclosure agreement", "nondisclosure agreement", "non disclosure agreement",
                    "confidentiality agreement", "confidentiality and non-disclosure", "mutual nda", "nda"),
            t(ContractType.SAAS, "cloud service agreement", "cloud services agreement", "cloud terms",
                    "saas agreement", "software as a service", "subscription agreement", "subscription services agreement",
                    "cloud service", "saas"),
            t(ContractType.PROFESSIONAL_SERVICES, "professional services agreement", "master services agreement",
                    "consulting agreement", "consultancy agreement", "services agreement", "service agreement",
                    "statement of work"),
            t(ContractType.SOFTWARE_LICENCE, "software license", "software licence", "license agreement",
                    "licence agreement", "end user license", "end user licence", "eula"),
            t(ContractType.HOSTING, "hosting agreement", "hosting services agreement", "colocation agreement",
                    "co-location agreement", "data center services", "data centre services", "hosting services"),
            t(ContractType.SUPPLY, "supply agreement", "purchase agreement", "manufacturing agreement",
                    "courier agreement", "courier services agreement", "logistics agreement", "delivery services agreement",
                    "purchase and sale agreement", "sale of goods", "supply of goods"),
            t(ContractType.DISTRIBUTION, "distribution agreement", "distributor agreement", "reseller agreement",
                    "dealer agreement", "resale agreement", "value added reseller", "distributorship agreement"),
            t(ContractType.DPA, "data processing agreement", "data processing addendum", "data protection agreement",
                    "data protection addendum", "dpa")).stream().flatMap(List::stream).toList();

    private static final List<Signal> BODY = List.of(
            b(ContractType.NDA, 3, "disclosing party", "receiving party"),
            b(ContractType.NDA, 2, "discloser", "return or destroy", "non-disclosure"),
            b(ContractType.NDA, 1, "recipient", "confidential information", "need to know"),
            b(ContractType.SAAS, 3, "uptime", "cloud service", "software as a service", "saas", "service credit"),
            b(ContractType.SAAS, 2, "subscription", "service level", "customer data", "subscription term",
                    "acceptable use", "users"),
            b(ContractType.SAAS, 1, "availability", "order form"),
            b(ContractType.PROFESSIONAL_SERVICES, 3, "statement of work", "sow"),
            b(ContractType.PROFESSIONAL_SERVICES, 2, "deliverables", "consultant", "professional services",
                    "work product", "time and materials"),
            b(ContractType.PROFESSIONAL_SERVICES, 1, "milestone", "personnel", "acceptance criteria"),
            b(ContractType.SOFTWARE_LICENCE, 3, "licensed software", "object code", "license grant", "licence grant"),
            b(ContractType.SOFTWARE_LICENCE, 2, "licensee", "licensor", "copies of the software", "install"),
            b(ContractType.SOFTWARE_LICENCE, 1, "source code", "perpetual", "maintenance and support"),
            b(ContractType.HOSTING, 3, "hosting", "data centre", "data center", "colocation", "co-location"),
            b(ContractType.HOSTING, 2, "rack space", "bandwidth", "hosted"),
            b(ContractType.HOSTING, 1, "servers", "server"),
            b(ContractType.SUPPLY, 3, "purchase order", "courier", "parcel", "incoterms", "consignment", "freight"),
            b(ContractType.SUPPLY, 2, "goods", "shipment", "shipping", "title and risk", "carrier", "warehouse"),
            b(ContractType.SUPPLY, 1, "delivery", "manufacture", "defective"),
            b(ContractType.DISTRIBUTION, 3, "distributor", "reseller", "resell", "sub-distributor"),
            b(ContractType.DISTRIBUTION, 2, "territory", "resale", "dealer", "minimum purchase"),
            b(ContractType.DISTRIBUTION, 1, "end customer", "end user customers"),
            b(ContractType.DPA, 4, "article 28"),
            b(ContractType.DPA, 3, "sub-processor", "subprocessor", "data processor", "standard contractual clauses"),
            b(ContractType.DPA, 2, "processor", "controller", "data subject", "gdpr", "supervisory authority"),
            b(ContractType.DPA, 1, "personal data", "processing")).stream().flatMap(List::stream).toList();

    public ContractClassification classify(List<Clause> clauses) {
        Text text = Text.of(clauses);
        Map<ContractType, Double> scores = new EnumMap<>(ContractType.class);
        Map<ContractType, String> titles = new EnumMap<>(ContractType.class);
        int firstTitleAt = Integer.MAX_VALUE;
        ContractType firstTitle = null;
        for (Signal signal : TITLES) {
            int at = text.findTitle(signal.phrase(), TITLE_REGION);
            if (at >= 0 && !titles.containsKey(signal.type())) {
                titles.put(signal.type(), text.original(at, signal.phrase().length()));
                if (at < firstTitleAt) {
                    firstTitleAt = at;
                    firstTitle = signal.type();
                }
            }
        }
        for (ContractType type : titles.keySet()) {
            scores.merge(type, type == firstTitle ? FIRST_TITLE_WEIGHT : LATER_TITLE_WEIGHT, Double::sum);
        }
        Map<ContractType, List<Hit>> hits = new EnumMap<>(ContractType.class);
        for (Signal signal : BODY) {
            int count = 0;
            int first = -1;
            for (int from = 0; count < MAX_COUNT; count++) {
                int at = text.find(signal.phrase(), from, text.length());
                if (at < 0) {
                    break;
                }
                first = first < 0 ? at : first;
                from = at + signal.phrase().length();
            }
            if (count > 0) {
                double points = signal.weight() * count;
                scores.merge(signal.type(), points, Double::sum);
                hits.computeIfAbsent(signal.type(), t -> new ArrayList<>())
                        .add(new Hit(text.original(first, signal.phrase().length()), points));
            }
        }
        discountConfidentialityTerms(scores, titles);
        List<Map.Entry<ContractType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<ContractType, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SCORE) {
            return new ContractClassification(ContractType.OTHER.code(), 0, List.of());
        }
        ContractType best = ranked.get(0).getKey();
        double top = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        double confidence = Math.min(1, top / FULL_SCORE) * top / (top + second);
        Set<String> evidence = new LinkedHashSet<>();
        if (titles.containsKey(best)) {
            evidence.add(titles.get(best));
        }
        hits.getOrDefault(best, List.of()).stream().sorted(Comparator.comparingDouble(Hit::points).reversed())
                .limit(BODY_EVIDENCE).map(Hit::phrase)
                .filter(p -> evidence.stream().noneMatch(e -> e.equalsIgnoreCase(p))).forEach(evidence::add);
        return new ContractClassification(best.code(), Math.round(confidence * 100) / 100.0, List.copyOf(evidence));
    }

    /**
     * Most commercial contracts have a confidentiality clause with a disclosing and a receiving party; without an NDA
     * title those words make an NDA only when the other kinds of contract have little to show.
     */
    private static void discountConfidentialityTerms(Map<ContractType, Double> scores, Map<ContractType, String> titles) {
        if (titles.containsKey(ContractType.NDA) || !scores.containsKey(ContractType.NDA)) {
            return;
        }
        double others = scores.entrySet().stream().filter(e -> e.getKey() != ContractType.NDA)
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        scores.put(ContractType.NDA, Math.max(0, scores.get(ContractType.NDA) - others));
    }

    private record Hit(String phrase, double points) {
    }

    private static List<Signal> t(ContractType type, String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> new Signal(type, p, 0)).toList();
    }

    private static List<Signal> b(ContractType type, double weight, String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> new Signal(type, p, weight)).toList();
    }

    /**
     * The document's headings and text, lower-cased, with runs of white space and mark-up characters read as one
     * space, and for each character where it came from, so evidence is quoted as the document writes it.
     */
    private static final class Text {
        private final String source;
        private final String lower;
        private final int[] origin;

        private Text(String source, String lower, int[] origin) {
            this.source = source;
            this.lower = lower;
            this.origin = origin;
        }

        static Text of(List<Clause> clauses) {
            StringBuilder raw = new StringBuilder();
            String previousHeading = null;
            for (Clause clause : clauses) {
                if (raw.length() >= MAX_CHARS) {
                    break;
                }
                if (clause.heading() != null && !clause.heading().equals(previousHeading)) {
                    raw.append(clause.heading()).append('\n');
                }
                previousHeading = clause.heading();
                raw.append(clause.text()).append('\n');
            }
            String source = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw.toString();
            StringBuilder lower = new StringBuilder(source.length());
            int[] origin = new int[source.length()];
            boolean space = true;
            for (int i = 0; i < source.length(); i++) {
                char c = fold(source.charAt(i));
                if (c == ' ') {
                    if (space) {
                        continue;
                    }
                    space = true;
                } else {
                    space = false;
                }
                origin[lower.length()] = i;
                lower.append(c);
            }
            return new Text(source, lower.toString(), origin);
        }

        private static char fold(char c) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '_' || c == '#' || c == '`'
                    || c == '>') {
                return ' ';
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013') {
                return '-';
            }
            return Character.toLowerCase(c);
        }

        int length() {
            return lower.length();
        }

        /** The first whole-word occurrence of the phrase starting in [from, before), a plural s allowed; -1 if none. */
        /**
         * A title: on a short line of its own ("DATA PROCESSING ADDENDUM") or introduced as "this …" ("This Data
         * Processing Addendum forms part of …"); "under the data processing agreement" in a sentence names another.
         */
        int findTitle(String phrase, int before) {
            for (int at = find(phrase, 0, before); at >= 0; at = find(phrase, at + 1, before)) {
                int inSource = origin[at];
                int lineStart = source.lastIndexOf('\n', inSource) + 1;
                int lineEnd = source.indexOf('\n', inSource);
                int lineLength = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd)
                        .replaceAll("\\s+", " ").strip().length();
                if (lineLength <= TITLE_LINE_CHARS || lower.substring(Math.max(0, at - 5), at).equals("this ")) {
                    return at;
                }
            }
            return -1;
        }

        int find(String phrase, int from, int before) {
            int end = Math.min(before, lower.length());
            for (int at = lower.indexOf(phrase, from); at >= 0 && at < end; at = lower.indexOf(phrase, at + 1)) {
                if (wordStart(at) && wordEnd(at + phrase.length())) {
                    return at;
                }
            }
            return -1;
        }

        private boolean wordStart(int at) {
            return at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        }

        private boolean wordEnd(int at) {
            if (at >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at))) {
                return true;
            }
            return lower.charAt(at) == 's' && (at + 1 >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at + 1)));
        }

        /** The phrase as the document writes it, white space tidied. */
        String original(int at, int length) {
            int start = origin[at];
            int stop = origin[at + length - 1] + 1;
            StringBuilder tidy = new StringBuilder();
            for (int i = start; i < stop; i++) {
                char c = fold(source.charAt(i)) == ' ' ? ' ' : source.charAt(i);
                if (c != ' ' || (tidy.length() > 0 && tidy.charAt(tidy.length() - 1) != ' ')) {
                    tidy.append(c);
                }
            }
            return tidy.toString().trim();
        }
    }
}
