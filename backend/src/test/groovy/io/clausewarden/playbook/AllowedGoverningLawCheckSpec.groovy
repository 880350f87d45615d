package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class AllowedGoverningLawCheckSpec extends Specification {

    def check = new AllowedGoverningLawCheck(['New York', 'Delaware', 'England and Wales'], false)

    def "#text gives #outcome"() {
        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                                                      | outcome
        'This Agreement is governed by the laws of the State of New York.'                         | COMPLIANT
        'This Agreement shall be governed by and construed in accordance with the laws of Delaware.' | COMPLIANT
        'This Agreement is governed by the laws of England and Wales.'                             | COMPLIANT
        'This Agreement is governed by English law.'                                               | COMPLIANT
        'This Agreement is governed by the laws of the State of Texas.'                            | DEVIATION
        'The laws of the Commonwealth of Massachusetts govern this Agreement.'                     | DEVIATION
        'This Agreement shall be governed by the laws of Nova Scotia and the laws of Canada.'      | DEVIATION
        'This Agreement is governed by Texas law.'                                                 | DEVIATION
        'The Governing Law will govern all disputes, without regard to conflict of laws rules.'   | NEEDS_REVIEW
        'This Agreement is governed by the laws of the state specified in the Order Form.'         | NEEDS_REVIEW
        'In Clause 17, the EEA SCCs will be governed by the laws of Governing Member State;'          | NEEDS_REVIEW
        'This Agreement is governed by the laws of the Chosen Jurisdiction.'                        | NEEDS_REVIEW
        'Each party will comply with the laws of any country where it operates.'                   | NOT_APPLICABLE
        'Governed by the laws of {governing_law}.'                                                 | NOT_APPLICABLE
    }

    def "the deviation points at the jurisdiction name and suggests the first allowed one"() {
        given:
        def text = 'This Agreement is governed by the laws of Ontario, without regard to conflicts principles.'

        when:
        def result = check.evaluate(text)

        then:
        result.outcome() == DEVIATION
        text.substring(result.spanStart(), result.spanEnd()) == 'Ontario'
        result.suggestedText() == 'New York'
        result.reason().contains('Ontario')
    }

    def "after 'the State of' an allowed US state is preferred as the replacement"() {
        given:
        def ukFirst = new AllowedGoverningLawCheck(['England and Wales', 'Delaware'], false)
        def text = 'This Agreement is governed by the laws of the State of Texas.'

        when:
        def result = ukFirst.evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'Texas'
        result.suggestedText() == 'Delaware'
    }
}
