package io.clausewarden.cli

import groovy.json.JsonSlurper
import java.nio.charset.StandardCharsets
import spock.lang.Specification
import spock.lang.TempDir

/** A draft's placeholders and drafting notes: never reviewed as clauses, listed once each as what is to complete. */
class ReviewToCompleteSpec extends Specification {
    static final String DRAFT = '''\
1. Limitation of Liability. Each party's total liability will not exceed [●] in the twelve (12) months before the claim.

[Drafting note: the client wants a cap of twice the fees; confirm before sending.]

2. Governing Law. This Agreement is governed by the laws of the State of [Insert state].

Instructions: fill in the cover page before signing.

Governing Law: ________
'''

    @TempDir
    File dir

    private Map run(String format) {
        def file = new File(dir, 'draft.txt')
        file.setText(DRAFT, 'UTF-8')
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int code = new ReviewCommand().run(['review', file.path, '--format', format] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        [code: code, out: out.toString(StandardCharsets.UTF_8), err: err.toString(StandardCharsets.UTF_8)]
    }

    def "drafting notes are not clauses, not classified and not quoted, and every item to complete is listed"() {
        when:
        def result = run('json')
        def json = new JsonSlurper().parseText(result.out)

        then:
        result.code == 0
        json.clauses*.text.every { !it.contains('Drafting note') && !it.startsWith('Instructions') && !it.startsWith('Governing Law:') }
        json.clauses.size() == 2
        json.findings*.quote.findAll().every { !it.contains('Drafting note') }
        json.toComplete == [
                [clauseIndex: 0, kind: 'placeholder', text: "party's total liability will not exceed [●] in the twelve (12)"],
                [clauseIndex: null, kind: 'drafting_note', text: '[Drafting note: the client wants a cap of twice the fees; confirm before sending.]'],
                [clauseIndex: 1, kind: 'placeholder', text: '[Insert state]'],
                [clauseIndex: null, kind: 'instruction', text: 'Instructions: fill in the cover page before signing.'],
                [clauseIndex: null, kind: 'placeholder', text: 'Governing Law: ________']]
    }

    def "the text format ends with what is to be completed"() {
        when:
        def result = run('text')

        then:
        result.code == 0
        result.out.contains('TO BE COMPLETED (5)')
        result.out.contains('- placeholder (clause 1): [Insert state]')
        result.out.contains('- instruction: Instructions: fill in the cover page before signing.')
    }
}
