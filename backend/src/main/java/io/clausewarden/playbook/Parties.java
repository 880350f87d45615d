package io.clausewarden.playbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The names contracts use for each side, by the role a playbook takes ({@code ourRole}). */
final class Parties {
    static final List<String> MUTUAL_ROLES = List.of("either", "mutual", "both");
    private static final Map<String, List<String>> NAMES = Map.of(
            "customer", List.of("Customer", "Client", "Buyer", "Purchaser", "Subscriber", "Licensee"),
            "provider", List.of("Provider", "Vendor", "Supplier", "Licensor", "Seller", "Service Provider", "Company"),
            "recipient", List.of("Recipient", "Receiving Party"),
            "discloser", List.of("Discloser", "Disclosing Party"));
    private static final Map<String, String> OTHER = Map.of(
            "customer", "provider", "provider", "customer", "recipient", "discloser", "discloser", "recipient",
            "vendor", "customer", "supplier", "customer", "licensee", "provider", "licensor", "customer");
    private static final Map<String, String> ALIASES = Map.of(
            "vendor", "provider", "supplier", "provider", "licensor", "provider", "licensee", "customer",
            "client", "customer", "buyer", "customer");

    private Parties() {
    }

    static boolean isMutual(String role) {
        return role == null || MUTUAL_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Names for {@code role}; empty for a mutual role or one we do not know. */
    static List<String> names(String role) {
        if (role == null) {
            return List.of();
        }
        String r = role.toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(ALIASES.getOrDefault(r, r), List.of());
    }

    /** Names for the side opposite {@code role}. */
    static List<String> otherNames(String role) {
        if (role == null) {
            return List.of();
        }
        String r = role.toLowerCase(Locale.ROOT);
        String other = OTHER.get(ALIASES.getOrDefault(r, r));
        return other == null ? List.of() : names(other);
    }
}
