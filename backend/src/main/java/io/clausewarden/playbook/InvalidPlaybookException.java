package io.clausewarden.playbook;

/** A playbook that cannot be used; the message names the offending field, e.g. {@code positions[2].importance}. */
public class InvalidPlaybookException extends RuntimeException {
    public InvalidPlaybookException(String message) {
        super(message);
    }

    public InvalidPlaybookException(String message, Throwable cause) {
        super(message, cause);
    }
}
