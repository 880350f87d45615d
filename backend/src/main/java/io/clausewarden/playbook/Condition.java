package io.clausewarden.playbook;

import java.util.List;
import java.util.Optional;

/**
 * When a position applies ({@code when:} in a playbook). Every condition given must hold; a list holds when any
 * of its entries does. A position whose condition does not hold is not applied, and the report says why.
 *
 * @param mentions      phrases the document must mention ("personal data")
 * @param clausePresent clause types the document must contain
 * @param contractType  contract types the document must be classified as
 * @param structure     "mutual" or "one_way"
 */
public final class Condition {
    private final LanguageMatcher mentions;
    private final List<String> clausePresent;
    private final List<String> contractType;
    private final String structure;

    Condition(LanguageMatcher mentions, List<String> clausePresent, List<String> contractType, String structure) {
        this.mentions = mentions;
        this.clausePresent = clausePresent == null ? List.of() : List.copyOf(clausePresent);
        this.contractType = contractType == null ? List.of() : List.copyOf(contractType);
        this.structure = structure;
    }

    List<String> mentions() {
        return mentions == null ? List.of() : mentions.phrases();
    }

    List<String> clausePresent() {
        return clausePresent;
    }

    List<String> contractType() {
        return contractType;
    }

    String structure() {
        return structure;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && mentions().equals(c.mentions()) && clausePresent.equals(c.clausePresent)
                && contractType.equals(c.contractType) && java.util.Objects.equals(structure, c.structure);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(mentions(), clausePresent, contractType, structure);
    }

    /** Why the position does not apply to the document, in a sentence; empty when it applies. */
    public Optional<String> unmetIn(DocumentFacts facts) {
        if (mentions != null && mentions.size() > 0 && mentions.findAny(facts.text()).first() == null) {
            return Optional.of("the document does not mention " + oneOf(mentions.phrases()));
        }
        if (!clausePresent.isEmpty() && clausePresent.stream().noneMatch(facts.clauseTypes()::contains)) {
            return Optional.of("the document has no " + oneOf(clausePresent.stream().map(t -> t.replace('_', ' ')).toList())
                    + " clause");
        }
        if (!contractType.isEmpty() && !contractType.contains(facts.contractType())) {
            return Optional.of("the contract is classified as " + (facts.contractType() == null ? "unknown"
                    : facts.contractType()) + ", not " + oneOf(contractType));
        }
        if (structure != null && !structure.equals(facts.structure())) {
            return Optional.of("the contract is not " + structure.replace('_', '-'));
        }
        return Optional.empty();
    }

    Condition boundTo(PartyNames names) {
        return mentions == null ? this : new Condition(mentions.boundTo(names), clausePresent, contractType, structure);
    }

    private static String oneOf(List<String> words) {
        List<String> quoted = words.stream().map(w -> w.startsWith("a ") || w.startsWith("an ") ? w : "\"" + w + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
