package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class NoticePeriodCheckSpec extends Specification {

    def "#about notice of at least #min days on '#text' gives #outcome"() {
        expect:
        new NoticePeriodCheck(about, 'days', min, null, false).evaluate(text).outcome() == outcome

        where:
        about          | min | text                                                                                                   | outcome
        'termination'  | 30  | 'Either party may terminate this Agreement upon thirty (30) days\' prior written notice.'              | COMPLIANT
        'termination'  | 30  | 'Provider may terminate this Agreement on 10 days notice.'                                             | DEVIATION
        'termination'  | 30  | 'Either party may terminate on two weeks\' written notice.'                                            | DEVIATION
        'termination'  | 30  | 'Either party may terminate on 25 business days\' notice.'                                             | COMPLIANT
        'termination'  | 30  | 'Either party may terminate if the other fails to cure a breach within 10 days after notice.'         | NOT_APPLICABLE
        'termination'  | 30  | 'Either party may terminate upon notice if a Force Majeure lasts 15 or more consecutive days.'        | NOT_APPLICABLE
        'termination'  | 30  | 'Either party may terminate as provided in Section 14.3 upon notice.'                                  | NOT_APPLICABLE
        'non_renewal'  | 30  | 'Either party may give notice of non-renewal at least sixty (60) days before the end of the term.'    | COMPLIANT
        'non_renewal'  | 30  | 'The term renews unless a party notifies the other of non-renewal at least 15 days prior to expiry.'  | DEVIATION
        'non_renewal'  | 30  | 'The term renews unless notice of non-renewal is given before the Non-Renewal Notice Date.'           | NEEDS_REVIEW
        'price_change' | 60  | 'Provider may increase the fees on forty-five (45) days\' notice.'                                    | DEVIATION
        'price_change' | 60  | 'Provider may increase its prices on ninety (90) days\' written notice.'                              | COMPLIANT
        'price_change' | 60  | 'Either party may terminate on 10 days\' notice.'                                                      | NOT_APPLICABLE
    }

    def "a maximum notice period suggests the longest acceptable value"() {
        given:
        def text = 'Either party may terminate this Agreement on ninety (90) days\' written notice.'

        when:
        def result = new NoticePeriodCheck('termination', 'days', null, 30d, false).evaluate(text)

        then:
        result.outcome() == DEVIATION
        text.substring(result.spanStart(), result.spanEnd()) == 'ninety (90)'
        result.suggestedText() == 'thirty (30)'
    }

    def "only known topics are accepted"() {
        when:
        new NoticePeriodCheck('holidays', 'days', 30d, null, false)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.startsWith('about')
    }
}
