package io.clausewarden.contracttype;

import java.util.List;

/**
 * What kind of contract a document is, as the report shows it.
 *
 * @param type       a {@link ContractType} code
 * @param confidence 0..1; below {@link ContractTypeClassifier#CONFIDENT} the type is a guess and never raises a
 *                   fit warning
 * @param evidence   short phrases from the document that decided it, the title first
 */
public record ContractClassification(String type, double confidence, List<String> evidence) {
    public ContractClassification {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Confidently a document that supplements a main agreement (a data processing agreement). */
    public boolean supplementsMainAgreement() {
        return confident() && ContractType.ofCode(type).map(ContractType::supplementsMainAgreement).orElse(false);
    }

    public boolean confident() {
        return !ContractType.OTHER.code().equals(type) && confidence >= ContractTypeClassifier.CONFIDENT;
    }
}
