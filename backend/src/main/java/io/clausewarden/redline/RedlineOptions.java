package io.clausewarden.redline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who and when our tracked changes and comments are attributed to.
 *
 * @param author   shown by Word on every change and comment, e.g. "Clausewarden — Firm Playbook"
 * @param initials shown on comments
 * @param date     written to w:date, to the second
 */
public record RedlineOptions(String author, String initials, Instant date) {
    public static final String DEFAULT_AUTHOR = "Clausewarden";

    public RedlineOptions {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("an author is required");
        }
        initials = initials == null || initials.isBlank() ? "CW" : initials;
        date = (date == null ? Instant.now() : date).truncatedTo(ChronoUnit.SECONDS);
    }

    public static RedlineOptions by(String author) {
        return new RedlineOptions(author, null, null);
    }
}
