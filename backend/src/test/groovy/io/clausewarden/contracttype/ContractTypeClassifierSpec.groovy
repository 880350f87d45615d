package io.clausewarden.contracttype

import io.clausewarden.document.Clause
import spock.lang.Specification

class ContractTypeClassifierSpec extends Specification {
    ContractTypeClassifier classifier = new ContractTypeClassifier()

    def "a #kind contract is recognised with confidence, its title first in the evidence"() {
        when:
        def found = classifier.classify(ContractFixtures.clauses(kind))

        then:
        found.type() == kind
        found.confident()
        found.evidence().first().equalsIgnoreCase(title)
        found.evidence().every { it.split(' ').size() <= 5 }

        where:
        kind                    | title
        'nda'                   | 'Non-Disclosure Agreement'
        'saas'                  | 'Subscription Agreement'
        'professional_services' | 'Consulting Agreement'
        'software_licence'      | 'Software Licence'
        'hosting'               | 'Hosting Agreement'
        'supply'                | 'Courier Agreement'
        'distribution'          | 'Distribution Agreement'
        'dpa'                   | 'Data Processing Addendum'
    }

    def "without its title a #kind contract is still recognised from its defining phrases"() {
        when:
        def found = classifier.classify(ContractFixtures.untitled(kind))

        then:
        found.type() == kind
        !found.evidence().isEmpty()

        where:
        kind << ['nda', 'saas', 'professional_services', 'software_licence', 'hosting', 'supply', 'distribution', 'dpa']
    }

    def "a contract of no known kind is 'other', never confident"() {
        when:
        def found = classifier.classify(ContractFixtures.clauses('other'))

        then:
        found.type() == 'other'
        !found.confident()
    }

    def "an empty document is 'other'"() {
        expect:
        classifier.classify([]).type() == 'other'
    }

    def "a confidentiality clause with a disclosing and a receiving party does not make a services contract an NDA"() {
        given:
        def clauses = ContractFixtures.clauses('professional_services') + [new Clause(4, null, null,
                'The Receiving Party will protect the Disclosing Party\'s Confidential Information and return or destroy it on request.', null)]

        expect:
        classifier.classify(clauses).type() == 'professional_services'
    }

    def "evidence is quoted as the document writes it, spacing tidied"() {
        given:
        def clauses = [new Clause(0, null, null, 'DISTRIBUTOR   AGREEMENT\n\nBETWEEN ACME AND ZENITH', null),
                       new Clause(1, null, null, 'Zenith is appointed distributor in the Territory and may resell the Products.', null)]

        expect:
        classifier.classify(clauses).evidence().first() == 'DISTRIBUTOR AGREEMENT'
    }

    def "a very long document is read in bounded time and still classified"() {
        given: 'a quarter of a million words without any phrase, then nothing more'
        def filler = (1..5_000).collect { new Clause(it, null, null, 'lorem ipsum dolor sit amet ' * 10, null) }

        when:
        def found = classifier.classify(ContractFixtures.clauses('dpa') + filler)

        then:
        found.type() == 'dpa'
    }
}
