package io.clausewarden.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Names the place a ciphertext belongs to. It is bound in as associated data, so a ciphertext
 * copied to another tenant, table or row no longer decrypts.
 */
public record ContentRef(String table, String rowId) {
    byte[] associatedData(String tenant) {
        return ("clausewarden/v1|" + tenant + "|" + table + "|" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
