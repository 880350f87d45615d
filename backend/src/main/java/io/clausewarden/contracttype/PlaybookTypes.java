package io.clausewarden.contracttype;

import io.clausewarden.playbook.Playbook;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contract types a playbook is written for, read from its free-text {@code contractType}. A playbook may name
 * several, separated by commas, slashes or "and" ("saas, hosting"); common spellings are understood ("Mutual NDA",
 * "cloud", "MSA"). A SaaS playbook also fits hosting agreements: the customer's concerns (availability, data,
 * liability for loss of data) are the same. Text that names no known type yields none, and then the playbook is
 * not judged.
 */
final class PlaybookTypes {
    private static final Map<String, List<ContractType>> WORDS = Map.ofEntries(
            Map.entry("nda", List.of(ContractType.NDA)),
            Map.entry("mutual nda", List.of(ContractType.NDA)),
            Map.entry("mutual-nda", List.of(ContractType.NDA)),
            Map.entry("non-disclosure", List.of(ContractType.NDA)),
            Map.entry("non-disclosure agreement", List.of(ContractType.NDA)),
            Map.entry("confidentiality", List.of(ContractType.NDA)),
            Map.entry("saas", List.of(ContractType.SAAS, ContractType.HOSTING)),
            Map.entry("cloud", List.of(ContractType.SAAS, ContractType.HOSTING)),
            Map.entry("cloud services", List.of(ContractType.SAAS, ContractType.HOSTING)),
            Map.entry("subscription", List.of(ContractType.SAAS)),
            Map.entry("professional_services", List.of(ContractType.PROFESSIONAL_SERVICES)),
            Map.entry("professional services", List.of(ContractType.PROFESSIONAL_SERVICES)),
            Map.entry("services", List.of(ContractType.PROFESSIONAL_SERVICES)),
            Map.entry("consulting", List.of(ContractType.PROFESSIONAL_SERVICES)),
            Map.entry("msa", List.of(ContractType.PROFESSIONAL_SERVICES)),
            Map.entry("software_licence", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("software_license", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("software licence", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("software license", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("licence", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("license", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("eula", List.of(ContractType.SOFTWARE_LICENCE)),
            Map.entry("hosting", List.of(ContractType.HOSTING)),
            Map.entry("colocation", List.of(ContractType.HOSTING)),
            Map.entry("supply", List.of(ContractType.SUPPLY)),
            Map.entry("purchase", List.of(ContractType.SUPPLY)),
            Map.entry("procurement", List.of(ContractType.SUPPLY)),
            Map.entry("courier", List.of(ContractType.SUPPLY)),
            Map.entry("logistics", List.of(ContractType.SUPPLY)),
            Map.entry("distribution", List.of(ContractType.DISTRIBUTION)),
            Map.entry("reseller", List.of(ContractType.DISTRIBUTION)),
            Map.entry("dpa", List.of(ContractType.DPA)),
            Map.entry("data processing", List.of(ContractType.DPA)),
            Map.entry("data protection", List.of(ContractType.DPA)));

    private PlaybookTypes() {
    }

    static Set<ContractType> of(Playbook playbook) {
        Set<ContractType> types = new LinkedHashSet<>();
        if (playbook.contractType() == null) {
            return types;
        }
        String text = playbook.contractType().toLowerCase(Locale.ROOT).replace(" and ", ",").replace('/', ',')
                .replace(';', ',');
        for (String part : text.split(",")) {
            String word = part.trim().replace('\u00a0', ' ');
            List<ContractType> known = WORDS.get(word);
            if (known == null) {
                known = ContractType.ofCode(word).map(List::of).orElse(List.of());
            }
            types.addAll(known);
        }
        types.remove(ContractType.OTHER);
        return types;
    }
}
