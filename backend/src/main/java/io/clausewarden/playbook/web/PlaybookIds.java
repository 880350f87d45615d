package io.clausewarden.playbook.web;

/** Playbook ids are short slugs; anything else is not echoed back verbatim. */
public final class PlaybookIds {
    private PlaybookIds() {
    }

    public static String printable(String id) {
        return id != null && id.matches("[a-z0-9][a-z0-9-]{0,99}") ? id : "(invalid id)";
    }
}
