package io.clausewarden.llm

import groovy.json.JsonSlurper
import io.clausewarden.cli.ReviewCommand
import io.clausewarden.review.CorpusReviewSpec
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Path

/**
 * The Bonterms Cloud Terms reviewed from the command line with a stand-in provider configured; skipped when the
 * shared corpus is not beside the checkout.
 */
@Requires(value = { CorpusReviewSpec.corpus() != null },
        reason = 'shared corpus not found: no shared/corpus directory in any parent of the working directory')
class CorpusModelReviewSpec extends Specification {
    static final List<String> QUESTIONED = ['limitation_of_liability', 'indemnification', 'confidentiality', 'termination']

    @Shared
    @AutoCleanup
    StandInProvider provider = new StandInProvider()

    def setup() {
        provider.reset()
        provider.answerWith { Map request, String clause ->
            clause =~ /(?i)\bcap\b|exceed/
                    ? [verdict: 'does_not_meet', confidence: 0.7, explanation: 'The cap lacks a data-breach carve-out.',
                       quote: null, suggested_text: null]
                    : [verdict: 'meets', confidence: 0.8, explanation: 'The clause meets the position.', quote: null,
                       suggested_text: null]
        }
        System.setProperty('clausewarden.llm.provider', 'openai')
        System.setProperty('clausewarden.llm.base-url', provider.baseUrl('openai'))
        System.setProperty('clausewarden.llm.model', 'stand-in-model')
    }

    def cleanup() {
        ['provider', 'base-url', 'model'].each { System.clearProperty("clausewarden.llm.${it}") }
    }

    static Path bonterms() {
        CorpusReviewSpec.corpus().resolve('contracts/bonterms-cloud-terms-v1.0.md')
    }

    static String run(String format) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int code = new ReviewCommand().run(['review', bonterms().toString(), '--format', format] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        assert code == 0: err.toString(StandardCharsets.UTF_8)
        out.toString(StandardCharsets.UTF_8)
    }

    def "positions with a question get model-backed findings, and rules' findings stay beside them"() {
        when:
        Map report = new JsonSlurper().parseText(run('json')) as Map
        def modelTypes = report.findings.findAll { it.source == 'model' }*.clauseType.toSet()

        then:
        report.model.status == 'on'
        report.model.providerCalls == provider.callCount()
        modelTypes.containsAll(QUESTIONED)
        report.findings.any { it.source == 'model' && it.clauseType == 'limitation_of_liability' && it.position == 'deviation' }
        report.findings.any { it.source == 'rule' && it.clauseType == 'governing_law' }
        report.notAssessed == []
    }

    def "the text report shows which findings came from rules and which from the model"() {
        when:
        String text = run('text')

        then:
        text =~ /Findings: \d+ \(rules \d+, model [1-9]\d*\)/
        text.contains('{rule}')
        text.contains('{model}')
        text.contains('Model: openai stand-in-model in US')
    }
}
