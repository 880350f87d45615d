package io.clausewarden.playbook;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a regular expression before it is compiled and refuses what cannot be bounded or would mean something else
 * than it did under java.util.regex: backreferences, lookaround, atomic groups, possessive quantifiers, class
 * intersections and nested classes, unknown inline flags, and counted repetitions or nesting past the limits. It
 * also estimates the compiled size, so that {@code ((a{500}){500}){500}} is refused before the compiler expands it.
 * The compiler itself has the last word on syntax.
 */
final class PatternShape {
    /** A pattern that cannot be used; the reason is written for a playbook admin and never quotes the pattern. */
    static final class Refused extends IllegalArgumentException {
        Refused(String reason) {
            super(reason, null);
        }
    }

    private static final String FLAGS = "ims-";

    private final String regex;
    private int i;
    /** Per open group: the estimated size of its finished alternatives and of the current one. */
    private final Deque<long[]> groups = new ArrayDeque<>();
    private long lastAtom;

    private PatternShape(String regex) {
        this.regex = regex;
    }

    /** The estimated number of instructions; throws {@link Refused} for what cannot be used. */
    static long check(String regex) {
        return new PatternShape(regex).scan();
    }

    private long scan() {
        groups.push(new long[2]);
        while (i < regex.length()) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> atom(escape());
                case '[' -> atom(charClass());
                case '(' -> open();
                case ')' -> close();
                case '|' -> {
                    long[] g = groups.peek();
                    g[0] = add(g[0], g[1]);
                    g[1] = 0;
                    if (g[0] > PatternLimits.MAX_PROGRAM_SIZE * 4L) {
                        throw tooLarge();
                    }
                    i++;
                }
                case '*', '+', '?' -> {
                    i++;
                    possessive();
                    grow(1);
                }
                case '{' -> repetition();
                default -> {
                    i++;
                    atom(1);
                }
            }
        }
        if (groups.size() > 1) {
            return 0; // an unclosed group: the compiler words the error
        }
        long[] top = groups.pop();
        return add(top[0], top[1]);
    }

    private void atom(long size) {
        lastAtom = size;
        grow(size);
    }

    private void grow(long size) {
        long[] g = groups.peek();
        g[1] = add(g[1], size);
        if (g[1] > PatternLimits.MAX_PROGRAM_SIZE * 4L) {
            throw tooLarge();
        }
    }

    private long escape() {
        if (i + 1 >= regex.length()) {
            i++;
            return 1;
        }
        char next = regex.charAt(i + 1);
        i += 2;
        if (next >= '1' && next <= '9' || next == 'k' && i < regex.length() && regex.charAt(i) == '<') {
            throw new Refused("uses a backreference, which cannot be matched in linear time");
        }
        if (next == 'v') {
            throw new Refused("uses \\v, which here means only a vertical tab; write [\\n\\x0B\\f\\r] for any vertical space");
        }
        if (next == 'Q') {
            int end = regex.indexOf("\\E", i);
            int stop = end < 0 ? regex.length() : end;
            long size = stop - i;
            i = end < 0 ? stop : end + 2;
            return Math.max(1, size);
        }
        if ((next == 'p' || next == 'P' || next == 'x') && i < regex.length() && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            i = close < 0 ? regex.length() : close + 1;
        }
        return 1;
    }

    private long charClass() {
        i++;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int close = regex.indexOf(":]", i + 2);
                i = close < 0 ? regex.length() : close + 2;
            } else if (c == '[') {
                throw new Refused("nests a character class inside another; escape a literal [ as \\[");
            } else if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
                throw new Refused("uses a class intersection (&&), which is not supported");
            } else {
                i++;
            }
        }
        i = Math.min(regex.length(), i + 1);
        return 1;
    }

    private void open() {
        i++;
        if (i < regex.length() && regex.charAt(i) == '?') {
            groupKind();
        }
        groups.push(new long[2]);
        if (groups.size() - 1 > PatternLimits.MAX_NESTING) {
            throw new Refused("nests groups more than " + PatternLimits.MAX_NESTING + " deep");
        }
    }

    private void groupKind() {
        String rest = regex.substring(i + 1);
        if (rest.startsWith("=") || rest.startsWith("!")) {
            throw new Refused("uses lookahead ((?= or (?!), which cannot be matched in linear time");
        }
        if (rest.startsWith("<=") || rest.startsWith("<!")) {
            throw new Refused("uses lookbehind ((?<= or (?<!), which cannot be matched in linear time");
        }
        if (rest.startsWith(">")) {
            throw new Refused("uses an atomic group ((?>), which is not supported");
        }
        if (rest.startsWith("<") || rest.startsWith("P<") || rest.startsWith(":")) {
            return;
        }
        int j = 0;
        while (j < rest.length() && rest.charAt(j) != ')' && rest.charAt(j) != ':') {
            char flag = rest.charAt(j);
            if (FLAGS.indexOf(flag) < 0) {
                throw new Refused("uses the inline flag (?" + (Character.isLetter(flag) ? String.valueOf(flag) : "")
                        + "); only i, m and s are supported");
            }
            j++;
        }
    }

    private void close() {
        i++;
        if (groups.size() == 1) {
            return; // an unopened group: the compiler words the error
        }
        long[] g = groups.pop();
        atom(add(add(g[0], g[1]), 2));
    }

    private void repetition() {
        int close = regex.indexOf('}', i);
        String body = close < 0 ? "" : regex.substring(i + 1, close);
        if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
            i++;
            atom(1); // not a repetition: a literal brace
            return;
        }
        String[] bounds = body.split(",", -1);
        long min = Long.parseLong(bounds[0]);
        long max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 1 : Long.parseLong(bounds[1]);
        if (min > PatternLimits.MAX_REPEAT || max > PatternLimits.MAX_REPEAT) {
            throw new Refused("repeats a part more than " + PatternLimits.MAX_REPEAT + " times");
        }
        i = close + 1;
        possessive();
        long copies = Math.max(1, Math.max(min, max));
        long grown = mul(lastAtom, copies - 1) + copies;
        lastAtom = add(mul(lastAtom, copies), copies);
        grow(grown);
    }

    private void possessive() {
        if (i < regex.length() && regex.charAt(i) == '+') {
            throw new Refused("uses a possessive quantifier (such as *+), which is not supported");
        }
    }

    private Refused tooLarge() {
        return LinearPatterns.tooLarge();
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long mul(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
