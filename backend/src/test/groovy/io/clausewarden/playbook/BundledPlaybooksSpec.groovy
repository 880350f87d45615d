package io.clausewarden.playbook

import spock.lang.Specification

class BundledPlaybooksSpec extends Specification {

    def "the default SaaS customer playbook is bundled"() {
        when:
        def playbook = BundledPlaybooks.load('saas-customer')

        then:
        BundledPlaybooks.ids().contains('saas-customer')
        playbook.id() == 'saas-customer'
        playbook.name() == 'SaaS / cloud services, customer side'
        playbook.version() == 1
        playbook.ourRole() == 'customer'
        playbook.positions()*.clauseType().containsAll(['governing_law', 'limitation_of_liability', 'indemnification',
                                                        'confidentiality', 'termination', 'data_protection', 'warranties', 'assignment'])
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
