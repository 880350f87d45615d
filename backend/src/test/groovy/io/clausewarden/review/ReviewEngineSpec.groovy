package io.clausewarden.review

import com.fasterxml.jackson.databind.ObjectMapper
import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.document.Clause
import io.clausewarden.playbook.BundledPlaybooks
import io.clausewarden.playbook.Playbook
import io.clausewarden.playbook.PlaybookReader
import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import spock.lang.Shared
import spock.lang.Specification

class ReviewEngineSpec extends Specification {

    @Shared
    ReviewEngine engine = new ReviewEngine(ClauseClassifier.rules())
    @Shared
    Playbook playbook = BundledPlaybooks.load('saas-customer')

    static final List<String> COMPLETE = [
            'Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim, except for indemnification obligations and breaches of data protection obligations.',
            'Provider will defend and indemnify Customer against third-party intellectual property claims.',
            'Each party will protect the other party\'s Confidential Information with a reasonable standard of care and not disclose it.',
            'Provider will process Personal Data under the data processing agreement and notify Customer of a personal data breach within 24 hours.',
            'Either party may terminate this Agreement if the other party fails to cure a material breach within thirty (30) days after notice.']

    private static List<Clause> clauses(List<String> texts, List<String> headings = []) {
        texts.withIndex().collect { String text, int i -> new Clause(i, headings[i], null, text, null) }
    }

    private static String sha256(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }

    def "a governing law outside the allowed list gives a finding with a verbatim, hashed quote"() {
        given:
        def law = 'Fees are due monthly. This Agreement is governed by the laws of the State of Texas, without regard to conflicts rules. Notices go by email.'
        def input = clauses(COMPLETE + [law])

        when:
        def report = engine.review(playbook, input)
        def finding = report.findings().find { it.clauseType() == 'governing_law' }

        then:
        finding != null
        finding.clauseIndex() == 5
        finding.position() == 'deviation'
        finding.risk() == 'medium'
        finding.quote() == 'This Agreement is governed by the laws of the State of Texas, without regard to conflicts rules.'
        law.contains(finding.quote())
        finding.quoteSha256() == sha256(finding.quote())
        finding.suggestedText() == 'This Agreement is governed by the laws of the State of New York, without regard to conflicts rules.'
        finding.rationale().contains('Texas')
        finding.source() == 'rule'
        finding.id() ==~ /f-[0-9a-f]{16}/
    }

    def "an uncapped liability clause gives a high-risk finding"() {
        given:
        def input = clauses(COMPLETE.drop(1) + ['Provider\'s liability under this Agreement shall be unlimited.'],
                [null, null, null, null, 'Limitation of Liability'])

        when:
        def findings = engine.review(playbook, input).findings()

        then:
        findings.any {
            it.clauseType() == 'limitation_of_liability' && it.risk() == 'high' && it.clauseIndex() == 4 &&
                    it.quote() == 'Provider\'s liability under this Agreement shall be unlimited.'
        }
    }

    def "a missing required clause gives a missing finding without a quote"() {
        given:
        def input = clauses(COMPLETE.drop(1))

        when:
        def missing = engine.review(playbook, input).findings().findAll { it.position() == 'missing' }

        then:
        missing*.clauseType() == ['limitation_of_liability']
        missing[0].comment() == playbook.position('limitation_of_liability').get().comment()
        missing[0].clauseIndex() == null
        missing[0].quote() == null
        missing[0].quoteSha256() == null
        missing[0].risk() == 'high'
        missing[0].suggestedText() == playbook.position('limitation_of_liability').get().preferred()
    }

