package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class AutoRenewalCheckSpec extends Specification {

    def "allowed=#allowed min=#min max=#max on '#text' gives #outcome"() {
        expect:
        new AutoRenewalCheck(allowed, min, max, false).evaluate(text).outcome() == outcome

        where:
        allowed | min  | max  | text                                                                                                                        | outcome
        false   | null | null | 'This Agreement renews automatically for successive one-year terms.'                                                       | DEVIATION
        false   | null | null | 'This Agreement will not automatically renew.'                                                                              | NOT_APPLICABLE
        false   | null | null | 'This Agreement runs for two years and then expires.'                                                                       | NOT_APPLICABLE
        true    | null | 60   | 'Each term will renew for successive periods unless either party notifies the other of non-renewal at least 30 days prior to the end of the term.' | COMPLIANT
        true    | null | 60   | 'The Agreement shall automatically renew for successive twelve (12) month periods unless either party gives ninety (90) days\' notice of non-renewal.' | DEVIATION
        true    | 60   | null | 'The Agreement shall automatically renew for successive twelve (12) month periods unless either party gives thirty (30) days\' notice of non-renewal.' | DEVIATION
        true    | 60   | null | 'The Agreement shall automatically renew for successive one-year terms unless either party gives notice.'                  | DEVIATION
        true    | null | 60   | 'The Agreement shall automatically renew for successive one-year terms unless either party gives notice.'                  | COMPLIANT
        true    | null | 60   | 'The Agreement will automatically renew unless one party gives notice of non-renewal before the Non-Renewal Notice Date.'  | NEEDS_REVIEW
        true    | null | null | 'This is an evergreen agreement.'                                                                                           | COMPLIANT
    }

    def "a long non-renewal window is shortened in the same style, not the renewal term"() {
        given:
        def text = 'The Agreement shall automatically renew for successive twelve (12) month periods unless either party gives ninety (90) days\' notice of non-renewal.'

        when:
        def result = new AutoRenewalCheck(true, null, 60, false).evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'ninety (90)'
        result.suggestedText() == 'sixty (60)'
    }

    def "notice windows make sense only when renewal is allowed"() {
        when:
        new AutoRenewalCheck(false, 30, null, false)

        then:
        thrown(IllegalArgumentException)
    }
}
