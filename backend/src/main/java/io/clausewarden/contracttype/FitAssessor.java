package io.clausewarden.contracttype;

import io.clausewarden.playbook.Playbook;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Says whether a playbook is written for the document's kind of contract, and which available playbook is, when it
 * is not. It only warns on a confident type: a guess never raises a false alarm.
 */
public final class FitAssessor {
    private FitAssessor() {
    }

    /**
     * @param available the playbooks the reviewer could use instead (bundled or the firm's), in preference order
     */
    public static PlaybookFit assess(ContractClassification contract, Playbook playbook, List<Playbook> available) {
        Set<ContractType> declared = PlaybookTypes.of(playbook);
        List<String> codes = declared.stream().map(ContractType::code).toList();
        Optional<ContractType> type = ContractType.ofCode(contract.type());
        if (type.isEmpty() || type.get() == ContractType.OTHER) {
            return new PlaybookFit(true, codes, null, "The contract's type was not recognised, so the playbook '"
                    + playbook.name() + "' could not be checked against it.");
        }
        if (!contract.confident()) {
            return new PlaybookFit(true, codes, null, "This may be " + type.get().described()
                    + ", but the type was not recognised with confidence, so the playbook's fit was not judged.");
        }
        if (declared.isEmpty()) {
            return new PlaybookFit(true, codes, null, "This looks like " + type.get().described()
                    + "; the playbook '" + playbook.name() + "' does not say which contracts it is written for.");
        }
        if (declared.contains(type.get())) {
            return new PlaybookFit(true, codes, null, "This looks like " + type.get().described()
                    + ", which the playbook '" + playbook.name() + "' is written for.");
        }
        Optional<Playbook> better = available.stream().filter(p -> !p.id().equals(playbook.id()))
                .filter(p -> PlaybookTypes.of(p).contains(type.get())).findFirst();
        String message = "This looks like " + type.get().described() + "; the playbook '" + playbook.name()
                + "' is written for " + writtenFor(declared) + ". "
                + better.map(p -> "Consider '" + p.name() + "'.")
                        .orElse("No available playbook is written for " + type.get().plural()
                                + "; review the findings with that in mind.");
        return new PlaybookFit(false, codes, better.map(p -> new PlaybookFit.Suggestion(p.id(), p.name())).orElse(null),
                message);
    }

    private static String writtenFor(Set<ContractType> declared) {
        List<String> names = declared.stream().map(ContractType::plural).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
