package io.clausewarden.document;

import java.util.regex.Pattern;

/** Tells a drafting note, an instruction or a paragraph of blanks from a clause, by its text alone. */
final class DraftingNotes {
    private DraftingNotes() {
    }

    /** The words that open a drafting note, for a pattern (case-insensitive). */
    static final String NOTE_WORDS = "drafting\\s+notes?|drafter['’]?s?\\s+notes?|notes?\\s+to\\s+(?:draft|drafter|drafters"
            + "|draftsperson|client|reviewer)s?|ntd|practice\\s+notes?|guidance\\s+notes?|editor['’]?s?\\s+notes?";

    private static final Pattern NOTE = Pattern.compile(
            "(?i)\\s*(?:\\[\\s*(?:" + NOTE_WORDS + "|notes?)|\\(?\\s*(?:" + NOTE_WORDS + "))\\s*[:.\\-–—].*", Pattern.DOTALL);
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\s*[\\[(]?\\s*(?:instructions?(?:\\s+for\\s+use)?"
            + "|how\\s+to\\s+(?:use|complete|fill\\s+in)\\s+this\\s+[\\w ]{1,40}?|guidance)\\s*[:.\\-–—].*", Pattern.DOTALL);
    /**
     * "List any modifications to the MNDA", "Check the box to include …": a short instruction to whoever fills the
     * form in. Amendments' operative "Delete Section 2 and replace it with the following:" are not: no such verb,
     * and a lead-in colon.
     */
    private static final Pattern IMPERATIVE = Pattern.compile("\\s*(?:List|Insert|Fill\\s+in|Specify|Complete|Select"
            + "|Choose|Check|Tick|Customi[sz]e)\\s+(?:any|all|the|each|here|below|if|your|one|whether|this|these|those"
            + "|as)\\b[^.!?:]{0,120}[.!?]?\\s*");
    private static final int IMPERATIVE_WORDS = 12;
    /** "Governing Law:", "Notice Address (choose one or both):": a short field label with nothing after it. */
    private static final Pattern LABEL = Pattern.compile("\\s*\\p{Lu}[^:\\n]{0,59}:");
    private static final Pattern NOTHING = Pattern.compile("[\\s\\p{Punct}\\[\\]xX☐☒☑✓✔–—]*");

    /** What kind of note {@code text} is, or null when it is a clause. */
    static DraftingNote.Kind kindOf(String text) {
        if (text == null || text.isBlank() || text.length() > 5000) {
            return null;
        }
        if (NOTE.matcher(text).matches()) {
            return DraftingNote.Kind.NOTE;
        }
        if (INSTRUCTION.matcher(text).matches()
                || (IMPERATIVE.matcher(text).matches() && words(text) <= IMPERATIVE_WORDS)) {
            return DraftingNote.Kind.INSTRUCTION;
        }
        return isBlank(text) ? DraftingNote.Kind.BLANK : null;
    }

    /** Only placeholders, checkboxes and punctuation, after at most a short label; a bare label also counts. */
    static boolean isBlank(String text) {
        if (text.length() > 500) {
            return false;
        }
        String rest = text;
        var label = LABEL.matcher(rest);
        boolean labelled = label.lookingAt() && words(label.group()) <= 6;
        if (labelled && Placeholders.find(rest.substring(label.end())).isEmpty()
                && !(words(label.group()) <= 4 && Labels.isTitleCase(label.group().replace(":", "")))) {
            return false; // "Sparkling shall:" leads into a list; only a bare "Date:" or "Contact Person:" is a blank
        }
        if (labelled) {
            rest = rest.substring(label.end());
        }
        boolean placeholders = !Placeholders.find(rest).isEmpty();
        if (!placeholders && !labelled) {
            return false;
        }
        return NOTHING.matcher(Placeholders.withoutPlaceholders(rest)).matches();
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
