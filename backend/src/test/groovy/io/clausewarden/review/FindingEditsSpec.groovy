package io.clausewarden.review

import io.clausewarden.redline.Insertion
import spock.lang.Specification

class FindingEditsSpec extends Specification {

    static final Placement AFTER_INDEMNITY = new Placement(3, 'Indemnification', 'Limitation of Liability',
            'after clause 2 (Indemnification): liability and indemnity clauses sit together', 'Supplier indemnifies.', 'h')

    private static Finding missing(String comment, Placement placement, String suggested = 'Liability is capped.') {
        new Finding('f-m', null, 'limitation_of_liability', 'missing', 'high', null, null, 'Internal reason.', suggested,
                'rule', null, comment, 'limitation_of_liability', placement)
    }

    def "a placed missing clause becomes an insertion after its anchor clause's paragraph"() {
        when:
        def insertions = FindingEdits.insertions([missing('We need a cap.', AFTER_INDEMNITY)], [3: '7:abcdefabcdef'])

        then:
        insertions == [new Insertion('f-m', '7:abcdefabcdef', 'Indemnification', 'Limitation of Liability',
                'Liability is capped.', 'We need a cap.')]
    }

    def "without a counterparty comment the new clause says it is proposed; the internal rationale never goes in"() {
        when:
        def insertion = FindingEdits.insertions([missing(null, AFTER_INDEMNITY)], [3: '7:abcdefabcdef'])[0]

        then:
        insertion.comment() == 'Proposed new clause: this agreement has no limitation of liability clause.'
        !insertion.comment().contains('Internal reason')
    }

    def "a missing clause without a placement or without text is not inserted, and no edit is made of it"() {
        given:
        def findings = [missing('c', null), missing('c', AFTER_INDEMNITY, '  ')]

        expect:
        FindingEdits.insertions(findings, [3: '7:abcdefabcdef']).isEmpty()
        FindingEdits.of(findings, [3: '7:abcdefabcdef']).isEmpty()
    }
}
