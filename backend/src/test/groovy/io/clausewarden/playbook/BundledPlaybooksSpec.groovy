package io.clausewarden.playbook

import spock.lang.Specification

class BundledPlaybooksSpec extends Specification {

    def "the default SaaS customer playbook is bundled"() {
        when:
        def playbook = BundledPlaybooks.load('saas-customer')

        then:
        BundledPlaybooks.ids() == ['saas-customer', 'mutual-nda']
        playbook.id() == 'saas-customer'
        playbook.name() == 'SaaS / cloud services, customer side'
        playbook.version() == 6
        playbook.ourRole() == 'customer'
        playbook.positions()*.clauseType().containsAll(['governing_law', 'limitation_of_liability', 'indemnification',
                                                        'confidentiality', 'termination', 'data_protection', 'warranties', 'assignment'])
    }

    def "the #id playbook has at least 15 positions, each with a real check"() {
        given:
        def playbook = BundledPlaybooks.load(id)

        expect:
        playbook.ourRole() == role
        playbook.positions().size() >= 15
        playbook.positions().every { !(it.checks() + it.redLineChecks()).isEmpty() }

        where:
        id              | role
        'saas-customer' | 'customer'
        'mutual-nda'    | 'mutual'
    }

    def "the mutual NDA protects both sides and refuses residuals"() {
        given:
        def confidentiality = BundledPlaybooks.load('mutual-nda').position('confidentiality').get()

        expect:
        confidentiality.required()
        confidentiality.redLines()*.description().any { it.contains('residuals') }
        confidentiality.redLineChecks()*.kind().containsAll(['forbidden_language', 'mutuality'])
    }

    def "its key positions carry the agreed checks"() {
        given:
        def playbook = BundledPlaybooks.load('saas-customer')

        expect:
        playbook.position('governing_law').get().checks().contains(
                new AllowedGoverningLawCheck(['New York', 'Delaware', 'California', 'England and Wales'], false))
        playbook.position('limitation_of_liability').get().required()
        playbook.position('limitation_of_liability').get().checks().contains(new LiabilityCapCheck(12, false))
        playbook.position('indemnification').get().required()
        playbook.position('confidentiality').get().required()
    }

    def "an unknown id is not bundled"() {
        expect:
        BundledPlaybooks.find('nope').isEmpty()

        when:
        BundledPlaybooks.load('nope')

        then:
        thrown(InvalidPlaybookException)
    }
}
