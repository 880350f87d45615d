package io.clausewarden.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parties from the opening of a contract: {@code Northwind Traders, Inc., a Delaware corporation
 * ("Northwind")}, {@code Clear Capital (the "Company")}, {@code Acme Corp. (hereinafter referred to as "Licensor")},
 * cover-page lines ({@code Customer: Contoso Ltd}), and definitions of role words ({@code "Customer" means ...}).
 * Reads only the opening {@link #OPENING_CHARS} characters and each definition's first words, so its cost does not
 * grow with the contract.
 */
final class PartyReader {
    static final int OPENING_CHARS = 12_000;
    private static final int NAME_WINDOW = 260;

    private static final Pattern DEFINED = Pattern.compile(
            "\\(\\s*(?:(?:the|each\\s+a|hereinafter|hereafter|herein)\\s+){0,2}(?:(?:referred\\s+to|called|known)\\s+as\\s+)?(?:the\\s+)?"
                    + "[\"“”']{1,2}\\*{0,2}([A-Z][A-Za-z0-9&.\\- ]{0,40}?)\\*{0,2}[\"“”']{1,2}\\s*[),;]");
    /** "between Alpha Ltd and Beta Inc. (each a "Party")": parties named without a term of their own. */
    private static final Pattern EACH_A_PARTY = Pattern.compile(
            "\\bbetween\\s+([A-Z][^()\\n]{1,80}?)\\s+and\\s+([A-Z][^()\\n]{1,80}?)\\s*\\(\\s*(?:each|together|collectively|individually)\\b");
    private static final Pattern COVER_LINE = Pattern.compile(
            "(?m)^[\\s|*#>-]{0,6}(" + Roles.ROLE_WORDS + ")\\s*(?:\\*{0,2}\\s*[:|]\\s*\\*{0,2}|\\s+name\\s*:)\\s*([A-Z][^\\n|]{1,80})");
    private static final Pattern ROLE_DEFINITION = Pattern.compile(
            "[\"“]\\*{0,2}(" + Roles.ROLE_WORDS + ")\\*{0,2}[\"”]\\*{0,2}\\s+(?:means|shall\\s+mean|refers\\s+to)\\b");
    private static final Pattern NAME_START = Pattern.compile(
            "(?i)(?:\\bby\\s+and\\s+between\\b|\\bbetween\\b|\\bamong\\b|\\band\\b|\\bby\\b|\\bwith\\b|[;:)(]|\\n\\s*\\n|^)\\s*");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            "(?i)\\s*(?:inc|incorporated|llc|l\\.l\\.c|ltd|limited|plc|lp|l\\.p|llp|gmbh|ag|s\\.a|sa|n\\.v|b\\.v|corp|corporation|co|pty)\\.?\\s*");
    private static final Pattern HAS_SUFFIX = Pattern.compile(
            "(?i)\\b(?:inc|incorporated|llc|l\\.l\\.c|ltd|limited|plc|lp|llp|gmbh|ag|s\\.a|n\\.v|b\\.v|corp|corporation|aktiengesellschaft|pty)\\b\\.?\\s*$");
    private static final Set<String> NOT_PARTIES = Set.of("agreement", "effective date", "services", "service",
            "confidential information", "term", "initial term", "renewal term", "products", "product", "software",
            "territory", "documentation", "specifications", "deliverables", "fees", "order form", "statement of work",
            "sow", "purpose", "affiliate", "affiliates", "parties", "party", "schedule", "exhibit", "addendum", "dpa",
            "msa", "mnda", "nda", "hardware", "trademarks", "price list", "improvements", "work product", "data",
            "customer data", "personal data", "cloud service", "platform", "license", "licence", "subscription term",
            "commencement date", "closing", "closing date", "business day");

    private static final Pattern DOCUMENT_WORDS = Pattern.compile(
            "(?i)\\b(?:terms|agreement|date|page|policy|schedule|exhibit|addendum|order|form|version|section|plan|notice)\\b");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "the", "de", "du", "der", "la", "von", "for");

    private PartyReader() {
    }

    /** The parties named in the document, in the order first named; their roles are still unknown. */
    static List<Party> read(List<String> clauses) {
        String opening = opening(clauses);
        Map<String, Party> found = new LinkedHashMap<>();
        Matcher defined = DEFINED.matcher(opening);
        while (defined.find()) {
            String term = defined.group(1).strip();
            String name = nameBefore(opening, defined.start());
            if (isParty(term, name)) {
                add(found, new Party(name != null && looksLikeEntity(name) ? name : null, term, Party.UNKNOWN));
            }
        }
        Matcher each = EACH_A_PARTY.matcher(opening);
        if (each.find()) {
            for (int g = 1; g <= 2; g++) {
                String name = cleanName(each.group(g));
                if (name != null) {
                    add(found, new Party(name, null, Party.UNKNOWN));
                }
            }
        }
        Matcher cover = COVER_LINE.matcher(opening);
        while (cover.find()) {
            String name = cleanName(cover.group(2));
            if (name != null && !name.toLowerCase(Locale.ROOT).startsWith("the ") && HAS_SUFFIX.matcher(name).find()) {
                add(found, new Party(name, canonicalTerm(cover.group(1)), Party.UNKNOWN));
            }
        }
        for (String clause : clauses) {
            Matcher role = ROLE_DEFINITION.matcher(clause.length() > 400 ? clause.substring(0, 400) : clause);
            while (role.find()) {
                add(found, new Party(null, canonicalTerm(role.group(1)), Party.UNKNOWN));
            }
        }
        return List.copyOf(found.values());
    }

    private static String opening(List<String> clauses) {
        StringBuilder text = new StringBuilder();
        for (String clause : clauses) {
            if (text.length() >= OPENING_CHARS) {
                break;
            }
            text.append(clause, 0, Math.min(clause.length(), OPENING_CHARS - text.length())).append("\n\n");
        }
        return text.toString();
    }

    /** One entry per defined term; a later mention with a name fills in a name the first one lacked. */
    private static void add(Map<String, Party> found, Party party) {
        String key = party.definedAs() == null ? party.name().toLowerCase(Locale.ROOT)
                : party.definedAs().toLowerCase(Locale.ROOT);
        Party known = found.get(key);
        if (known == null) {
            found.put(key, party);
        } else if (known.name() == null && party.name() != null) {
            found.put(key, new Party(party.name(), known.definedAs(), known.role()));
        }
    }

    private static boolean isParty(String term, String name) {
        String lower = term.toLowerCase(Locale.ROOT);
        if (NOT_PARTIES.contains(lower) || term.length() < 2 || DOCUMENT_WORDS.matcher(term).find()) {
            return false;
        }
        if (Roles.isRoleWord(term)) {
            return true;
        }
        return name != null && (HAS_SUFFIX.matcher(name).find()
                || name.toLowerCase(Locale.ROOT).contains(lower) && looksLikeEntity(name));
    }

    /** Capitalised words ("Clear Capital", "NETGEAR, Inc."), a few of them: not a sentence that ends in a term. */
    static boolean looksLikeEntity(String name) {
        String[] words = name.split("[\\s,]+");
        if (words.length > 7) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))
                    && !Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return !name.contains(". ");
    }

    /** The entity named just before a parenthetical definition, up to its first comma (keeping "Inc." and the like). */
    static String nameBefore(String text, int definitionStart) {
        String window = text.substring(Math.max(0, definitionStart - NAME_WINDOW), definitionStart);
        int start = 0;
        Matcher m = NAME_START.matcher(window);
        while (m.find()) {
            if (m.end() < window.length()) {
                start = m.end();
            }
        }
        String[] pieces = window.substring(start).split(",", -1);
        StringBuilder name = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length && CORPORATE_SUFFIX.matcher(pieces[i]).matches(); i++) {
            name.append(',').append(pieces[i]);
        }
        return cleanName(name.toString());
    }

    private static String cleanName(String raw) {
        String name = raw.replaceAll("[*_\"“”]", "").replaceAll("\\s+", " ").strip();
        name = name.replaceFirst("(?i)^the\\s+", "").replaceFirst("[,;:\\s]+$", "");
        if (name.length() < 2 || name.length() > 80 || !Character.isLetterOrDigit(name.charAt(0))
                || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.charAt(0))) {
            return null;
        }
        return name;
    }

    private static String canonicalTerm(String roleWord) {
        String[] words = roleWord.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0)))
                    .append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
