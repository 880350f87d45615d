package io.clausewarden.playbook;

import java.util.List;

/**
 * The names a document gives each side, which party-aware checks and the {@code {us}}, {@code {counterparty}} and
 * {@code {either}} placeholders of a playbook stand for in that document.
 *
 * @param ours   our names, the defined term first ("Customer", "Contoso Ltd", "Contoso"); empty for a mutual
 *               playbook on a mutual contract, where either party may be us
 * @param theirs the counterparty's names, likewise
 * @param oneWay true when a mutual playbook meets a one-way contract: then {@code ours} and {@code theirs} are the
 *               two parties, and a duty only one of them bears is one-sided
 */
public record PartyNames(List<String> ours, List<String> theirs, boolean oneWay) {
    public PartyNames {
        ours = List.copyOf(ours);
        theirs = List.copyOf(theirs);
    }

    /** The role words of the playbook's side, for a document that names no party. */
    public static PartyNames generic(String ourRole) {
        return Parties.isMutual(ourRole) ? new PartyNames(List.of(), List.of(), false)
                : new PartyNames(Parties.names(ourRole), Parties.otherNames(ourRole), false);
    }

    boolean named() {
        return !ours.isEmpty() && !theirs.isEmpty();
    }
}
