package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class LiabilityCapCheckSpec extends Specification {

    def twelveMonths = new LiabilityCapCheck(12, false)

    def "#description"() {
        expect:
        twelveMonths.evaluate(text).outcome() == outcome

        where:
        description                               | text                                                                                                                          | outcome
        'a cap of twelve (12) months of fees'     | 'Each party\'s total liability will not exceed the fees paid or payable in the twelve (12) months before the claim.'          | COMPLIANT
        'a cap of 24 months written in digits'    | 'Supplier\'s aggregate liability shall not exceed the amounts paid in the 24 months preceding the event.'                      | COMPLIANT
        'a cap of one year of fees'               | 'In no event shall either party\'s liability exceed the fees paid during the one (1) year before the claim.'                   | COMPLIANT
        'a cap of six (6) months'                 | 'Each party\'s total liability will not exceed the fees paid in the six (6) months before the claim.'                         | DEVIATION
        'a cap of three months in words'          | 'Liability of Provider is limited to the fees paid in the three months before the claim.'                                     | DEVIATION
        'the greater of 12 months or an amount'   | 'Liability shall not exceed the greater of (a) fees paid in the twelve (12) months before the claim and (b) USD 500,000.'     | COMPLIANT
        'the greater of 6 or 12 months'           | 'Liability shall not exceed the greater of the fees paid in the six (6) months or in the twelve (12) months before the claim.' | COMPLIANT
        'the lesser of 6 or 12 months'            | 'Liability shall not exceed the lesser of the fees paid in the six (6) months or in the twelve (12) months before the claim.'  | DEVIATION
        'a cap by a term defined elsewhere'       | 'Each party\'s entire liability arising out of this Agreement will not exceed the General Cap.'                               | NEEDS_REVIEW
        'a cap by a cover-page amount'            | 'Each party\'s total cumulative liability for all claims will not be more than the General Cap Amount.'                       | NEEDS_REVIEW
        'a cap by a stated sum'                   | 'Each party\'s total liability will not exceed USD 2,000,000.'                                                                | COMPLIANT
        'unlimited liability'                     | 'Provider shall have unlimited liability for breaches of this Agreement.'                                                     | DEVIATION
        'liability stated to be uncapped'         | 'The liability of the Customer shall be uncapped.'                                                                            | DEVIATION
        'liability not limited'                   | 'The liability of Supplier under this Agreement shall not be limited in any way.'                                             | DEVIATION
        'no cap on liability'                     | 'There is no cap on either party\'s liability for data breaches.'                                                             | DEVIATION
        'negated unlimited liability'             | 'Neither party shall have unlimited liability under this Agreement.'                                                          | NOT_APPLICABLE
        'unrelated text'                          | 'Customer shall pay each invoice within thirty days.'                                                                         | NOT_APPLICABLE
    }

    def "a short cap points at its number and suggests the minimum in the same style"() {
        when:
        def result = twelveMonths.evaluate(text)

        then:
        result.outcome() == DEVIATION
        text.substring(result.spanStart(), result.spanEnd()) == span
        result.suggestedText() == suggestion

        where:
        text                                                                       | span      | suggestion
        'Liability shall not exceed the fees paid in the six (6) months before.'   | 'six (6)' | 'twelve (12)'
        'Liability shall not exceed the fees paid in the 6 months before.'         | '6'       | '12'
        'Liability shall not exceed the fees paid in the six months before.'       | 'six'     | 'twelve'
        'Liability shall not exceed the fees paid in the prior 3-month period.'    | '3'       | '12'
    }

    def "a cap set by a defined term points at the term and asks for confirmation"() {
        given:
        String text = 'Each party\'s total cumulative liability will not be more than the General Cap Amount.'

        when:
        def result = twelveMonths.evaluate(text)

        then:
        result.outcome() == NEEDS_REVIEW
        text.substring(result.spanStart(), result.spanEnd()) == 'General Cap Amount'
        result.reason().contains('at least 12 months of fees')
        result.suggestedText() == null
    }

    def "without a minimum any cap is compliant"() {
        expect:
        new LiabilityCapCheck(null, false)
                .evaluate('Liability shall not exceed the fees paid in the one (1) month before the claim.').outcome() == COMPLIANT
    }

    def "unlimited liability is reported on the phrase that says so"() {
        given:
        def text = 'Fees are due monthly. Provider shall have unlimited liability for data breaches.'

        when:
        def result = twelveMonths.evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'unlimited liability'
        result.suggestedText() == null
    }
}
