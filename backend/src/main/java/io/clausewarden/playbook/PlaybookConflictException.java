package io.clausewarden.playbook;

/** A change that the playbook's versioning rules forbid, such as creating an id that exists. */
public class PlaybookConflictException extends RuntimeException {
    public PlaybookConflictException(String message) {
        super(message);
    }
}