    def "a missing clause is proposed after the section whose type usually comes before it, and the report's JSON says so"() {
        given: 'no limitation of liability; indemnification in section 4, governing law in section 5'
        def input = clauses([COMPLETE[4], COMPLETE[2], COMPLETE[3], COMPLETE[1],
                             'Provider will indemnify Customer for losses caused by its breach of the data protection obligations.',
                             'This Agreement is governed by the laws of Delaware.'],
                ['1 Termination', '2 Confidentiality', '3 Data Protection', '4 Indemnification',
                 '4 Indemnification > 4.2 Data Losses', '5 Governing Law'])

        when:
        def report = engine.review(playbook, input)
        def missing = report.findings().find { it.position() == 'missing' }
        def json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report))
                .get('findings').find { it.get('position').asText() == 'missing' }

        then:
        missing.clauseType() == 'limitation_of_liability'
        missing.placement() == new Placement(4, 'Indemnification', 'Limitation of Liability',
                'after clause 4 (Indemnification): liability and indemnity clauses sit together', input[4].text(),
                sha256(input[4].text()))
        json.get('placement').get('afterClauseIndex').asInt() == 4
        json.get('placement').get('heading').asText() == 'Limitation of Liability'
        json.get('placement').get('reason').asText() == missing.placement().reason()
    }

    def "findings about clauses that are there carry no placement"() {
        expect:
        engine.review(playbook, clauses(COMPLETE)).findings().every { it.placement() == null }
    }

    def "a compliant contract only has confirmations, one per position and requirement, with risk ok"() {
        when:
        def findings = engine.review(playbook, clauses(COMPLETE + ['This Agreement is governed by the laws of Delaware.'])).findings()

        then:
        findings.every { it.position() == 'preferred' && it.risk() == 'ok' && it.suggestedText() == null }
        findings*.clauseType() as Set == ['limitation_of_liability', 'indemnification', 'confidentiality', 'data_protection',
                                          'termination', 'governing_law'] as Set
        findings.collect { [it.positionId(), it.clauseType()] }.unique().size() == findings.size()
        findings.findAll { it.clauseType() == 'limitation_of_liability' }*.positionId() as Set ==
                ['limitation_of_liability', 'data_breach_liability', 'indemnification'] as Set
    }

    def "every clause is reported with its types"() {
        when:
        def report = engine.review('r-1', playbook, clauses(COMPLETE))

        then:
        report.id() == 'r-1'
        report.playbook() == new ReviewReport.PlaybookRef('saas-customer', 6)
        report.clauses()*.index() == [0, 1, 2, 3, 4]
        report.clauses()[0].types()*.type().contains('limitation_of_liability')
        report.clauses()[0].types()[0].cuad() == 'Cap On Liability'
    }

    def "a listener sees classification progress up to every clause, then exactly the report's findings"() {
        given:
        def input = clauses(COMPLETE.drop(1) + ['This Agreement is governed by the laws of the State of Texas.'])
        List<Integer> progress = Collections.synchronizedList([])
        List<Finding> streamed = []
        def listener = new ReviewListener() {
            void clausesClassified(int done, int total) { progress << done }

            void finding(Finding finding) { streamed << finding }
        }

        when:
        def report = engine.review('r-1', playbook, input, listener)

        then:
        progress.sort() == (1..input.size()).toList()
        streamed as Set == report.findings() as Set
        streamed.size() == report.findings().size()
    }

    def "finding ids are stable across runs"() {
        given:
        def input = clauses(['This Agreement is governed by the laws of Texas.'])

        expect:
        engine.review(playbook, input).findings()*.id() == engine.review(playbook, input).findings()*.id()
    }

    def "a red-line check yields a red_line finding with high risk"() {
        given:
        def custom = PlaybookReader.fromYaml('''\
id: strict
name: Strict
version: 2
ourRole: customer
positions:
  - clauseType: publicity
    importance: low
    checks:
      - {kind: forbidden_language, phrases: [press release], redLine: true}
''')

        when:
        def findings = engine.review(custom, clauses(['Provider may issue a press release naming Customer. Nothing else.'])).findings()

        then:
        findings.size() == 1
        findings[0].position() == 'red_line'
        findings[0].risk() == 'high'
        findings[0].quote() == 'Provider may issue a press release naming Customer.'
    }

    static final String CUSTOM = '''\
id: positions
name: Positions reached
version: 1
ourRole: customer
positions:
  - clauseType: termination
    importance: high
    preferred: Thirty days to cure.
    fallbacks:
      - text: Only fifteen days, with approval.
        requiresApproval: true
        checks: [{kind: numeric_threshold, subject: [cure], unit: days, min: 15}]
      - text: Ten days.
        requiresApproval: false
        checks: [{kind: numeric_threshold, subject: [cure], unit: days, min: 10}]
    redLines:
      - description: A provider right to terminate for convenience.
        checks: [{kind: mutuality, obligation: terminate_for_convenience}]
    checks:
      - {kind: numeric_threshold, subject: [cure], unit: days, min: 30}
    comment: Thirty days to cure, please.
'''

    def "a clause reaches #reached with risk #risk when the cure period is #days"() {
        given:
        def text = "Either party may terminate if the other fails to cure a breach within ${days} days after notice.".toString()

        when:
        def findings = engine.review(PlaybookReader.fromYaml(CUSTOM), clauses([text])).findings()

        then:
        findings.size() == 1
        findings[0].position() == reached
        findings[0].risk() == risk
        findings[0].fallbackIndex() == fallbackIndex

        where:
        days | reached     | risk     | fallbackIndex
        45   | 'preferred' | 'ok'     | null
        30   | 'preferred' | 'ok'     | null
        20   | 'fallback'  | 'medium' | 0
        12   | 'fallback'  | 'low'    | 1
        5    | 'deviation' | 'high'   | null
    }

    def "the suggestion changes only the number, towards the preferred position, and carries the comment"() {
        given:
        def text = 'Either party may terminate if the other fails to cure a breach within fifteen (15) days after notice. Notices are by email.'

        when:
        def finding = engine.review(PlaybookReader.fromYaml(CUSTOM), clauses([text])).findings()[0]

        then:
        finding.position() == 'fallback'
        finding.quote() == 'Either party may terminate if the other fails to cure a breach within fifteen (15) days after notice.'
        finding.suggestedText() == 'Either party may terminate if the other fails to cure a breach within thirty (30) days after notice.'
        finding.comment() == 'We propose replacing \u201cfifteen (15)\u201d with \u201cthirty (30)\u201d. Thirty days to cure, please.'
    }

    def "a red line is checked even when the preferred position is met"() {
        given:
        def text = 'Provider may terminate this Agreement for convenience, and either party may terminate if the other fails to cure a breach within 30 days.'

        when:
        def findings = engine.review(PlaybookReader.fromYaml(CUSTOM), clauses([text])).findings()

        then:
        findings*.position() == ['red_line']
        findings[0].risk() == 'high'
        findings[0].rationale().startsWith('Red line: A provider right to terminate for convenience.')
    }

    def "only the best clause confirms a position"() {
        given:
        def input = clauses(['Either party may terminate if the other fails to cure within 60 days.',
                             'Termination is effective on notice.',
                             'Either party may terminate if the other fails to cure within 40 days.'],
                ['Termination', 'Termination', 'Termination'])

        when:
        def findings = engine.review(PlaybookReader.fromYaml(CUSTOM), input).findings()

        then:
        findings.size() == 1
        findings[0].position() == 'preferred'
        findings[0].clauseIndex() == 0
    }

    def "the report serialises to the agreed JSON shape"() {
        given:
        def report = engine.review('r-2', playbook, clauses(['This Agreement is governed by the laws of Texas.']))

        when:
        def json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report))

        then:
        json.fieldNames().toList() as Set == ['id', 'playbook', 'clauses', 'findings', 'model', 'notAssessed', 'contract',
                                              'fit', 'parties', 'toComplete', 'notApplied'] as Set
        json.get('parties').fieldNames().toList() as Set == ['parties', 'structure', 'source'] as Set
        json.get('contract').fieldNames().toList() as Set == ['type', 'confidence', 'evidence'] as Set
        json.get('fit').fieldNames().toList() as Set == ['fits', 'playbookTypes', 'suggestion', 'message'] as Set
        json.get('model').fieldNames().toList() as Set == ['provider', 'model', 'region', 'status', 'notice', 'questions',
                                                           'providerCalls', 'cached'] as Set
        json.get('model').get('status').asText() == 'off'
        json.get('playbook').fieldNames().toList() as Set == ['id', 'version'] as Set
        json.get('clauses')[0].fieldNames().toList() as Set == ['index', 'heading', 'text', 'types'] as Set
        json.get('clauses')[0].get('types')[0].fieldNames().toList() as Set == ['type', 'confidence', 'cuad'] as Set
        json.get('findings')[0].fieldNames().toList() ==
                ['id', 'clauseIndex', 'clauseType', 'position', 'risk', 'quote', 'quoteSha256', 'rationale', 'suggestedText', 'source',
                 'fallbackIndex', 'comment', 'positionId', 'placement']
    }
}
