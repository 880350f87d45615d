package io.clausewarden.contracttype;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of contract a document is recognised as, with the words a lawyer would use for them. */
public enum ContractType {
    NDA("nda", "a non-disclosure agreement", "NDAs"),
    SAAS("saas", "a SaaS / cloud services agreement", "SaaS / cloud contracts"),
    PROFESSIONAL_SERVICES("professional_services", "a professional services agreement", "professional services contracts"),
    SOFTWARE_LICENCE("software_licence", "a software licence", "software licences"),
    HOSTING("hosting", "a hosting agreement", "hosting contracts"),
    SUPPLY("supply", "a supply agreement", "supply contracts"),
    DISTRIBUTION("distribution", "a distribution or reseller agreement", "distribution and reseller contracts"),
    DPA("dpa", "a data processing agreement", "data processing agreements", true),
    OTHER("other", "a contract of a type not recognised", "other contracts");

    private final String code;
    private final String described;
    private final String plural;

    private final boolean supplementsMainAgreement;

    ContractType(String code, String described, String plural) {
        this(code, described, plural, false);
    }

    ContractType(String code, String described, String plural, boolean supplementsMainAgreement) {
        this.supplementsMainAgreement = supplementsMainAgreement;
        this.code = code;
        this.described = described;
        this.plural = plural;
    }

    /** The code used in reports and playbooks: nda, saas, supply, ... */
    public String code() {
        return code;
    }

    /** An addendum to a main agreement: the commercial clauses it lacks are the main agreement's. */
    public boolean supplementsMainAgreement() {
        return supplementsMainAgreement;
    }

    /** With its article, for a sentence: "a supply agreement". */
    public String described() {
        return described;
    }

    /** For "written for ...": "SaaS / cloud contracts". */
    public String plural() {
        return plural;
    }

    public static Optional<ContractType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
