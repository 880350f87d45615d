package io.clausewarden.review

import io.clausewarden.document.Clause
import io.clausewarden.support.Sha256
import spock.lang.Specification

/** Two edits on one sentence are offered as one consistent edit, never as two that undo each other. */
class EditMergerSpec extends Specification {
    static final String LAW = 'This Agreement is governed by the laws of Texas, and the courts of Austin, Texas have exclusive jurisdiction.'

    static Finding finding(String id, String type, String position, String quote, String suggested, String comment) {
        new Finding(id, 0, type, position, position == 'red_line' ? 'high' : 'medium', quote, Sha256.hex(quote), 'Why.',
                suggested, 'rule', null, comment, type)
    }

    static List<Finding> merge(List<Finding> findings, String text = LAW) {
        new EditMerger([new Clause(0, 'Law', null, text, null)], { it.replace('_', ' ') }).merge(findings)
    }

    def "disjoint changes on one sentence become one edit on the most severe finding"() {
        given:
        def law = finding('f-law', 'governing_law', 'deviation', LAW, LAW.replace('laws of Texas', 'laws of New York'), 'New York law, please.')
        def venue = finding('f-venue', 'dispute_resolution', 'red_line', LAW, LAW.replace('Austin, Texas', 'New York'), 'New York courts, please.')

        when:
        def merged = merge([law, venue])

        then:
        def kept = merged.find { it.id() == 'f-venue' }
        kept.suggestedText() == 'This Agreement is governed by the laws of New York, and the courts of New York have exclusive jurisdiction.'
        kept.comment() == 'We propose replacing \u201cTexas\u201d with \u201cNew York\u201d; replacing \u201cAustin, Texas\u201d' +
                ' with \u201cNew York\u201d. New York courts, please. New York law, please.'
        kept.rationale().endsWith('The same edit makes the change for governing law.')
        def folded = merged.find { it.id() == 'f-law' }
        folded.suggestedText() == null
        folded.position() == 'deviation'
        folded.rationale().endsWith('The change is made in the edit suggested for dispute resolution on the same text.')
    }

    def "an edit that would change the words of a more severe edit is withheld and says why"() {
        given:
        def cap = finding('f-1', 'limitation_of_liability', 'red_line', LAW, LAW.replace('Texas, and', 'Delaware, and'), null)
        def other = finding('f-2', 'governing_law', 'deviation', LAW, LAW.replace('Texas, and', 'New York, and'), null)

        when:
        def merged = merge([cap, other])

        then:
        merged.find { it.id() == 'f-1' }.suggestedText().contains('laws of Delaware')
        merged.find { it.id() == 'f-2' }.suggestedText() == null
        merged.find { it.id() == 'f-2' }.rationale().endsWith('No separate edit is suggested: it would change the same words as' +
                ' the edit suggested for limitation of liability.')
    }

    def "edits on different sentences stay apart, and each comment states its change"() {
        given:
        String text = 'Fees are due in 10 days. Either party may terminate on 5 days notice.'
        def fees = finding('f-a', 'payment_terms', 'deviation', 'Fees are due in 10 days.', 'Fees are due in 30 days.', 'Thirty days.')
        def notice = finding('f-b', 'termination', 'deviation', 'Either party may terminate on 5 days notice.',
                'Either party may terminate on 30 days notice.', null)

        when:
        def merged = merge([fees, notice], text)

        then:
        merged*.suggestedText() == ['Fees are due in 30 days.', 'Either party may terminate on 30 days notice.']
        merged*.comment() == ['We propose replacing \u201c10\u201d with \u201c30\u201d. Thirty days.',
                              'We propose replacing \u201c5\u201d with \u201c30\u201d.']
    }

    def "an appended sentence is described as an addition"() {
        given:
        String text = 'Liability is capped at the fees paid.'
        def f = finding('f-c', 'limitation_of_liability', 'deviation', text, text + ' The cap does not apply to indemnities.', null)

        expect:
        merge([f], text)[0].comment() == 'We propose adding \u201cThe cap does not apply to indemnities.\u201d.'
    }

    def "two sentences added at the same point are both added, in order"() {
        given:
        String text = 'Liability is capped at the fees paid.'
        def a = finding('f-d', 'limitation_of_liability', 'deviation', text, text + ' First.', null)
        def b = finding('f-e', 'indemnification', 'deviation', text, text + ' Second.', null)

        expect:
        merge([a, b], text).find { it.suggestedText() }.suggestedText() == 'Liability is capped at the fees paid. First. Second.'
    }

    def "a changed number is quoted whole in the comment"() {
        expect:
        EditMerger.change(quote, suggested, 0).with { [quote.substring(it.start(), it.end()), it.replacement()] } == [was, is]

        where:
        quote                                   | suggested                                 || was            | is
        'within fifteen (15) days after notice' | 'within thirty (30) days after notice'    || 'fifteen (15)' | 'thirty (30)'
        'up to USD 1,000,000 in total'          | 'up to USD 2,000,000 in total'            || '1,000,000'    | '2,000,000'
        'the laws of Texas, and'                | 'the laws of New York, and'               || 'Texas'        | 'New York'
    }
}
