package io.clausewarden.review

import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.document.Clause
import io.clausewarden.llm.JudgementSession
import io.clausewarden.playbook.BundledPlaybooks
import spock.lang.Specification

/** Where a review points when it confirms that a clause meets a position. */
class ConfirmationSpec extends Specification {
    static final ReviewEngine ENGINE = new ReviewEngine(ClauseClassifier.rules())
    static final String PREAMBLE = 'This Subscription Agreement is made between Northwind Traders, Inc. ("Provider") and Contoso Ltd ("Customer").'
    static final String DISCLOSURES = 'The recipient may disclose Confidential Information to its employees and subcontractors having a need to know, ' +
            'provided it remains responsible for their compliance with this Section and they are bound to confidentiality obligations.'
    static final String SUBCONTRACTORS = 'Provider may use subcontractors to perform the Services, but Provider remains responsible for their ' +
            'compliance with this Agreement and for its overall performance.'

    static ReviewReport review(List<List<String>> headed) {
        def clauses = headed.withIndex().collect { List<String> hc, int i -> new Clause(i, hc[0], null, hc[1], null) }
        ENGINE.review('r', BundledPlaybooks.load('saas-customer'), clauses, [], ReviewListener.NONE, JudgementSession.off(),
                List.of(), null)
    }

    def "a position met by two clauses is confirmed on the clause mainly about it"() {
        when:
        def report = review([[null, PREAMBLE], ['Permitted Disclosures', DISCLOSURES], ['Subcontractors', SUBCONTRACTORS]])
        def confirmed = report.findings().find { it.clauseType() == 'subcontracting' }

        then:
        confirmed.position() == 'preferred'
        confirmed.clauseIndex() == 2
    }

    def "a confirmation quotes the whole of a short clause"() {
        when:
        def confirmed = review([[null, PREAMBLE], ['Subcontractors', SUBCONTRACTORS]]).findings().find { it.clauseType() == 'subcontracting' }

        then:
        confirmed.position() == 'preferred'
        confirmed.quote() == SUBCONTRACTORS
    }

    def "a confirmation in a long clause quotes the sentence that meets the position"() {
        given:
        def filler = (1..12).collect { "The Provider will keep records of the work done under item ${it} of the plan." }.join(' ')
        def text = filler + ' ' + SUBCONTRACTORS

        when:
        def confirmed = review([[null, PREAMBLE], ['Subcontractors', text]]).findings().find { it.clauseType() == 'subcontracting' }

        then:
        text.length() > 800
        confirmed.position() == 'preferred'
        confirmed.quote() == SUBCONTRACTORS
    }

    def "neither party holding a right to assign without consent confirms the assignment position"() {
        when:
        def confirmed = review([[null, PREAMBLE], ['Assignment', 'Neither party may assign this Agreement without the prior written consent of the other party.']])
                .findings().find { it.clauseType() == 'assignment' }

        then:
        confirmed.position() == 'preferred'
        confirmed.rationale().contains('Neither party has a right to assign without consent')
    }

    def "a restriction on our assignment alone is a deviation"() {
        when:
        def finding = review([[null, PREAMBLE], ['Assignment', 'Customer may not assign this Agreement without Provider\'s prior written consent.']])
                .findings().find { it.clauseType() == 'assignment' }

        then:
        finding.position() == 'deviation'
        finding.rationale().startsWith('Only Customer is denied a right to assign without consent')
    }

    def "an NDA cap is a deviation however it is phrased: #cap"() {
        given:
        def clauses = [new Clause(0, null, null, 'This Mutual Non-Disclosure Agreement is made between Alder Ltd and Birch GmbH.', null),
                       new Clause(1, 'Limitation of Liability', null, cap, null)]

        when:
        def finding = ENGINE.review('r', BundledPlaybooks.load('mutual-nda'), clauses, [], ReviewListener.NONE,
                JudgementSession.off(), List.of(), null).findings().find { it.clauseType() == 'limitation_of_liability' }

        then:
        finding.position() == 'deviation'

        where:
        cap << ['In no event shall either party\'s liability under this Agreement exceed one thousand dollars.',
                'Each party\'s liability under this Agreement shall in no event exceed one thousand dollars.',
                'Each party\'s liability under this Agreement is capped at one thousand dollars.',
                'Each party\'s total liability under this Agreement shall not exceed one thousand dollars.']
    }
}
