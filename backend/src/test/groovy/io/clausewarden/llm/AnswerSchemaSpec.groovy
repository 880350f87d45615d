package io.clausewarden.llm

import groovy.json.JsonOutput
import spock.lang.Specification

class AnswerSchemaSpec extends Specification {
    static Map valid() {
        [verdict: 'does_not_meet', confidence: 0.8, explanation: 'The cap has no carve-outs.',
         quote: 'liability is capped', suggested_text: 'liability is capped, except for breaches of Section 9']
    }

    def "a schema-valid answer is read"() {
        when:
        def answer = AnswerSchema.parse(JsonOutput.toJson(valid())).get()

        then:
        answer.verdict() == ModelAnswer.Verdict.DOES_NOT_MEET
        answer.confidence() == 0.8d
        answer.quote() == 'liability is capped'
        answer.suggestedText().startsWith('liability is capped, except')
    }

    def "an answer that #problem is no answer"() {
        expect:
        AnswerSchema.parse(json).isEmpty()

        where:
        problem                               | json
        'is not JSON'                         | 'Sure! The clause meets the position.'
        'is a JSON array'                     | '[]'
        'has an unknown verdict'              | JsonOutput.toJson(valid() + [verdict: 'approved'])
        'adds a field of its own'             | JsonOutput.toJson(valid() + [position: 'preferred'])
        'lacks a required field'              | JsonOutput.toJson(valid().findAll { it.key != 'explanation' })
        'has confidence above 1'              | JsonOutput.toJson(valid() + [confidence: 7])
        'has an overlong explanation'         | JsonOutput.toJson(valid() + [explanation: 'x' * 1201])
        'is larger than the answer size cap'  | JsonOutput.toJson(valid()) + (' ' * AnswerSchema.MAX_ANSWER_BYTES)
        'is null'                             | null
    }

    def "providers receive the schema without the keywords strict modes refuse"() {
        when:
        def wire = AnswerSchema.wire().toString()

        then:
        !wire.contains('maxLength') && !wire.contains('minimum') && !wire.contains('$schema')
        wire.contains('"additionalProperties":false')
        wire.contains('does_not_meet')
    }
}
