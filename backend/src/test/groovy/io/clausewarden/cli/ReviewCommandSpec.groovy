package io.clausewarden.cli

import groovy.json.JsonSlurper
import io.clausewarden.testing.PoiReader
import io.clausewarden.testing.StandInProvider
import org.apache.poi.xwpf.usermodel.XWPFDocument
import java.nio.charset.StandardCharsets
import spock.lang.Specification
import spock.lang.TempDir

class ReviewCommandSpec extends Specification {

    @TempDir
    File dir

    ByteArrayOutputStream out = new ByteArrayOutputStream()
    ByteArrayOutputStream err = new ByteArrayOutputStream()

    private int run(String... args) {
        new ReviewCommand().run(args, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
    }

    private String stdout() { out.toString(StandardCharsets.UTF_8) }

    private String stderr() { err.toString(StandardCharsets.UTF_8) }

    private File contract(String name = 'contract.txt') {
        def file = new File(dir, name)
        file.setText('''\
1. Limitation of Liability. Each party's total liability will not exceed the fees paid in the three (3) months before the claim.

2. Governing Law. This Agreement is governed by the laws of the State of Texas.
''', 'UTF-8')
        file
    }

    def "reviewing a text file prints JSON with clauses and findings and exits 0"() {
        when:
        def code = run('review', contract().path)
        def json = new JsonSlurper().parseText(stdout())

        then:
        code == 0
        stderr().isEmpty()
        json.playbook == [id: 'saas-customer', version: 6]
        json.clauses.size() == 2
        json.clauses[1].types*.type.contains('governing_law')
        json.findings.find { it.clauseType == 'governing_law' }.quote == 'This Agreement is governed by the laws of the State of Texas.'
        json.findings.find { it.clauseType == 'limitation_of_liability' }.suggestedText.contains('twelve (12) months')
    }

    def "the text format groups findings by risk"() {
        when:
        def code = run('review', contract().path, '--format', 'text')

        then:
        code == 0
        stdout().contains('HIGH RISK')
        stdout().contains('Quote: "This Agreement is governed by the laws of the State of Texas."')
    }

    def "a missing clause is proposed with where it goes, in JSON and in text"() {
        when:
        run('review', contract().path)
        def missing = new JsonSlurper().parseText(stdout()).findings.find { it.clauseType == 'data_protection' }
        out.reset()
        run('review', contract().path, '--format', 'text')

        then: 'nothing that usually precedes data protection is in the contract: it goes at the end of the main body'
        missing.position == 'missing'
        missing.placement.afterClauseIndex == 1
        missing.placement.reason == 'at the end of the main body, after clause 2 (Governing Law): no clause that usually comes before data protection and privacy is in the document'
        stdout().contains('    Proposed placement: ' + missing.placement.reason + '\n')
    }

    def "--out writes a missing clause as tracked paragraphs right after the clause its placement names"() {
        given:
        def texts = ['Limitation of Liability', 'Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.',
                     'Governing Law', 'This Agreement is governed by the laws of the State of New York.']
        def document = new XWPFDocument()
        texts.each { document.createParagraph().createRun().text = it }
        def input = new File(dir, 'contract.docx')
        input.withOutputStream { document.write(it) }
        def output = new File(dir, 'contract.redlined.docx')

        when:
        def code = run('review', input.path, '--out', output.path)
        def missing = new JsonSlurper().parseText(stdout()).findings.findAll { it.position == 'missing' && it.placement }
        PoiReader poi = PoiReader.read(output.toPath())

        then:
        code == 0
        !missing.isEmpty()
        missing.every { m -> poi.acceptedParagraphs.contains(m.suggestedText) }
        poi.rejectedParagraphs == texts
        poi.trackedChanges.every { it.type == 'insertion' && it.author == ReviewCommand.AUTHOR }
        stderr().startsWith('Redline: ') && !stderr().contains('skipped')
    }

    def "a custom playbook file can be used"() {
        given:
        def playbook = new File(dir, 'texas.yaml')
        playbook.text = '''\
id: texas-ok
name: Texas is fine
version: 4
ourRole: customer
positions:
  - clauseType: governing_law
    importance: low
    checks: [{kind: allowed_governing_law, allowed: [Texas]}]
'''

        when:
        def code = run('review', contract().path, '--playbook', playbook.path)
        def json = new JsonSlurper().parseText(stdout())

        then:
        code == 0
        json.playbook == [id: 'texas-ok', version: 4]
        json.findings*.position == ['preferred']
        json.findings*.risk == ['ok']
    }

    def "a missing file exits 1 with a clear message and no stack trace"() {
        when:
        def code = run('review', new File(dir, 'nope.txt').path)

        then:
        code == 1
        stderr().contains('File not found')
        !stderr().contains('Exception')
        stdout().isEmpty()
    }

    def "#problem is a usage error (exit 2)"() {
        when:
        def code = run(args as String[])

        then:
        code == 2
        stderr().contains('Usage: review FILE')

        where:
        problem            | args
        'no file'          | ['review']
        'an unknown format'| ['review', 'x.txt', '--format', 'pdf']
        'an unknown flag'  | ['review', 'x.txt', '--fast']
        'a missing value'  | ['review', 'x.txt', '--playbook']
    }

    def "a rejected document exits 1 with its reason"() {
        given:
        def fake = new File(dir, 'fake.docx')
        fake.bytes = 'not a zip at all'.bytes

        when:
        def code = run('review', fake.path)

        then:
        code == 1
        stderr().contains('Document rejected (not_docx)')
    }

    def "an unknown playbook exits 1"() {
        when:
        def code = run('review', contract().path, '--playbook', 'no-such-playbook')

        then:
        code == 1
        stderr().contains('Invalid playbook')
    }

    def "with a model provider set in the system properties, the clauses are also judged by the model"() {
        given:
        def provider = new StandInProvider()
        provider.answerWith { Map request, String clause ->
            [verdict: 'does_not_meet', confidence: 0.9, explanation: 'No carve-outs.', quote: null, suggested_text: null]
        }
        System.setProperty('clausewarden.llm.provider', 'openai')
        System.setProperty('clausewarden.llm.base-url', provider.baseUrl('openai'))
        System.setProperty('clausewarden.llm.model', 'stand-in-model')

        when:
        def code = run('review', contract().path)
        def json = new JsonSlurper().parseText(stdout())

        then:
        code == 0
        provider.callCount() == 1
        json.model.status == 'on'
        json.findings.find { it.source == 'model' }.clauseType == 'limitation_of_liability'
        json.findings.find { it.source == 'model' }.rationale.startsWith('Model: No carve-outs.')

        cleanup:
        ['provider', 'base-url', 'model'].each { System.clearProperty("clausewarden.llm.${it}") }
        provider?.close()
    }

    def "invalid model settings are a usage error that names the setting (#setting)"() {
        given:
        values.each { k, v -> System.setProperty("clausewarden.llm.${k}", v) }

        when:
        def code = run('review', contract().path)

        then:
        code == ReviewCommand.USAGE
        stderr().contains("Invalid model settings: ${message}")
        stdout().isEmpty()

        cleanup:
        values.keySet().each { System.clearProperty("clausewarden.llm.${it}") }

        where:
        setting    | values                                                                   | message
        'provider' | [provider: 'gemini']                                                     | "clausewarden.llm.provider (CLAUSEWARDEN_LLM_PROVIDER) must be openai, anthropic or none, not 'gemini'"
        'base-url' | [provider: 'openai', model: 'm', 'base-url': 'ftp://models.example/v1']  | 'clausewarden.llm.base-url (CLAUSEWARDEN_LLM_BASE_URL) must be an absolute http(s) URL'
        'model'    | [provider: 'openai', 'base-url': 'http://127.0.0.1:1/v1']                | 'clausewarden.llm.model (CLAUSEWARDEN_LLM_MODEL) is required'
    }

    def "without model settings nothing leaves the machine and the report says the model was off"() {
        when:
        run('review', contract().path)
        def json = new JsonSlurper().parseText(stdout())

        then:
        json.model.status == 'off'
        json.findings.every { it.source == 'rule' }
    }
}
