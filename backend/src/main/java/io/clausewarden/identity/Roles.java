package io.clausewarden.identity;

/** Role names carried in tokens. Per-matter and per-document permissions build on these. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String LAWYER = "lawyer";

    private Roles() {
    }
}
