package io.clausewarden.review

import groovy.json.JsonSlurper
import io.clausewarden.cli.ReviewCommand
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir

/** Runs the CLI over real contracts of the shared corpus; skipped when the corpus is not beside the checkout. */
@Requires(value = { CorpusReviewSpec.corpus() != null },
        reason = 'shared corpus not found: no shared/corpus directory in any parent of the working directory')
class CorpusReviewSpec extends Specification {

    static Path corpus() {
        for (Path dir = Path.of(System.getProperty('user.dir')).toAbsolutePath(); dir != null; dir = dir.parent) {
            Path candidate = dir.resolve('shared').resolve('corpus')
            if (Files.isDirectory(candidate.resolve('contracts'))) {
                return candidate
            }
        }
        null
    }

    private static Map review(Path file, String playbook = 'saas-customer') {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int code = new ReviewCommand().run(['review', file.toString(), '--playbook', playbook] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        assert code == 0: err.toString(StandardCharsets.UTF_8)
        new JsonSlurper().parseText(out.toString(StandardCharsets.UTF_8)) as Map
    }

    private static String sha256(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }

    def "#file is segmented, classified and reviewed with verbatim quotes"() {
        when:
        def report = review(corpus().resolve('contracts').resolve(file))
        def typesOf = { String type -> report.clauses.findAll { c -> c.types*.type.contains(type) } }

        then: 'many clauses, most with a type'
        report.clauses.size() > 50
        report.clauses.count { !it.types.isEmpty() } > report.clauses.size() / 2

        and: 'the liability and governing-law sections are recognised'
        typesOf('limitation_of_liability').any { it.heading?.contains(liabilityHeading) }
        typesOf('governing_law').any { it.heading?.contains('Governing Law') }
        typesOf('indemnification') && typesOf('confidentiality')

        and: 'every finding quotes its clause verbatim'
        report.findings.every { f ->
            f.position == 'missing' ? f.quote == null :
                    report.clauses[f.clauseIndex].text.contains(f.quote) && f.quoteSha256 == sha256(f.quote)
        }

        and: 'these forms leave jurisdiction and cap amounts to a cover page, so nothing is reported as missing'
        report.findings.findAll { it.position == 'missing' }.isEmpty()

        where:
        file                                            | liabilityHeading
        'commonpaper-csa-standard-terms-v2.1.md'        | 'Limitation of Liability'
        'bonterms-cloud-terms-v1.0.md'                  | 'Limitations of Liability'
        'commonpaper-cloud-service-agreement-v2.1.docx' | 'Limitation of Liability'
    }

    def "#file sets its cap and governing law on a cover page, and both come back as findings to confirm"() {
        when:
        def report = review(corpus().resolve('contracts').resolve(file))
        def needsReview = report.findings.findAll { it.position == 'needs_review' }

        then:
        needsReview*.clauseType.containsAll(['limitation_of_liability', 'governing_law'])
        needsReview.every { it.risk == 'low' && it.quote && it.quoteSha256 == sha256(it.quote as String) }
        needsReview.find { it.clauseType == 'governing_law' }.quote.contains('Governing Law')

        where:
        file << ['commonpaper-csa-standard-terms-v2.1.md', 'commonpaper-cloud-service-agreement-v2.1.docx',
                 'bonterms-cloud-terms-v1.0.md']
    }

    def "the Common Paper markdown keeps the numbered heading path"() {
        when:
        def report = review(corpus().resolve('contracts/commonpaper-csa-standard-terms-v2.1.md'))

        then:
        report.clauses.any { it.heading == '8 Limitation of Liability > 8.1 Liability Caps' && it.text.contains('General Cap Amount') }
    }

    def "a real contract governed by a law outside the playbook gets a governing-law finding"() {
        given:
        def sample = Files.list(corpus().resolve('cuad-samples')).withCloseable { files ->
            files.filter { it.fileName.toString().startsWith('MERITLIFE') && it.toString().endsWith('.txt') }.findFirst()
        }

        when:
        def report = review(sample.orElseThrow())
        def finding = report.findings.find { it.clauseType == 'governing_law' }

        then:
        finding != null
        finding.quote.contains('Arizona')
        report.clauses[finding.clauseIndex].text.contains(finding.quote)
        finding.quoteSha256 == sha256(finding.quote)
    }

    private static boolean verbatim(Map report, Map finding) {
        finding.position == 'missing' ? finding.quote == null :
                report.clauses[finding.clauseIndex].text.contains(finding.quote) && finding.quoteSha256 == sha256(finding.quote)
    }

    def "#file reviewed for a customer covers liability, indemnity, governing law, termination and confidentiality"() {
        when:
        def report = review(corpus().resolve('contracts').resolve(file))
        def findings = report.findings
        def of = { String type -> findings.findAll { it.clauseType == type } }

        then: 'each key topic has a finding, quoted verbatim'
        findings*.clauseType.containsAll(['limitation_of_liability', 'indemnification', 'governing_law', 'termination', 'confidentiality'])
        findings.every { verbatim(report, it) }

        and: 'our own indemnity is flagged as the acceptable mutual fallback, not the provider\'s'
        def indemnity = of('indemnification').find { it.position == 'fallback' }
        indemnity.fallbackIndex == 0
        indemnity.quote.startsWith('Customer')
        indemnity.quote =~ /(?i)indemnif|defend/

        and: 'a thirty-day cure period confirms the termination position'
        of('termination').any { it.position == 'preferred' && it.risk == 'ok' && it.quote.contains('cure') && it.quote =~ /30 days/ }

        and: 'confidentiality is mutual and at least reasonable care'
        of('confidentiality').any { it.position == 'preferred' && it.quote =~ /reasonable/ }

        and: 'automatic renewal is judged by its non-renewal window'
        of('term_and_renewal').any { it.position == renewal && it.quote =~ /(?i)renew/ }

        and: 'nothing is a red line and nothing is missing in these balanced forms'
        findings.every { it.position != 'red_line' && it.position != 'missing' }

        where:
        file                                            | renewal
        'commonpaper-csa-standard-terms-v2.1.md'        | 'needs_review'
        'commonpaper-cloud-service-agreement-v2.1.docx' | 'needs_review'
        'bonterms-cloud-terms-v1.0.md'                  | 'preferred'
    }

    def "#file lets the provider suspend with or without notice, and the suggestion adds notice"() {
        when:
        def suspension = review(corpus().resolve('contracts').resolve(file)).findings.find { it.clauseType == 'suspension' }

        then:
        suspension.position == 'deviation'
        suspension.quote.contains('Provider may temporarily suspend')
        suspension.suggestedText == suspension.quote.replace('with or without notice', 'after reasonable prior notice')

        where:
        file << ['commonpaper-csa-standard-terms-v2.1.md', 'commonpaper-cloud-service-agreement-v2.1.docx']
    }

    def "the Common Paper terms let the provider train models on our content and name us in marketing"() {
        when:
        def findings = review(corpus().resolve('contracts/commonpaper-csa-standard-terms-v2.1.md')).findings

        then:
        findings.any { it.clauseType == 'data_protection' && it.position == 'deviation' && it.risk == 'high' && it.quote =~ /train/ }
        findings.any { it.clauseType == 'publicity' && it.position == 'deviation' && it.quote.startsWith('Provider may identify Customer') }
    }

    def "a contract without a liability clause is reported as missing one"(@TempDir Path dir) {
        given:
        def file = dir.resolve('short.txt')
        Files.writeString(file, '''\
1. Services. Provider will provide the services described in the order.

2. Governing Law. This Agreement is governed by the laws of the State of New York.
''')

        when:
        def report = review(file)
        def missing = report.findings.findAll { it.position == 'missing' }

        then:
        missing*.clauseType.containsAll(['limitation_of_liability', 'indemnification', 'confidentiality'])
        missing.every { it.quote == null && it.clauseIndex == null && it.suggestedText }
        missing.find { it.clauseType == 'limitation_of_liability' }.risk == 'high'
        report.findings.find { it.clauseType == 'governing_law' }.position == 'preferred'
    }

    def "the Common Paper mutual NDA meets the mutual NDA playbook, with cover-page terms to confirm"() {
        when:
        def report = review(corpus().resolve('contracts/commonpaper-mutual-nda-standard-terms-v1.0.md'), 'mutual-nda')
        def byType = report.findings.groupBy { it.clauseType }

        then:
        report.findings.every { verbatim(report, it) }
        report.findings.every { it.position in ['preferred', 'needs_review'] }
        byType.confidentiality*.position == ['preferred']
        byType.termination*.position == ['preferred']
        byType.governing_law*.position == ['needs_review']
        byType.dispute_resolution*.position == ['needs_review']
        byType.survival[0].quote.contains('Term of Confidentiality')
        byType.assignment*.position == ['preferred']
    }
}
