package io.clausewarden.testing

/** Byte-level checks for specs that inspect what is stored. */
class Bytes {
    /** Whether {@code needle} occurs anywhere in {@code haystack}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true
            }
        }
        false
    }
}
