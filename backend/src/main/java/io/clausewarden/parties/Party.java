package io.clausewarden.parties;

/**
 * A party of the contract as the document names it.
 *
 * @param name      the full name from the preamble or cover page ("Northwind Traders, Inc."); null when the document
 *                  names the party only by its defined term
 * @param definedAs the defined term the document uses for it ("Northwind", "Customer"); null when none
 * @param role      "us", "counterparty", "either" under a mutual playbook (we may be either party), or "unknown"
 *                  when the document does not say which side it is
 */
public record Party(String name, String definedAs, String role) {
    public static final String US = "us";
    public static final String COUNTERPARTY = "counterparty";
    public static final String UNKNOWN = "unknown";
    public static final String EITHER = "either";

    Party withRole(String newRole) {
        return new Party(name, definedAs, newRole);
    }
}
