package io.clausewarden.playbook;

/**
 * Clause text that counts how often the matching engine reads it and stops the search past a budget. Every step of
 * the engine reads the text, so the count bounds the work of a search loop however the pattern behaves; it is the
 * second wall behind the linear-time engine.
 */
final class BudgetedText implements CharSequence {
    /** The search read the text more often than its budget allows. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("read budget exhausted", null, false, false);
        }
    }

    private final String text;
    private final long budget;
    private long reads;

    BudgetedText(String text, long budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        if (++reads > budget) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        reads += end - start;
        if (reads > budget) {
            throw new Exhausted();
        }
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
