package io.clausewarden.redline;

/** An edit cannot be applied exactly; nothing has been changed. */
final class EditNotApplicable extends RuntimeException {
    EditNotApplicable(String reason) {
        super(reason, null, false, false);
    }
}
