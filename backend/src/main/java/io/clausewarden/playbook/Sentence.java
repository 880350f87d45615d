package io.clausewarden.playbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bounds of the sentence (or semicolon-separated part) around a position, for checks that read one at a time. */
final class Sentence {
    private static final Pattern END = Pattern.compile("[.;!?](?=\\s|$)|\\n\\s*\\n");

    private Sentence() {
    }

    /** {start, end} of the sentence containing {@code at}. */
    static int[] around(String text, int at) {
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find() && m.end() <= at) {
            if (!isAbbreviation(text, m.start())) {
                start = m.end();
            }
        }
        int end = text.length();
        m = END.matcher(text);
        int from = Math.max(at, start);
        while (m.find(from)) {
            if (!isAbbreviation(text, m.start())) {
                end = m.start() + 1;
                break;
            }
            from = m.end();
        }
        return new int[] {start, Math.min(end, text.length())};
    }

    /** "U.S." and "e.g." do not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        return text.charAt(dot) == '.' && dot >= 2 && text.charAt(dot - 2) == '.';
    }
}
