package io.clausewarden.review;

import io.clausewarden.classify.TypeScore;
import io.clausewarden.document.Clause;
import io.clausewarden.support.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses where a required clause the document lacks is proposed: as a new top-level clause after the section
 * holding the last clause whose type comes before it in the {@link ClauseOrder}, else at the end of the main body.
 * The main body leaves out a cover page or recitals before it and a signature block, schedules, exhibits or annexes
 * after it; a heading-only clause is never the anchor. Drafting notes are never clauses, so never anchors either.
 */
final class ClausePlacement {
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SCHEDULE = Pattern.compile(
            "^(?:schedule|exhibit|annex|appendix|attachment|addendum)\\b", CASE);
    private static final Pattern SIGNATURE_HEADING = Pattern.compile(
            "^(?:signatures?|signature page|execution(?: page)?|signed)$", CASE);
    private static final Pattern SIGNATURE_TEXT = Pattern.compile(
            "^(?:in witness whereof|signed (?:by|for and on behalf)|executed (?:by|as a deed)|agreed and accepted)"
                    + "|\\b(?:by|signature|signed|name):\\s*_{2,}", CASE);
    private static final Pattern FRONT_HEADING = Pattern.compile(
            "\\b(?:cover (?:page|sheet)|recitals?|background|preamble|parties)\\b", CASE);
    private static final Pattern FRONT_TEXT = Pattern.compile("^(?:whereas\\b|now,? therefore\\b"
            + "|this\\b[^.]{0,150}\\b(?:agreement|contract)\\b[^.]{0,200}\\b(?:is made|is entered into|dated|between)\\b)",
            CASE);
    /** "12 Limitation of Liability", "Section 12. Fees", "ARTICLE XII Term": the number and the title. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?i:section|clause|article)\\s+)?(\\d+|[IVXLC]+)(?:\\.\\d+)*\\b\\.?\\s*[-–—:]?\\s*(.*)$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on",
            "or", "the", "to", "with");
    private static final int HEADING_WORDS = 8;

    private final ClauseOrder order;
    private final UnaryOperator<String> labels;

    /** @param labels a clause type's label ("Limitation of liability") */
    ClausePlacement(ClauseOrder order, UnaryOperator<String> labels) {
        this.order = order;
        this.labels = labels;
    }

    /**
     * @param types each clause's classification, highest confidence first, in the order of {@code clauses}
     * @return null when the document has no clause in its main body to place it after
     */
    Placement place(String missingType, List<Clause> clauses, List<List<TypeScore>> types) {
        Body body = Body.of(clauses);
        List<Integer> eligible = new ArrayList<>();
        for (int i = body.start(); i < body.end(); i++) {
            if (!isHeadingOnly(clauses.get(i))) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return null;
        }
        OptionalInt rank = order.rank(missingType);
        Integer before = null;
        for (int i : eligible) {
            OptionalInt r = order.rank(primary(types, i));
            if (rank.isPresent() && r.isPresent() && r.getAsInt() < rank.getAsInt()) {
                before = i;
            }
        }
        int anchor = before == null ? eligible.get(eligible.size() - 1) : lastOfSection(clauses, eligible, before);
        Clause first = firstOfSection(clauses, body, anchor);
        String title = title(first);
        String where = describe(first, primary(types, anchor));
        String reason;
        if (before == null) {
            reason = "at the end of the main body, after " + where
                    + (body.endsBefore() == null ? "" : ", before " + body.endsBefore())
                    + ": no clause that usually comes before " + lower(missingType) + " is in the document";
        } else {
            String beforeType = primary(types, before);
            String why = order.sameGroup(missingType, beforeType) ? order.together(missingType)
                    : lower(missingType) + " usually comes after " + lower(beforeType) + " in a commercial contract";
            reason = "after " + where + ": " + why;
        }
        String after = clauses.get(anchor).text();
        return new Placement(anchor, title, title == null ? null : headingLike(labels.apply(missingType), title), reason,
                after, Sha256.hex(after));
    }

    /**
     * The clauses between a cover page or recitals and a signature block or schedules, and what comes after it. In a
     * document with numbered sections the body starts at the first of them: what precedes it is a title, cover page
     * or preamble, whatever its headings say (a cover page may have annexes of its own).
     */
    private record Body(int start, int end, String endsBefore) {
        static Body of(List<Clause> clauses) {
            int start = 0;
            while (start < clauses.size() && !isNumberedSection(clauses.get(start))) {
                start++;
            }
            if (start == clauses.size()) {
                start = 0;
                while (start < clauses.size() && isFrontMatter(clauses.get(start))) {
                    start++;
                }
            }
            for (int i = start; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                if (isSignature(clause)) {
                    return new Body(start, i, "the signature block");
                }
                String top = top(clause.heading());
                if (top != null && SCHEDULE.matcher(top).find()) {
                    return new Body(start, i, "the schedules");
                }
            }
            return new Body(start, clauses.size(), null);
        }
    }

