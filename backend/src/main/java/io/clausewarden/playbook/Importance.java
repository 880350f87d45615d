package io.clausewarden.playbook;

import java.util.Locale;

public enum Importance {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
