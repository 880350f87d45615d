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
            'Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.',
            'Provider will defend and indemnify Customer against third-party intellectual property claims.',
            'Each party will protect the other party\'s Confidential Information and not disclose it.']

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
        finding.clauseIndex() == 3
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
                [null, null, 'Limitation of Liability'])

        when:
        def findings = engine.review(playbook, input).findings()

        then:
        findings.any {
            it.clauseType() == 'limitation_of_liability' && it.risk() == 'high' && it.clauseIndex() == 2 &&
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
        missing[0].clauseIndex() == null
        missing[0].quote() == null
        missing[0].quoteSha256() == null
        missing[0].risk() == 'high'
        missing[0].suggestedText() == playbook.position('limitation_of_liability').get().preferred()
    }

    def "a compliant contract has no findings"() {
        expect:
        engine.review(playbook, clauses(COMPLETE + ['This Agreement is governed by the laws of Delaware.'])).findings().isEmpty()
    }

    def "every clause is reported with its types"() {
        when:
        def report = engine.review('r-1', playbook, clauses(COMPLETE))

        then:
        report.id() == 'r-1'
        report.playbook() == new ReviewReport.PlaybookRef('saas-customer', 1)
        report.clauses()*.index() == [0, 1, 2]
        report.clauses()[0].types()*.type().contains('limitation_of_liability')
        report.clauses()[0].types()[0].cuad() == 'Cap On Liability'
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

    def "the report serialises to the agreed JSON shape"() {
        given:
        def report = engine.review('r-2', playbook, clauses(['This Agreement is governed by the laws of Texas.']))

        when:
        def json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report))

        then:
        json.fieldNames().toList() as Set == ['id', 'playbook', 'clauses', 'findings'] as Set
        json.get('playbook').fieldNames().toList() as Set == ['id', 'version'] as Set
        json.get('clauses')[0].fieldNames().toList() as Set == ['index', 'heading', 'text', 'types'] as Set
        json.get('clauses')[0].get('types')[0].fieldNames().toList() as Set == ['type', 'confidence', 'cuad'] as Set
        json.get('findings')[0].fieldNames().toList() as Set ==
                ['id', 'clauseIndex', 'clauseType', 'position', 'risk', 'quote', 'quoteSha256', 'rationale', 'suggestedText', 'source'] as Set
    }
}
