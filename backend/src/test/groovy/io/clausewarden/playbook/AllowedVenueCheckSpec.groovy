package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION
import static io.clausewarden.playbook.CheckResult.Outcome.NEEDS_REVIEW
import static io.clausewarden.playbook.CheckResult.Outcome.NOT_APPLICABLE

import spock.lang.Specification

class AllowedVenueCheckSpec extends Specification {

    def check = new AllowedVenueCheck(['New York', 'Delaware', 'England and Wales', 'London'], false)

    def "#text gives #outcome"() {
        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                                                                          | outcome
        'The state and federal courts located in New York County, New York have exclusive jurisdiction.'              | COMPLIANT
        'Each party submits to the exclusive jurisdiction of the courts of the State of Delaware.'                     | COMPLIANT
        'The courts of England and Wales have exclusive jurisdiction over any dispute.'                                | COMPLIANT
        'The seat of arbitration shall be London.'                                                                     | COMPLIANT
        'Any dispute shall be brought exclusively in the courts located in Austin, Texas.'                            | DEVIATION
        'The seat of arbitration shall be Singapore.'                                                                  | DEVIATION
        'The arbitration shall be conducted in Paris under the ICC Rules.'                                             | DEVIATION
        'This Agreement is governed by the laws of Texas; the courts in Wilmington, Delaware decide disputes.'         | COMPLIANT
        'Each party submits to the exclusive jurisdiction of the Chosen Courts.'                                      | NEEDS_REVIEW
        'Any suit must be instituted in the federal or state courts located in Jurisdiction.'                          | NEEDS_REVIEW
        'Either party may seek an injunction in any court of competent jurisdiction.'                                  | NOT_APPLICABLE
        'This Agreement is governed by the laws of the State of Texas.'                                                | NOT_APPLICABLE
    }

    def "the deviation points at the place and suggests the first allowed venue"() {
        given:
        def text = 'Disputes go to the courts located in Harris County, Texas, exclusively.'

        when:
        def result = check.evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'Harris County, Texas'
        result.suggestedText() == 'New York'
    }
}
