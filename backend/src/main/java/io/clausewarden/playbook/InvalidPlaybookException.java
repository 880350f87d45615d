package io.clausewarden.playbook;

/** A playbook that cannot be used; the message names the offending field, e.g. {@code positions[2].importance}. */
public class InvalidPlaybookException extends RuntimeException {
    private final String field;
    private final String problem;

    public InvalidPlaybookException(String message) {
        super(message);
        this.field = null;
        this.problem = null;
    }

    /** A refusal of one field, e.g. {@code positions[2].checks[0].patterns[1]} and what is wrong with it. */
    public InvalidPlaybookException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public InvalidPlaybookException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.problem = null;
    }

    /** The field at fault, when the refusal is about one field; null otherwise. */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}; null when there is no single field. */
    public String problem() {
        return problem;
    }
}
