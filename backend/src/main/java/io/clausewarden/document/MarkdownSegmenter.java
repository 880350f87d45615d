package io.clausewarden.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown segmentation. Handles nested numbered lists whose items carry
 * {@code <span class="header_N">Label.</span>} headings, and flat {@code **12.1. Label**.} paragraphs.
 */
final class MarkdownSegmenter {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s++(.*)$");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^([ \\t]*)(\\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)]\\s+(.*)$");
    private static final Pattern HEADER_SPAN =
            Pattern.compile("^\\s*<span\\s+class=\"header_\\d+\"[^>]*>(.*?)</span>(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBER_ID = Pattern.compile("^\\s*(?:\\*\\*)?<span[^>]*\\bid=\"(\\d+(?:\\.\\w+)*)\"");
    private static final Pattern BULLET = Pattern.compile("[ \\t]{0,12}[-*+][ \\t]+\\S");
    private static final Pattern BULLET_MARK = Pattern.compile("[ \\t]{0,12}[-*+][ \\t]+");
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*\\|?(?:\\s*:?-{2,}:?\\s*\\|)+\\s*(?::?-{2,}:?\\s*)?\\|?\\s*");
    /** A cover page's explanation of a field, Common Paper's {@code <label>…</label>}. */
    private static final Pattern GUIDANCE = Pattern.compile("^\\s*<label>([^<]{0,500})</label>\\s*");
    private static final Pattern BOLD_NUMBERED =
            Pattern.compile("^\\*\\*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s++(.+?)\\*\\*(.*)$", Pattern.DOTALL);

    private final ClauseCollector out;
    private final TextSegmenter text;
    private final List<Integer> listIndents = new ArrayList<>();
    private final List<String> listMarkers = new ArrayList<>();
    private int headingDepth;
    private boolean seenContent;

    private MarkdownSegmenter(DocumentLimits limits) {
        this.out = new ClauseCollector(limits);
        this.text = new TextSegmenter(out);
    }

    static ParsedDocument segment(String markdown, DocumentLimits limits) {
        MarkdownSegmenter segmenter = new MarkdownSegmenter(limits);
        segmenter.run(markdown);
        return segmenter.out.document(ParsedDocument.Format.MARKDOWN);
    }

    private void run(String markdown) {
        StringBuilder block = new StringBuilder();
        boolean blockIsListItem = false;
        String[] lines = markdown.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean heading = HEADING.matcher(line).matches();
            boolean listItem = LIST_ITEM.matcher(line).matches();
            boolean bullet = BULLET.matcher(line).lookingAt();
            boolean tableRow = isTableRow(line);
            if (line.isBlank() || heading || listItem || bullet || tableRow) {
                flush(block, blockIsListItem);
                block.setLength(0);
            }
            if (heading) {
                heading(line);
            } else if (tableRow) {
                tableRow(line, i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1]).matches());
            } else if (!line.isBlank()) {
                if (block.isEmpty()) {
                    blockIsListItem = listItem;
                    block.append(bullet ? line.substring(BULLET_MARK.matcher(line).lookingAt()
                            ? endOf(BULLET_MARK, line) : 0) : line.stripTrailing());
                } else {
                    block.append(' ').append(line.strip());
                }
            }
        }
        flush(block, blockIsListItem);
    }

    private static int endOf(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    private static boolean isTableRow(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '|' && t.indexOf('|', 1) > 0;
    }

    /**
     * A table row is a paragraph of its own: its header (the row above the rule) and its rule are not clauses, and
     * a row of a label and empty cells ("| Signature | | |") is a blank to fill in.
     */
    private void tableRow(String line, boolean header) {
        seenContent = true;
        listIndents.clear();
        if (header || TABLE_RULE.matcher(line).matches()) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.strip().split("\\|")) {
            String t = strip(cell);
            if (!t.isEmpty()) {
                cells.add(t);
            }
        }
        if (cells.size() == 1 && line.replaceAll("[^|]", "").length() > 2) {
            out.guidance(DraftingNote.Kind.BLANK, cells.get(0), null);
        } else if (!cells.isEmpty()) {
            text.paragraph(String.join(" | ", cells));
        }
    }

    private void heading(String line) {
        Matcher m = HEADING.matcher(line);
        m.matches();
        int level = m.group(1).length();
        String title = strip(withoutClosingHashes(m.group(2)));
        listIndents.clear();
        if (level == 1 && !seenContent) {
            return; // the document title; keeping it would prefix every heading path
        }
        Labels.Numbered numbered = Labels.numbered(title);
        out.heading(level, numbered == null ? null : numbered.numbering(), numbered == null ? title : numbered.rest());
        headingDepth = level;
        text.structural(level);
    }

    /**
     * An ATX heading's optional closing sequence ({@code ## Title ##}) removed from the end, without the
     * backtracking a regex needs for it: a heading line can be a megabyte of spaces.
     */
    private static String withoutClosingHashes(String title) {
        int end = title.length();
        while (end > 0 && Character.isWhitespace(title.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && title.charAt(end - 1) == '#') {
            end--;
        }
        while (end > 0 && Character.isWhitespace(title.charAt(end - 1))) {
            end--;
        }
        return title.substring(0, end);
    }

    private void flush(CharSequence block, boolean listItem) {
        if (block.isEmpty()) {
            return;
        }
        seenContent = true;
        String raw = block.toString();
        Matcher guidance = GUIDANCE.matcher(raw);
        if (guidance.lookingAt()) {
            out.guidance(DraftingNote.Kind.GUIDANCE, strip(guidance.group(1)), null);
            raw = raw.substring(guidance.end());
            if (raw.isBlank()) {
                return;
            }
        }
        if (listItem) {
            listItem(raw);
            return;
        }
        listIndents.clear();
        Matcher bold = BOLD_NUMBERED.matcher(raw.strip());
        if (bold.matches()) {
            boldNumbered(bold);
        } else {
            text.paragraph(strip(raw));
        }
    }

    private void listItem(String raw) {
        Matcher m = LIST_ITEM.matcher(raw);
        m.matches();
        int indent = m.group(1).replace("\t", "    ").length();
        while (!listIndents.isEmpty() && listIndents.get(listIndents.size() - 1) > indent) {
            listIndents.remove(listIndents.size() - 1);
        }
        if (listIndents.isEmpty() || listIndents.get(listIndents.size() - 1) < indent) {
            listIndents.add(indent);
        }
        int listDepth = listIndents.size();
        while (listMarkers.size() >= listDepth) {
            listMarkers.remove(listMarkers.size() - 1);
        }
        listMarkers.add(m.group(2));
        String content = m.group(3);
        Matcher id = NUMBER_ID.matcher(content);
        String numbering = id.find() ? id.group(1) : String.join(".", listMarkers);
        int depth = headingDepth + listDepth;

        Matcher header = HEADER_SPAN.matcher(content);
        String body = strip(content);
        if (header.matches()) {
            String label = strip(header.group(1));
            if (strip(header.group(2)).isEmpty()) {
                out.heading(depth, numbering, label);
            } else {
                out.clause(depth, numbering, label, body, null);
            }
        } else if (Labels.isHeading(body)) {
            out.heading(depth, numbering, body);
        } else {
            out.clause(depth, numbering, Labels.inlineLabel(body), body, null);
        }
        text.structural(depth);
    }

    private void boldNumbered(Matcher bold) {
        String numbering = bold.group(1);
        int depth = headingDepth + numbering.split("\\.").length;
        String label = strip(bold.group(2)).replaceAll("[.:]$", "");
        String rest = strip(bold.group(3)).replaceFirst("^[.:]\\s*", "");
        if (rest.isEmpty()) {
            out.heading(depth, numbering, label);
        } else {
            String body = strip(bold.group(0)).replaceFirst("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+", "");
            out.clause(depth, numbering, label, body, null);
        }
        text.structural(depth);
    }

    /** Markdown and inline HTML to plain text: tags dropped (inner text kept), emphasis markers and escapes removed. */
    static String strip(String markdown) {
        String s = markdown;
        s = s.replaceAll("<[^>]{0,500}>", "");
        // Every span is bounded so that text full of unclosed brackets or markers is read in linear time.
        s = s.replaceAll("!?\\[([^\\]]{0,500})]\\([^)]{0,2000}\\)", "$1");
        s = s.replaceAll("\\*\\*(.{1,500}?)\\*\\*", "$1");
        s = s.replaceAll("__(.{1,500}?)__", "$1");
        s = s.replaceAll("(?<![\\w*])\\*(?=\\S)(.{1,300}?)(?<=\\S)\\*(?![\\w*])", "$1");
        s = s.replaceAll("(?<![\\w_])_(?=\\S)(.{1,300}?)(?<=\\S)_(?![\\w_])", "$1");
        s = s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", "$1");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return s.strip();
    }
}
