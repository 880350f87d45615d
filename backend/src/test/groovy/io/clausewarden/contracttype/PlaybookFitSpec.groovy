package io.clausewarden.contracttype

import io.clausewarden.playbook.BundledPlaybooks
import io.clausewarden.playbook.Playbook
import spock.lang.Specification

class PlaybookFitSpec extends Specification {
    Playbook saas = BundledPlaybooks.load('saas-customer')
    Playbook nda = BundledPlaybooks.load('mutual-nda')
    List<Playbook> available = [saas, nda]

    private static Playbook declaring(String contractType) {
        def base = BundledPlaybooks.load('saas-customer')
        new Playbook('firm-' + contractType?.replaceAll('[^a-z]', ''), 'Firm playbook', 1, contractType, 'customer', base.positions())
    }

    def "a playbook's free-text contract type '#declared' is read as #types"() {
        expect:
        PlaybookTypes.of(declaring(declared))*.code() == types

        where:
        declared                  | types
        'saas'                    | ['saas', 'hosting']
        'nda'                     | ['nda']
        'Mutual NDA'              | ['nda']
        'supply, distribution'    | ['supply', 'distribution']
        'hosting / dpa'           | ['hosting', 'dpa']
        'software licence'        | ['software_licence']
        'professional_services'   | ['professional_services']
        'something else entirely' | []
        null                      | []
    }

    def "a confident #type under the SaaS playbook does not fit, and #suggested is suggested"() {
        when:
        def fit = FitAssessor.assess(new ContractClassification(type, 0.9, ['x']), saas, available)

        then:
        !fit.fits()
        fit.playbookTypes() == ['saas', 'hosting']
        fit.suggestion()?.playbookId() == suggested
        fit.message().startsWith("This looks like ${ContractType.ofCode(type).get().described()}; the playbook "
                + "'SaaS / cloud services, customer side' is written for SaaS / cloud contracts and hosting contracts.")

        where:
        type     | suggested
        'nda'    | 'mutual-nda'
        'supply' | null
        'dpa'    | null
    }

    def "the message names the suggested playbook"() {
        expect:
        FitAssessor.assess(new ContractClassification('nda', 0.9, []), saas, available).message()
                .endsWith("Consider 'Mutual NDA'.")
    }

    def "a type the playbook declares fits: #type with #playbookId"() {
        given:
        def playbook = BundledPlaybooks.load(playbookId)

        expect:
        FitAssessor.assess(new ContractClassification(type, 0.9, []), playbook, available).fits()

        where:
        type      | playbookId
        'saas'    | 'saas-customer'
        'hosting' | 'saas-customer'
        'nda'     | 'mutual-nda'
    }

    def "no false alarm: #why fits, and the message says the type was not recognised"() {
        when:
        def fit = FitAssessor.assess(contract, nda, available)

        then:
        fit.fits()
        fit.suggestion() == null
        fit.message().contains('not recognised')

        where:
        why                  | contract
        'other'              | new ContractClassification('other', 0, [])
        'a guess'            | new ContractClassification('supply', 0.4, [])
    }

    def "a playbook that names no known type is never judged"() {
        expect:
        FitAssessor.assess(new ContractClassification('supply', 0.9, []), declaring('bespoke'), available).fits()
    }
}
