package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class MutualityCheckSpec extends Specification {

    private static MutualityCheck customerSide(String obligation, String expect = null) {
        new MutualityCheck(obligation, expect, [], [], 'customer', false)
    }

    def "#obligation on '#text' gives #outcome for the customer"() {
        expect:
        customerSide(obligation).evaluate(text, new SameType([text] + others)).outcome() == outcome

        where:
        obligation                  | text                                                                            | others                                                        | outcome
        'indemnify'                 | 'Customer shall indemnify Provider against all third-party claims.'              | []                                                            | DEVIATION
        'indemnify'                 | 'Customer shall indemnify Provider against all third-party claims.'              | ['Provider will defend and indemnify Customer against IP claims.'] | COMPLIANT
        'indemnify'                 | 'Provider, at its own cost, will defend Customer against IP claims.'             | []                                                            | COMPLIANT
        'indemnify'                 | 'Each party will indemnify the other against claims caused by its breach.'       | []                                                            | COMPLIANT
        'indemnify'                 | 'Customer shall not be required to indemnify Provider.'                          | []                                                            | NOT_APPLICABLE
        'terminate_for_convenience' | 'Provider may terminate this Agreement for convenience on 30 days\' notice.'     | []                                                            | DEVIATION
        'terminate_for_convenience' | 'Either party may terminate this Agreement for any or no reason with notice.'    | []                                                            | COMPLIANT
        'terminate_for_convenience' | 'Customer may terminate this Agreement at any time on notice.'                   | []                                                            | COMPLIANT
        'terminate_for_convenience' | 'Provider may not terminate this Agreement for convenience.'                     | []                                                            | COMPLIANT
        'terminate_for_convenience' | 'Customer may not terminate this Agreement for convenience.'                     | []                                                            | DEVIATION
        'confidentiality'           | 'Customer shall keep all Provider information strictly confidential.'            | []                                                            | DEVIATION
        'confidentiality'           | 'Recipient will not disclose Discloser\'s Confidential Information.'             | []                                                            | COMPLIANT
        'limitation_of_liability'   | 'Provider\'s total liability shall not exceed the fees paid.'                    | []                                                            | DEVIATION
        'limitation_of_liability'   | 'Each party\'s total liability shall not exceed the fees paid.'                  | []                                                            | COMPLIANT
        'suspend'                   | 'Provider may suspend the service if fees are overdue.'                          | []                                                            | DEVIATION
        'non_solicit'               | 'Customer shall not solicit any employee of Provider for two years.'             | []                                                            | DEVIATION
        'publicity'                 | 'Provider may use Customer\'s name and logo in its marketing.'                   | []                                                            | DEVIATION
        'publicity'                 | 'Neither party may publicly announce this Agreement without the other party\'s prior approval.' | []                                 | COMPLIANT
        'publicity'                 | 'Provider may announce this Agreement in a press release.'                        | []                                                            | DEVIATION
        'assign'                    | 'Neither party may assign this Agreement without the prior consent of the other party.' | []                                       | COMPLIANT
        'assign'                    | 'Customer may not assign this Agreement without Provider\'s prior written consent.' | []                                                         | DEVIATION
        'assign'                    | 'Customer may not assign this Agreement without Provider\'s prior written consent.' | ['Provider may not assign this Agreement without Customer\'s consent.'] | COMPLIANT
        'assign'                    | 'Either party may assign this Agreement to an affiliate without consent.'          | []                                                            | COMPLIANT
        'assign'                    | 'This Agreement binds the parties\' successors.'                                  | []                                                            | NOT_APPLICABLE
    }

    def "in our favour, even a mutual indemnity from us is a deviation"() {
        given:
        def ours = 'Customer will indemnify Provider against claims arising from Customer Content.'
        def theirs = 'Provider will indemnify Customer against IP claims.'
        def sameType = new SameType([theirs, ours])

        expect:
        customerSide('indemnify', 'in_our_favour').evaluate(ours, sameType).outcome() == DEVIATION
        customerSide('indemnify', 'in_our_favour').evaluate(theirs, sameType).outcome() == COMPLIANT
        customerSide('indemnify').evaluate(ours, sameType).outcome() == COMPLIANT
    }

    def "for a mutual agreement a one-sided duty in either direction is a deviation"() {
        given:
        def mutual = new MutualityCheck('terminate_for_convenience', null, [], [], 'mutual', false)

        expect:
        mutual.evaluate('Company may terminate this Agreement for convenience.').outcome() == DEVIATION
        mutual.evaluate('Customer may terminate this Agreement for convenience.').outcome() == DEVIATION
        mutual.evaluate('Either party may terminate this Agreement at any time.').outcome() == COMPLIANT
    }

    def "party names can be configured"() {
        given:
        def check = new MutualityCheck('indemnify', null, ['Acme'], ['Globex'], 'customer', false)

        expect:
        check.evaluate('Acme shall indemnify Globex against all claims.').outcome() == DEVIATION
        check.evaluate('Globex shall indemnify Acme against all claims.').outcome() == COMPLIANT
    }

    def "a one-sided right points at the party and suggests either party"() {
        given:
        def text = 'Provider may terminate this Agreement for convenience.'

        when:
        def result = customerSide('terminate_for_convenience').evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'Provider'
        result.suggestedText() == 'Either party'
    }

    def "an unknown obligation is refused"() {
        when:
        customerSide('dance')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.startsWith('obligation')
    }
}
