package io.clausewarden.playbook;

/** An acceptable alternative to the preferred language, possibly needing sign-off. */
public record Fallback(String text, boolean requiresApproval) {
}
