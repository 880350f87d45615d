package io.clausewarden.tenant.web;

/** The name on our tracked changes: the firm's choice, else the product default. */
public final class RedlineAuthors {
    private RedlineAuthors() {
    }

    public static String of(String tenantChoice, String productDefault) {
        return tenantChoice == null || tenantChoice.isBlank() ? productDefault : tenantChoice;
    }
}
