package io.clausewarden.parties;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The role words contracts use for each side, and the side a playbook's {@code ourRole} takes. */
final class Roles {
    static final String CUSTOMER = "customer";
    static final String PROVIDER = "provider";
    static final String RECIPIENT = "recipient";
    static final String DISCLOSER = "discloser";

    private static final Map<String, List<String>> WORDS = Map.of(
            CUSTOMER, List.of("Customer", "Client", "Buyer", "Purchaser", "Subscriber", "Licensee", "Distributor",
                    "Reseller"),
            PROVIDER, List.of("Service Provider", "Provider", "Vendor", "Supplier", "Licensor", "Seller", "Contractor",
                    "Consultant", "Manufacturer"),
            RECIPIENT, List.of("Receiving Party", "Recipient"),
            DISCLOSER, List.of("Disclosing Party", "Discloser"));
    private static final Map<String, String> OTHER = Map.of(CUSTOMER, PROVIDER, PROVIDER, CUSTOMER,
            RECIPIENT, DISCLOSER, DISCLOSER, RECIPIENT);
    private static final Map<String, String> ALIASES = Map.of("vendor", PROVIDER, "supplier", PROVIDER,
            "licensor", PROVIDER, "seller", PROVIDER, "licensee", CUSTOMER, "client", CUSTOMER, "buyer", CUSTOMER,
            "purchaser", CUSTOMER, "subscriber", CUSTOMER);
    static final String ROLE_WORDS = "Service Provider|Provider|Vendor|Supplier|Licensor|Seller|Contractor|Consultant"
            + "|Manufacturer|Customer|Client|Buyer|Purchaser|Subscriber|Licensee|Distributor|Reseller|Disclosing Party"
            + "|Discloser|Receiving Party|Recipient|Company";

    private Roles() {
    }

    /** The side a playbook role takes (customer, provider, recipient, discloser); null for a mutual or unknown role. */
    static String side(String ourRole) {
        if (ourRole == null) {
            return null;
        }
        String role = ourRole.toLowerCase(Locale.ROOT);
        role = ALIASES.getOrDefault(role, role);
        return WORDS.containsKey(role) ? role : null;
    }

    static String other(String side) {
        return side == null ? null : OTHER.get(side);
    }

    /** The side a document's word for a party stands for ("Licensee" is a customer); null when it says none. */
    static String sideOfWord(String word) {
        if (word == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
            for (String w : e.getValue()) {
                if (w.equalsIgnoreCase(word.strip())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    static boolean isRoleWord(String word) {
        return sideOfWord(word) != null || "company".equalsIgnoreCase(word.strip());
    }

    /** The generic words for a side, used when the document names no party of it. */
    static List<String> words(String side) {
        return side == null ? List.of() : WORDS.getOrDefault(side, List.of());
    }
}
