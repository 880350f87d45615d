package io.clausewarden.evaluation

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory
import io.clausewarden.review.Finding
import io.clausewarden.review.ReviewReport
import io.clausewarden.support.Sha256
import spock.lang.Specification

class AnswerKeyScoringSpec extends Specification {
    static final List<String> CLAUSES = [
            'Limitation of Liability. Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.',
            'Security Incidents. Provider will notify Customer no later than 72 hours after becoming aware of a Security Incident.',
            'Governing Law. This Agreement is governed by the laws of the State of New York.']

    static AnswerKey key(String yaml) {
        AnswerKeys.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml))
    }

    static Finding finding(int clause, String type, String position, String quote, String suggested = null) {
        assert CLAUSES[clause].contains(quote)
        new Finding("f-$clause-$type-$position", clause, type, position, 'low', quote, Sha256.hex(quote), 'why',
                suggested, 'rule', position == 'fallback' ? 0 : null, null)
    }

    static ReviewReport report(List<Finding> findings) {
        def clauses = CLAUSES.withIndex().collect { String text, int i -> new ReviewReport.ReviewedClause(i, null, text, []) }
        new ReviewReport('r', new ReviewReport.PlaybookRef('saas-customer', 1), clauses, findings)
    }

    static final String KEY = '''
document: contracts/sample.md
playbook: saas-customer
ourParty: Customer
counterparty: Provider
expectations:
  - clauseType: limitation_of_liability
    accept: [preferred, fallback]
    anchor: "total liability will not exceed the fees paid in the twelve (12) months"
  - clauseType: governing_law
    accept: [preferred]
    anchor: "governed by the laws of the State of New York"
  - clauseType: non_compete
    accept: [not_applicable]
protected:
  - text: "no later than 72 hours after becoming aware of a Security Incident"
'''

    def "the outcome scored for a clause type is the most severe of its findings"() {
        given:
        def findings = positions.collect { finding(0, 'limitation_of_liability', it, 'Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.') }

        when:
        def scored = KeyScorer.score(key(KEY), report(findings)).expectations()[0]

        then:
        scored.reported() == reported
        scored.outcomeAccepted() == accepted

        where:
        positions                              || reported         | accepted
        ['preferred']                          || 'preferred'      | true
        ['preferred', 'needs_review']          || 'needs_review'   | false
        ['fallback', 'deviation', 'red_line']  || 'red_line'       | false
        []                                     || 'not_applicable' | false
    }

    def "a clause type with no finding scores not_applicable, which the key may accept"() {
        when:
        def scored = KeyScorer.score(key(KEY), report([])).expectations()[2]

        then:
        scored.reported() == 'not_applicable'
        scored.outcomeAccepted()
        !scored.anchorExpected()
    }

    def "an anchor is hit by a finding of the type, with an accepted outcome, whose quote overlaps it"() {
        when:
        def scored = KeyScorer.score(key(KEY), report(findings)).expectations()[0]

        then:
        scored.anchorExpected()
        scored.anchorHit() == hit

        where:
        findings                                                                                     || hit
        [finding(0, 'limitation_of_liability', 'preferred', 'twelve (12) months before the claim')]  || true
        [finding(0, 'limitation_of_liability', 'deviation', 'twelve (12) months before the claim')]  || false
        [finding(0, 'limitation_of_liability', 'preferred', 'before the claim.')]                    || false
        [finding(0, 'governing_law', 'preferred', 'twelve (12) months before the claim')]            || false
        []                                                                                           || false
    }

    def "a quote is placed in its own clause: the same words elsewhere do not hit the anchor"() {
        given:
        def clauses = [new ReviewReport.ReviewedClause(0, null, 'Notices go to the office in the State of New York.', []),
                       new ReviewReport.ReviewedClause(1, null, 'This Agreement is governed by the laws of the State of New York.', [])]
        def quote = 'the State of New York'

        when:
        def scored = [0, 1].collect { int clause ->
            def f = new Finding('f', clause, 'governing_law', 'preferred', 'ok', quote, Sha256.hex(quote), 'why', null, 'rule', null, null)
            KeyScorer.score(key(KEY), new ReviewReport('r', new ReviewReport.PlaybookRef('p', 1), clauses, [f])).expectations()[1]
        }

        then:
        scored*.anchorHit() == [false, true]
    }

    def "keys written from the rendered page match quotes with Markdown emphasis and other line breaks"() {
        given:
        def emphasised = key(KEY.replace('governed by the laws of the State of New York', 'governed by the laws\\n of the State of New York'))
        def clauses = [new ReviewReport.ReviewedClause(0, null, 'This Agreement is **governed** by the\n laws of the State of _New York_.', [])]
        def quote = 'This Agreement is **governed** by the\n laws of the State of _New York_.'
        def f = new Finding('f', 0, 'governing_law', 'preferred', 'ok', quote, Sha256.hex(quote), 'why', null, 'rule', null, null)

        expect:
        KeyScorer.score(emphasised, new ReviewReport('r', new ReviewReport.PlaybookRef('p', 1), clauses, [f]))
                .expectations()[1].anchorHit()
    }

    def "an edit touches a protected passage when its text no longer holds the words it overlaps"() {
        given:
        def quote = 'Provider will notify Customer no later than 72 hours after becoming aware of a Security Incident.'

        when:
        def touches = KeyScorer.score(key(KEY), report([finding(1, 'data_protection', 'fallback', quote, suggested)])).touches()

        then:
        touches.size() == count

        where:
        suggested                                                                                                  || count
        null                                                                                                       || 0
        'Provider will notify Customer promptly, and no later than 72 hours after becoming aware of a Security Incident.' || 0
        'Provider will notify Customer no later than 48 hours after becoming aware of a Security Incident.'        || 1
        'Provider will notify Customer of Security Incidents.'                                                     || 1
    }

    def "a key that names no outcome, or an outcome that does not exist, is refused with its place"() {
        when:
        key(KEY.replace('accept: [not_applicable]', accept))

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('expectations[2].accept')

        where:
        accept << ['accept: []', 'accept: [fine]']
    }

    def "totals add up over keys and count expected anchors only"() {
        given:
        def hit = finding(0, 'limitation_of_liability', 'preferred', 'twelve (12) months before the claim')
        def set = new SetScore([KeyScorer.score(key(KEY), report([hit])), KeyScorer.score(key(KEY), report([]))])

        expect:
        set.expectations() == 6
        set.outcomesAccepted() == 3
        set.anchorsExpected() == 4
        set.anchorsHit() == 1
        set.touches() == 0
    }
}
