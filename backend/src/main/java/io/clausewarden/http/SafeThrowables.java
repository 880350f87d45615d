package io.clausewarden.http;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes a failure by types and frames only: messages may hold customer content. */
public final class SafeThrowables {
    private static final int FRAMES = 8;

    private SafeThrowables() {
    }

    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < 5) {
            if (out.length() > 0) {
                out.append(" <- caused by ");
            }
            out.append(current.getClass().getName()).append(" at ")
                    .append(Arrays.stream(current.getStackTrace()).limit(FRAMES)
                            .map(StackTraceElement::toString).collect(Collectors.joining(" | ")));
            current = current.getCause() == current ? null : current.getCause();
        }
        return out.toString();
    }
}
