package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class NumericThresholdCheckSpec extends Specification {

    private static NumericThresholdCheck check(List<String> subject, String unit, Double min, Double max = null) {
        new NumericThresholdCheck(subject, [], unit, min, max, false)
    }

    def "#description gives #outcome"() {
        expect:
        check(subject, unit, min, max).evaluate(text).outcome() == outcome

        where:
        description                          | subject      | unit            | min       | max  | text                                                                                              | outcome
        'a cure period in words and digits'  | ['cure']     | 'days'          | 30        | null | 'The breaching party may cure the breach within thirty (30) days after notice.'                  | COMPLIANT
        'a short cure period in digits'      | ['cure']     | 'days'          | 30        | null | 'The breaching party may cure the breach within 10 days after notice.'                           | DEVIATION
        'a cure period in words only'        | ['cure']     | 'days'          | 30        | null | 'The breaching party may cure the breach within fifteen days after notice.'                      | DEVIATION
        'business days are longer than days' | ['cure']     | 'days'          | 30        | null | 'Supplier shall cure the failure within 20 business days.'                                       | DEVIATION
        'enough business days'               | ['cure']     | 'days'          | 30        | null | 'Supplier shall cure the failure within 22 business days.'                                       | COMPLIANT
        'weeks convert to days'              | ['cure']     | 'days'          | 30        | null | 'Supplier shall cure the failure within six (6) weeks.'                                          | COMPLIANT
        'months against a year'              | ['survive']  | 'years'         | 2         | null | 'These obligations survive for twenty-four (24) months after termination.'                      | COMPLIANT
        'a 12-month period'                  | ['survive']  | 'years'         | 2         | null | 'These obligations survive for a 12-month period.'                                               | DEVIATION
        'a cross-reference is not a number'  | ['cure']     | 'days'          | 30        | null | 'The breaching party may cure the breach as set out in Section 8.2.'                             | NOT_APPLICABLE
        'a section number before days'       | ['cure']     | 'days'          | 30        | null | 'Cure periods are set out in Section 12 days of the Order are excluded.'                         | NOT_APPLICABLE
        'a cap in US dollars'                | ['liability']| 'USD'           | 1_000_000 | null | 'Supplier\'s liability shall not exceed USD 2,000,000 in aggregate.'                             | COMPLIANT
        'a cap written as $1m'               | ['liability']| 'USD'           | 2_000_000 | null | 'Supplier\'s liability shall not exceed $1m in aggregate.'                                       | DEVIATION
        'a cap in euros with dot grouping'   | ['liability']| 'EUR'           | 1_000_000 | null | 'Die liability shall not exceed EUR 500.000 per year.'                                           | DEVIATION
        'a cap in pounds million'            | ['liability']| 'GBP'           | 1_000_000 | null | 'Liability shall not exceed £2 million.'                                                          | COMPLIANT
        'a cap in another currency'          | ['liability']| 'USD'           | 1_000_000 | null | 'Liability shall not exceed EUR 5,000,000.'                                                      | NEEDS_REVIEW
        'the greater of two amounts'         | ['liability']| 'USD'           | 1_000_000 | null | 'Liability shall not exceed the greater of USD 500,000 and USD 1,500,000.'                       | COMPLIANT
        'the lesser of two amounts'          | ['liability']| 'USD'           | 1_000_000 | null | 'Liability shall not exceed the lesser of USD 500,000 and USD 1,500,000.'                        | DEVIATION
        'a multiple of fees'                 | ['liability']| 'times'         | 2         | null | 'Liability shall not exceed two times (2x) the fees paid.'                                       | COMPLIANT
        'a small multiple of fees'           | ['liability']| 'times'         | 3         | null | 'Liability shall not exceed 1.5x the fees paid.'                                                 | DEVIATION
        'a negated subject does not count'   | ['liable']   | 'USD'           | 1_000_000 | null | 'Neither party shall be liable for delays; fees of USD 10 apply.'                                | NOT_APPLICABLE
        'a maximum in hours'                 | ['breach']   | 'hours'         | null      | 72   | 'Provider will notify Customer of a security breach within 48 hours.'                            | COMPLIANT
        'days against a maximum in hours'    | ['breach']   | 'hours'         | null      | 72   | 'Provider will notify Customer of a security breach within five (5) days.'                       | DEVIATION
        'a term defined elsewhere'           | ['survive']  | 'years'         | 2         | null | 'The obligations will survive for the Term of Confidentiality.'                                  | NEEDS_REVIEW
        'a schedule defined elsewhere'       | ['pay']      | 'days'          | 30        | null | 'Customer will pay the Fees in U.S. Dollars according to the Payment Process.'                    | NEEDS_REVIEW
        'an ordinary process is no term'     | ['pay']      | 'days'          | 30        | null | 'Customer will pay the Fees according to the usual process.'                                       | NOT_APPLICABLE
        'no subject'                         | ['cure']     | 'days'          | 30        | null | 'Invoices are payable within 10 days.'                                                           | NOT_APPLICABLE
    }

    def "a short value is replaced by the minimum in the same style: #span to #suggestion"() {
        when:
        def result = check(subject, unit, min).evaluate(text)

        then:
        result.outcome() == DEVIATION
        text.substring(result.spanStart(), result.spanEnd()) == span
        result.suggestedText() == suggestion

        where:
        subject       | unit    | min       | text                                                              | span           | suggestion
        ['cure']      | 'days'  | 30        | 'Supplier may cure within fifteen (15) days.'                     | 'fifteen (15)' | 'thirty (30)'
        ['cure']      | 'days'  | 30        | 'Supplier may cure within 15 days.'                               | '15'           | '30'
        ['cure']      | 'days'  | 30        | 'Supplier may cure within fifteen days.'                          | 'fifteen'      | 'thirty'
        ['cure']      | 'days'  | 30        | 'Supplier may cure within 10 business days.'                      | '10'           | '22'
        ['liability'] | 'USD'   | 1_000_000 | 'Liability shall not exceed USD 250,000.'                         | '250,000'      | '1,000,000'
        ['liability'] | 'EUR'   | 1_000_000 | 'Liability shall not exceed EUR 500.000.'                         | '500.000'      | '1.000.000'
        ['liability'] | 'USD'   | 2_000_000 | 'Liability shall not exceed $1m.'                                 | '1m'           | '2m'
        ['liability'] | 'GBP'   | 5_000_000 | 'Liability shall not exceed £2 million.'                          | '2 million'    | '5 million'
        ['liability'] | 'times' | 3         | 'Liability shall not exceed two times (2x) the fees.'             | 'two times (2x)' | 'three times (3x)'
    }

    def "a threshold needs a known unit and a bound"() {
        when:
        check(['cure'], unit, min, max)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.startsWith(field)

        where:
        unit        | min  | max  | field
        'fortnights'| 1    | null | 'unit'
        'days'      | null | null | 'min'
        'days'      | 10   | 5    | 'min'
    }
}
