package io.clausewarden.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a draft leaves to be completed inside a clause's text: template fields ({@code {Field}}, «Field»),
 * template conditions ({@code {IF x}}, {@code {END-IF}}), blanks ({@code ________}, {@code [_____]}, {@code [...]}),
 * bullets ({@code [●]}, {@code [•]}), bracketed instructions ({@code [Insert …]}), bracketed field names
 * ({@code [DATE]}, {@code [Customer Name]}) and bracketed drafting notes ({@code [NTD: …]}). Checkboxes
 * ({@code [x]}, {@code [ ]}), redactions ({@code [***]}) and bracketed headings ({@code [Confidentiality]}) are not
 * placeholders. Linear in the text's length: every span a pattern can take is bounded.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public enum Kind {
        /** A template field: {@code {customer_name}}, {@code {{Name}}}, «Name», {@code <<Name>>}. */
        FIELD,
        /** A template condition: {@code {IF has_sla}}, {@code {END-IF}}, {@code {ELSE}}. */
        CONDITION,
        /** A blank line or bracket: {@code ________}, {@code [_____]}, {@code [...]}. */
        BLANK,
        /** A bullet standing for a value: {@code [●]}, {@code [•]}, {@code [$●]}. */
        BULLET,
        /** A bracketed instruction: {@code [Insert date]}, {@code [Fill in state]}, {@code [TBD]}. */
        INSTRUCTION,
        /** A bracketed field name: {@code [DATE]}, {@code [Customer Name]}, {@code [1 year(s)]}. */
        NAMED,
        /** A bracketed drafting note inside a clause: {@code [NTD: confirm]}, {@code [Drafting note: …]}. */
        NOTE
    }

    /** One placeholder: {@code text.substring(start, end)} is its text. */
    public record Span(int start, int end, Kind kind, String text) {
    }

    private static final Pattern CANDIDATE = Pattern.compile(
            "\\{\\{?[^{}\\n]{1,80}}}?|«[^«»\\n]{1,80}»|<<[^<>\\n]{1,80}>>|\\[[^\\[\\]\\n]{0,1000}]|_{4,}+");
    private static final Pattern CONDITION_WORD =
            Pattern.compile("(?i)\\s*(?:IF|ELSE|ELSE-?IF|END|END-?IF|FOR|END-?FOR|EACH|UNLESS)\\b.*", Pattern.DOTALL);
    private static final Pattern CHECKBOX = Pattern.compile("[\\sxX✓✔☐☒☑]*");
    private static final Pattern CITATION = Pattern.compile("\\s*(?:-?\\d{1,4}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\\s*");
    private static final Pattern BLANK = Pattern.compile("[\\s_.…]*(?:_|\\.\\.\\.|…)[\\s_.…]*");
    private static final Pattern NOTE =
            Pattern.compile("(?i)\\s*(?:" + DraftingNotes.NOTE_WORDS + "|notes?)\\s*[:.\\-–—].*", Pattern.DOTALL);
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\s*(?:insert|fill\\s+in|specify|enter|describe"
            + "|add|list|include|identify|complete|provide|state|select|choose|name\\s+of|to\\s+be\\s+(?:completed"
            + "|added|confirmed|agreed|determined|provided|inserted)|tbd|tbc|tba)\\b.*", Pattern.DOTALL);
    private static final Pattern FIELD_NOUN = Pattern.compile("(?i)(?<![\\w’'])(?:name|date|address|amount|number"
            + "|party|parties|company|title|state|city|county|country|jurisdiction|e-?mail|price|fees?|term|period"
            + "|percentage|days?|months?|years?|(?:day|month|year)\\(s\\)|signatory|entity|customer|supplier|vendor"
            + "|provider|licensee|licensor|client|counterparty|currency|sum|x)(?![\\w])");

    /** Every placeholder of {@code text}, in order, not overlapping. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String found = m.group();
            Kind kind = kind(found);
            if (kind == null) {
                from = m.start() + 1; // a rejected bracket may hold a placeholder: look inside it
                continue;
            }
            spans.add(new Span(m.start(), m.end(), kind, found));
            from = m.end();
        }
        return spans;
    }

    /** Whether {@code [start, end)} of {@code text} overlaps a placeholder: a quote or an edit there would touch one. */
    public static boolean overlaps(String text, int start, int end) {
        for (Span span : find(text)) {
            if (span.start() < end && start < span.end()) {
                return true;
            }
        }
        return false;
    }

    /** The text without its template conditions ("{IF has_sla}SLA" reads "SLA"). */
    static String withoutConditions(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : find(text)) {
            if (span.kind() == Kind.CONDITION) {
                out.append(text, at, span.start());
                at = span.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text with every placeholder removed. */
    static String withoutPlaceholders(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : find(text)) {
            out.append(text, at, span.start()).append(' ');
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static Kind kind(String found) {
        char first = found.charAt(0);
        if (first == '{') {
            String inner = found.replaceAll("^\\{+|}+$", "");
            if (inner.isBlank() || inner.contains("\"") || inner.contains(":")) {
                return null; // {"json": …} or a brace in prose
            }
            return CONDITION_WORD.matcher(inner).matches() ? Kind.CONDITION : Kind.FIELD;
        }
        if (first == '«' || first == '<') {
            return Kind.FIELD;
        }
        if (first == '_') {
            return Kind.BLANK;
        }
        String inner = found.substring(1, found.length() - 1);
        if (inner.indexOf('*') >= 0 || inner.indexOf('{') >= 0 || CHECKBOX.matcher(inner).matches()
                || CITATION.matcher(inner).matches()) {
            return null;
        }
        if (inner.indexOf('●') >= 0 || inner.indexOf('•') >= 0 || inner.indexOf('·') >= 0) {
            return Kind.BULLET;
        }
        if (BLANK.matcher(inner).matches()) {
            return Kind.BLANK;
        }
        if (NOTE.matcher(inner).matches()) {
            return Kind.NOTE;
        }
        if (INSTRUCTION.matcher(inner).matches()) {
            return Kind.INSTRUCTION;
        }
        String words = inner.strip();
        if (!words.isEmpty() && words.split("\\s+").length <= 6 && FIELD_NOUN.matcher(words).find()
                && !words.toLowerCase(Locale.ROOT).startsWith("see ")) {
            return Kind.NAMED;
        }
        return null;
    }
}
