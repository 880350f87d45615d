package io.clausewarden.parties;

import java.util.List;

/**
 * The parties found in a document and which of them we are.
 *
 * @param parties   each party found, with its role
 * @param structure "mutual" when the contract's duties run both ways by its own words ("each party as Disclosing
 *                  Party"), "one_way" when one named party discloses and the other receives, else "unstated"
 * @param source    "document" when the roles come from the document, "request" when the reviewer said who we are,
 *                  "playbook" when no party was found and the playbook's role words stand in
 */
public record PartyRoles(List<Party> parties, String structure, String source) {
    public static final String MUTUAL = "mutual";
    public static final String ONE_WAY = "one_way";
    public static final String UNSTATED = "unstated";

    public PartyRoles {
        parties = List.copyOf(parties);
    }

    List<Party> withRole(String role) {
        return parties.stream().filter(p -> role.equals(p.role())).toList();
    }
}
