package io.clausewarden.http;

import java.util.regex.Pattern;

/**
 * The loggable shape of a path no route matched: segments that read as words stay, anything else (ids,
 * numbers, tokens, submitted text) becomes {@code {id}}. The result holds only {@code [a-z0-9._-]}, slashes
 * and braces, so it can neither carry content nor break a log line.
 */
final class RoutePaths {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z._-]{0,39}|v[0-9]{1,2}");
    private static final int MAX_SEGMENTS = 12;

    private RoutePaths() {
    }

    static String withoutIds(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        StringBuilder shape = new StringBuilder();
        String[] segments = path.split("/", -1);
        int written = 0;
        for (int i = 1; i < segments.length; i++) {
            if (written++ == MAX_SEGMENTS) {
                shape.append("/...");
                break;
            }
            String segment = segments[i];
            shape.append('/').append(segment.isEmpty() ? "" : WORD.matcher(segment).matches() ? segment.toLowerCase(java.util.Locale.ROOT) : "{id}");
        }
        return shape.toString();
    }
}
