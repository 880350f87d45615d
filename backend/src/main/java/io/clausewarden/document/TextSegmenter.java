package io.clausewarden.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Plain-text segmentation: paragraphs split on blank lines and on numbered lines; title lines become headings. */
final class TextSegmenter {
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "^\\s*(?:(?:ARTICLE|Article)\\s+(?:[IVXLC]+|\\d{1,3})\\b|(?:SECTION|Section|§)\\s*\\d"
                    + "|\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s|\\d{1,3}\\.\\s|\\((?:[a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\)\\s).*");

    private static final Pattern PAGE_FURNITURE =
            Pattern.compile("^\\s*(?:-\\s*)?(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?(?:\\s*-)?\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * Text extracted from PDFs often has whole pages on one line; split them before inline numbers, and before a
     * section title that ends the line ("… the Parties agree as follows: 1. DEFINITIONS").
     */
    private static final int LONG_LINE = 400;
    private static final int RUNNING_HEAD_PAGES = 3;
    private static final Pattern INLINE_NUMBER =
            Pattern.compile("(?<!\\s)\\s+(?=\\d{1,3}\\.\\s+[A-Z][A-Z0-9 \\-&'’;,()/]{2,200}(?:[.:]|$))"
                    + "|(?<!\\s)\\s+(?=\\([a-z]{1,3}\\)\\s+[A-Z])");

    /** A section title that ends a shorter line after a sentence: "… agree as follows: 1. DEFINITIONS". */
    private static final Pattern TRAILING_TITLE =
            Pattern.compile("(?<=[.:;])\\s+(?=\\d{1,3}\\.\\s+[A-Z][A-Z0-9 \\-&'’;,()/]{2,100}$)");

    private final ClauseCollector out;
    private int base;
    private int decimalDepth;

    TextSegmenter(ClauseCollector out) {
        this.out = out;
    }

    static ParsedDocument segment(String text, DocumentLimits limits) {
        ClauseCollector out = new ClauseCollector(limits);
        TextSegmenter segmenter = new TextSegmenter(out);
        for (String paragraph : paragraphs(text)) {
            segmenter.paragraph(paragraph);
        }
        return out.document(ParsedDocument.Format.TEXT);
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = text.split("\\R", -1);
        Set<String> runningHeads = runningHeads(lines);
        for (String physical : lines) {
            if (PAGE_FURNITURE.matcher(physical).matches() || runningHeads.contains(furnitureKey(physical))) {
                continue;
            }
            for (String line : splitLongLine(physical)) {
                addLine(paragraphs, current, line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * Running headers and footers of extracted PDFs: a short line with a number in it ("INGRAM NETGEAR Distributor
     * Agreement   8   083096") that recurs, numbers aside, on at least three pages, and is neither a sentence nor
     * numbered.
     */
    private static Set<String> runningHeads(String[] lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String key = furnitureKey(line);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        Set<String> heads = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count >= RUNNING_HEAD_PAGES) {
                heads.add(key);
            }
        });
        return heads;
    }

    /** The line with its numbers, spacing and case evened out, or null when it cannot be a running head. */
    private static String furnitureKey(String line) {
        if (line.length() > 160 || line.isBlank()) {
            return null;
        }
        String t = line.strip();
        if (".;:,".indexOf(t.charAt(t.length() - 1)) >= 0 || Labels.numbered(t) != null) {
            return null; // a sentence or a numbered clause ("Section 5. Reserved.") is never furniture
        }
        boolean digit = false;
        StringBuilder key = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
                if (key.isEmpty() || key.charAt(key.length() - 1) != '#') {
                    key.append('#');
                }
            } else if (Character.isWhitespace(c)) {
                if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else {
                key.append(Character.toLowerCase(c));
            }
        }
        String k = key.toString().strip();
        return digit && k.chars().filter(Character::isLetter).count() >= 3 ? k : null;
    }

    private static List<String> splitLongLine(String line) {
        if (line.length() < LONG_LINE) {
            return List.of(TRAILING_TITLE.split(line, 2));
        }
        return List.of(INLINE_NUMBER.split(line));
    }

    private static void addLine(List<String> paragraphs, StringBuilder current, String line) {
        boolean blank = line.isBlank();
        if ((blank || NUMBERED_LINE.matcher(line).matches()) && !current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
        if (!blank) {
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line.strip());
        }
    }

    /** Marks that a structural element (heading or numbered item) was emitted at {@code depth}. */
    void structural(int depth) {
        base = depth;
        decimalDepth = depth;
    }

    void paragraph(String text) {
        String t = Labels.despaced(text.strip());
        if (t.isEmpty()) {
            return;
        }
        Labels.Numbered numbered = Labels.numbered(t);
        String[] titleAndBody = titleAndBody(t);
        if (numbered != null) {
            numberedParagraph(numbered);
        } else if (titleAndBody != null) {
            int depth = heading(titleAndBody[0]);
            out.clause(depth + 1, null, Labels.inlineLabel(titleAndBody[1]), titleAndBody[1], null);
        } else if (Labels.isHeading(t) || (Labels.isTitle(t) && Labels.isUpperCase(t))) {
            heading(t);
        } else {
            out.clause(base + 1, null, Labels.inlineLabel(t), t, null);
        }
    }

    /**
     * An unnumbered heading: UPPER CASE ones are top-level, others sit below the current one; lettered items that
     * follow number from it ("R E C I T A L S" then "A."). Before the first numbered section it is a title line.
     */
    private int heading(String title) {
        if (out.inPreamble()) {
            out.title(title);
            return base;
        }
        int depth = Labels.isUpperCase(title) ? 1 : base + 1;
        out.heading(depth, null, title);
        structural(depth);
        return depth;
    }

    private void numberedParagraph(Labels.Numbered numbered) {
        int depth = numbered.depth() > 0 ? numbered.depth() : decimalDepth + 1;
        String rest = numbered.rest().strip();
        String[] titleAndBody = titleAndBody(rest);
        if (rest.isEmpty() || Labels.isHeading(rest)) {
            out.heading(depth, numbered.numbering(), rest);
        } else if (titleAndBody != null) {
            out.heading(depth, numbered.numbering(), titleAndBody[0]);
            out.clause(depth + 1, null, Labels.inlineLabel(titleAndBody[1]), titleAndBody[1], null);
        } else {
            out.clause(depth, numbered.numbering(), Labels.inlineLabel(rest), rest, null);
        }
        base = depth;
        if (numbered.depth() > 0) {
            decimalDepth = depth;
        }
    }

    /** A short title line directly above its body ("Governing Law" then the clause), or null. */
    private static String[] titleAndBody(String paragraph) {
        String[] lines = paragraph.split("\n", 2);
        if (lines.length < 2 || !Labels.isHeading(lines[0]) || lines[1].isBlank()) {
            return null;
        }
        return new String[] {lines[0].strip(), lines[1].strip()};
    }
}
