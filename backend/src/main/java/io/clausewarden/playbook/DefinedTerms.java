package io.clausewarden.playbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a capitalised defined term ("the General Cap Amount") standing where a value would be. */
final class DefinedTerms {
    private static final Pattern TERM = Pattern.compile(
            "^\\s*(?:(?:the|any|an?)\\s+)?((?:[A-Z][\\p{L}-]*)(?:\\s+[A-Z][\\p{L}-]*){0,5})");

    private DefinedTerms() {
    }

    /** The defined term at the start of {@code text} from {@code offset}, as [start, end), or null. */
    static int[] at(String text, int offset) {
        Matcher m = TERM.matcher(text.substring(offset));
        if (!m.find()) {
            return null;
        }
        return new int[] {offset + m.start(1), offset + m.end(1)};
    }
}
