package io.clausewarden.playbook;

/** Where a playbook definition comes from, which decides what a pattern that breaks the rules does. */
enum Origin {
    /** Imported, saved or published now: a pattern that breaks the rules refuses the playbook. */
    SUBMITTED,
    /** Read back from storage, perhaps written under older rules: such a pattern makes its check need review. */
    STORED
}