    private static boolean isNumberedSection(Clause clause) {
        String top = top(clause.heading());
        return (top != null && numberOf(top) != null)
                || (clause.numbering() != null && SECTION_NUMBER.matcher(clause.numbering()).matches());
    }

    private static boolean isFrontMatter(Clause clause) {
        String top = top(clause.heading());
        return (top != null && FRONT_HEADING.matcher(top).find()) || FRONT_TEXT.matcher(clause.text()).find();
    }

    private static boolean isSignature(Clause clause) {
        String title = title(clause);
        return (title != null && SIGNATURE_HEADING.matcher(title).matches()) || SIGNATURE_TEXT.matcher(clause.text()).find();
    }

    /** A line that only names what follows ("Limitation of Liability"): short and without a sentence's punctuation. */
    private static boolean isHeadingOnly(Clause clause) {
        String text = clause.text().strip();
        return text.split("\\s+").length <= HEADING_WORDS && !text.matches("(?s).*[.;:!?)]\\s*\\S.*")
                && !text.matches("(?s).*[.;:!?)]$");
    }

    private static String primary(List<List<TypeScore>> types, int clause) {
        List<TypeScore> scores = types.get(clause);
        return scores.isEmpty() ? null : scores.get(0).type();
    }

    /** Clauses of one top-level section share its number, else its heading; an unheaded, unnumbered clause is alone. */
    private static String sectionKey(Clause clause) {
        String top = top(clause.heading());
        String number = top == null ? null : numberOf(top);
        if (number == null && clause.numbering() != null) {
            Matcher digits = LEADING_DIGITS.matcher(clause.numbering());
            number = digits.find() ? digits.group(1) : null;
        }
        return number != null ? "#" + number : top != null ? "h:" + top : "@" + clause.index();
    }

    private static int lastOfSection(List<Clause> clauses, List<Integer> eligible, int from) {
        String key = sectionKey(clauses.get(from));
        int last = from;
        for (int i : eligible) {
            if (i > from) {
                if (!sectionKey(clauses.get(i)).equals(key)) {
                    break;
                }
                last = i;
            }
        }
        return last;
    }

    private static Clause firstOfSection(List<Clause> clauses, Body body, int anchor) {
        String key = sectionKey(clauses.get(anchor));
        int first = anchor;
        while (first > body.start() && sectionKey(clauses.get(first - 1)).equals(key)) {
            first--;
        }
        return clauses.get(first);
    }

    /** "clause 12 (Limitation of Liability)", "clause 12", "the “Fees” clause" or "the indemnification clause". */
    private String describe(Clause first, String type) {
        String top = top(first.heading());
        String number = top == null ? null : numberOf(top);
        if (number == null && first.numbering() != null) {
            Matcher digits = LEADING_DIGITS.matcher(first.numbering());
            number = digits.find() ? digits.group(1) : null;
        }
        String title = title(first);
        if (number != null) {
            return "clause " + number + (title == null ? "" : " (" + title + ")");
        }
        if (title != null) {
            return "the “" + title + "” clause";
        }
        return type == null ? "the clause at position " + (first.index() + 1) : "the " + lower(type) + " clause";
    }

    /** The clause's top-level heading without its number; null when it has none. */
    private static String title(Clause clause) {
        String top = top(clause.heading());
        if (top == null) {
            return null;
        }
        Matcher numbered = NUMBERED.matcher(top);
        String title = numbered.matches() ? numbered.group(2).strip() : top;
        return title.isEmpty() ? null : title;
    }

    private static String top(String heading) {
        if (heading == null || heading.isBlank()) {
            return null;
        }
        int cut = heading.indexOf(" > ");
        return (cut < 0 ? heading : heading.substring(0, cut)).strip();
    }

    private static String numberOf(String top) {
        Matcher numbered = NUMBERED.matcher(top);
        return numbered.matches() ? numbered.group(1) : null;
    }

    private String lower(String type) {
        String label = type == null ? "clause" : labels.apply(type);
        return label.toLowerCase(Locale.ROOT);
    }

    /** The label as a heading in the neighbour's case: "Limitation of Liability", or all capitals after one. */
    static String headingLike(String label, String neighbour) {
        if (neighbour.equals(neighbour.toUpperCase(Locale.ROOT)) && !neighbour.equals(neighbour.toLowerCase(Locale.ROOT))) {
            return label.toUpperCase(Locale.ROOT);
        }
        String[] words = label.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean minor = i > 0 && MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
            out.append(i == 0 ? "" : " ").append(minor || word.isEmpty() ? word.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
