package io.clausewarden.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing a draft leaves to be completed: a placeholder in a clause, a paragraph of blanks, a drafting note or an
 * instruction. A review lists each once, in document order.
 *
 * @param clauseIndex the clause it is in; null for a note or blank that is not part of a clause
 * @param kind        {@value #PLACEHOLDER}, {@value #DRAFTING_NOTE} or {@value #INSTRUCTION}
 * @param text        the placeholder with the words that say what it is for, or the note
 */
public record ToComplete(Integer clauseIndex, String kind, String text) {
    public static final String PLACEHOLDER = "placeholder";
    public static final String DRAFTING_NOTE = "drafting_note";
    public static final String INSTRUCTION = "instruction";

    private static final int NOTE_CHARS = 300;
    private static final int BEFORE = 40;
    private static final int AFTER = 20;

    /** What the clauses and notes of one document leave to complete, each (kind and text) once. */
    public static List<ToComplete> in(List<Clause> clauses, List<DraftingNote> notes) {
        List<ToComplete> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int next = 0;
        for (Clause clause : clauses) {
            while (next < notes.size() && notes.get(next).position() <= clause.index()) {
                add(items, seen, of(notes.get(next++)));
            }
            for (Placeholders.Span span : Placeholders.find(clause.text())) {
                add(items, seen, new ToComplete(clause.index(),
                        span.kind() == Placeholders.Kind.NOTE ? DRAFTING_NOTE : PLACEHOLDER, described(clause.text(), span)));
            }
        }
        while (next < notes.size()) {
            add(items, seen, of(notes.get(next++)));
        }
        return items;
    }

    private static void add(List<ToComplete> items, Set<String> seen, ToComplete item) {
        if (item != null && seen.add(item.kind() + '\n' + item.text())) {
            items.add(item);
        }
    }

    private static ToComplete of(DraftingNote note) {
        return switch (note.kind()) {
            case NOTE -> new ToComplete(null, DRAFTING_NOTE, shortened(note.text()));
            case INSTRUCTION -> new ToComplete(null, INSTRUCTION, shortened(note.text()));
            case BLANK -> new ToComplete(null, PLACEHOLDER, labelled(note));
            case GUIDANCE -> null; // explains a field; the field itself is what is left to complete
        };
    }

    /** "{purpose}" under the heading "Key Terms > Purpose" reads "Purpose: {purpose}". */
    private static String labelled(DraftingNote note) {
        String text = shortened(note.text());
        if (note.heading() == null || text.indexOf(':') >= 0 || Placeholders.find(text).isEmpty()) {
            return text;
        }
        int last = note.heading().lastIndexOf(" > ");
        return (last < 0 ? note.heading() : note.heading().substring(last + 3)) + ": " + text;
    }

    /** A field or instruction says what it is for; a blank or bullet takes the words around it ("within [●] days"). */
    private static String described(String text, Placeholders.Span span) {
        if (span.kind() != Placeholders.Kind.BLANK && span.kind() != Placeholders.Kind.BULLET) {
            return shortened(span.text());
        }
        int start = Math.max(lineStart(text, span.start()), span.start() - BEFORE);
        while (start > 0 && start < span.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(lineEnd(text, span.end()), span.end() + AFTER);
        while (end < text.length() && end > span.end() && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return shortened(text.substring(start, end).strip());
    }

    private static int lineStart(String text, int at) {
        int newline = text.lastIndexOf('\n', at - 1);
        return newline < 0 ? 0 : newline + 1;
    }

    private static int lineEnd(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline;
    }

    private static String shortened(String text) {
        String t = text.strip();
        return t.length() <= NOTE_CHARS ? t : t.substring(0, NOTE_CHARS).strip() + "…";
    }
}
