package io.clausewarden.review.web;

import io.clausewarden.http.ApiProblem;

/**
 * The name an upload is kept under: the last segment of what the client sent (browsers and some clients
 * send a whole path), at most {@value #MAX_CHARS} characters, with no control characters. A missing or
 * blank name becomes {@code document}.
 */
final class UploadNames {
    static final int MAX_CHARS = 255;

    private UploadNames() {
    }

    static String checked(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        if (name.codePointCount(0, name.length()) > MAX_CHARS) {
            throw new ApiProblem(ApiProblem.Kind.UNPROCESSABLE_DOCUMENT,
                    "Upload file names are limited to " + MAX_CHARS + " characters; rename the file and upload it again.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || (Character.getType(c) == Character.FORMAT && c != 0x200D))) {
            throw new ApiProblem(ApiProblem.Kind.UNPROCESSABLE_DOCUMENT,
                    "Upload file names may not contain control characters; rename the file and upload it again.");
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "document" : name;
    }
}
