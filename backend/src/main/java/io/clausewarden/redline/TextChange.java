package io.clausewarden.redline;

/** Replace {@code deleted} at {@code offset} of the original text by {@code inserted}; either may be empty. */
record TextChange(int offset, String deleted, String inserted) {
    int end() {
        return offset + deleted.length();
    }
}
