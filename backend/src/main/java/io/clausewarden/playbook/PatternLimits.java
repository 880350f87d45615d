package io.clausewarden.playbook;

/**
 * The bounds on the phrases and regular expressions of language checks. They are part of the playbook format
 * (docs/playbook-format.md), not a server setting, so that a playbook accepted by one server, or by the command
 * line, is accepted by every other one.
 */
final class PatternLimits {
    /** Characters in one regular expression. */
    static final int MAX_PATTERN_CHARS = 500;
    /** Characters in one phrase. */
    static final int MAX_PHRASE_CHARS = 500;
    /** Regular expressions in one list ({@code patterns}, {@code subjectPatterns}). */
    static final int MAX_PATTERNS = 20;
    /** Phrases in one list ({@code phrases}, {@code subject}). */
    static final int MAX_PHRASES = 100;
    /** The largest count of a counted repetition such as {@code {0,200}}. */
    static final int MAX_REPEAT = 500;
    /** Groups inside groups. */
    static final int MAX_NESTING = 10;
    /** Instructions of the compiled program: the most work matching does per character of text. */
    static final int MAX_PROGRAM_SIZE = 2_000;
    /**
     * Reads of the text one entry may make on one clause, per character of the clause. One pass of the engine reads
     * each character about three times, so this allows some twenty passes; a search that needs more (a pattern
     * whose every hit makes the next search start over) is stopped and the check asks for a person instead.
     */
    static final int READS_PER_CHAR = 64;
    /** Reads allowed on an empty or very short text. */
    static final int MIN_READS = 4_096;

    private PatternLimits() {
    }

    static long readBudget(int textLength) {
        return Math.max(MIN_READS, (long) READS_PER_CHAR * (textLength + 1));
    }
}
