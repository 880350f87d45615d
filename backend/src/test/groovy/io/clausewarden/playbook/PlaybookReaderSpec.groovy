package io.clausewarden.playbook

import java.nio.file.Files
import spock.lang.Specification
import spock.lang.TempDir

class PlaybookReaderSpec extends Specification {

    @TempDir
    File dir

    static final String YAML = '''\
id: nda-recipient
name: NDA, recipient side
version: 3
contractType: nda
ourRole: recipient
positions:
  - clauseType: governing_law
    importance: medium
    required: true
    preferred: This Agreement is governed by the laws of Delaware.
    fallbacks:
      - text: New York law.
        requiresApproval: true
    redLines: ["Any non-US law"]
    checks:
      - kind: allowed_governing_law
        allowed: [Delaware, New York]
      - kind: forbidden_language
        phrases: [exclusive jurisdiction]
        replacement: non-exclusive jurisdiction
        redLine: true
    guidance: Keep it in the US.
    comment: We prefer Delaware law.
  - clauseType: limitation_of_liability
    importance: high
    checks:
      - kind: liability_cap
        minMonthsOfFees: 12
      - kind: required_language
        patterns: ['\\bcap\\b']
        match: all
'''

    def "a YAML playbook is read with its positions and polymorphic checks"() {
        when:
        def playbook = PlaybookReader.fromYaml(YAML)

        then:
        playbook.id() == 'nda-recipient'
        playbook.version() == 3
        playbook.ourRole() == 'recipient'
        playbook.positions()*.clauseType() == ['governing_law', 'limitation_of_liability']

        and:
        def law = playbook.position('governing_law').get()
        law.importance() == Importance.MEDIUM
        law.required()
        law.fallbacks() == [new Fallback('New York law.', true)]
        law.redLines() == [new RedLine('Any non-US law')]
        law.checks() == [new AllowedGoverningLawCheck(['Delaware', 'New York'], false),
                         new ForbiddenLanguageCheck(['exclusive jurisdiction'], [], 'non-exclusive jurisdiction', true)]

        and:
        def cap = playbook.position('limitation_of_liability').get()
        !cap.required()
        cap.checks() == [new LiabilityCapCheck(12, false), new RequiredLanguageCheck([], ['\\bcap\\b'], true, false)]
    }

    def "the same playbook reads from JSON"() {
        given:
        def json = '''{"id": "p1", "name": "P", "version": 1, "ourRole": "customer",
          "positions": [{"clauseType": "governing_law", "importance": "low",
                         "checks": [{"kind": "allowed_governing_law", "allowed": ["Delaware"]}]}]}'''

        expect:
        PlaybookReader.fromJson(json).positions()[0].checks() == [new AllowedGoverningLawCheck(['Delaware'], false)]
    }

    def "files are read as JSON or YAML by extension"() {
        given:
        def file = new File(dir, 'custom.yaml')
        file.text = YAML

        expect:
        PlaybookReader.fromFile(file.toPath()).id() == 'nda-recipient'
    }

    def "an invalid playbook is refused with a message naming #field"() {
        when:
        PlaybookReader.fromYaml(yaml)

        then:
        def e = thrown(InvalidPlaybookException)
        e.message.startsWith(field)

        where:
        field                          | yaml
        'id'                           | 'name: x\nversion: 1\nourRole: customer\npositions: []'
        'version'                      | 'id: x\nname: x\nversion: one\nourRole: customer\npositions: []'
        'positions'                    | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions: []'
        'positions[0].importance'      | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: urgent'
        'positions[0].clauseType'      | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: Governing Law\n    importance: high'
        'positions[0].checks[0].kind'  | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n    checks: [{kind: magic}]'
        'positions[0].checks[0].allowed' | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n    checks: [{kind: allowed_governing_law}]'
        'positions[0].checks[0].minMonthsOfFees' | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n    checks: [{kind: liability_cap, minMonthsOfFees: 0}]'
        'positions[0].checks[0]'       | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n    checks: [{kind: forbidden_language, patterns: ["(unclosed"]}]'
        'positions[0].prefered'        | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n    prefered: typo'
        'positions[1].clauseType'      | 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - {clauseType: a, importance: high}\n  - {clauseType: a, importance: low}'
    }

    def "the published schema words each refusal by its field: #message"() {
        when:
        PlaybookReader.fromYaml(HEAD + position)

        then:
        def e = thrown(InvalidPlaybookException)
        e.message.startsWith(message)

        where:
        position                                                                                    | message
        '    checks: [{kind: numeric_threshold, unit: days, min: thirty}]'                           | 'positions[0].checks[0].min: must be a number'
        '    checks: [{kind: numeric_threshold, unit: fortnights, min: 1}]'                          | 'positions[0].checks[0].unit: must be one of'
        '    checks: [{kind: numeric_threshold, min: 1}]'                                            | 'positions[0].checks[0].unit: is required'
        '    checks: [{kind: numeric_threshold, subject: [cure], unit: days}]'                       | 'positions[0].checks[0].min: min or max is required'
        '    checks: [{kind: numeric_threshold, unit: days, min: 3}]'                                | 'positions[0].checks[0].subject: subject or subjectPatterns'
        '    checks: [{kind: mutuality, obligation: dance}]'                                         | 'positions[0].checks[0].obligation: must be one of'
        '    checks: [{kind: auto_renewal, allowed: maybe}]'                                         | 'positions[0].checks[0].allowed: must be true or false'
        '    checks: [{kind: notice_period, about: termination, min: 30, colour: red}]'              | 'positions[0].checks[0].colour: unknown field'
        '    fallbacks: [{requiresApproval: true}]'                                                   | 'positions[0].fallbacks[0].text: is required'
        '    fallbacks: [{text: x, checks: [{kind: liability_cap, minMonthsOfFees: 0}]}]'             | 'positions[0].fallbacks[0].checks[0].minMonthsOfFees: must be 1 or more'
        '    redLines: [{checks: [{kind: auto_renewal, allowed: false}]}]'                            | 'positions[0].redLines[0].description: is required'
        '    redLines: [{description: x, checks: [{kind: allowed_venue, allowed: []}]}]'              | 'positions[0].redLines[0].checks[0].allowed: must list at least 1 entry'
    }

    static final String HEAD = 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n'

    def "JSON playbooks are validated against the same schema"() {
        when:
        PlaybookReader.fromJson('{"id": "p1", "name": "P", "version": 1, "ourRole": "customer", "positions": ' +
                '[{"clauseType": "termination", "importance": "high", "checks": [{"kind": "notice_period", "min": "30"}]}]}')

        then:
        def e = thrown(InvalidPlaybookException)
        e.message.startsWith('positions[0].checks[0].min: must be a number')
    }

    def "red lines, fallbacks and a question carry their own checks"() {
        when:
        def position = PlaybookReader.fromYaml(HEAD + """\
    question: Is the cap mutual?
    fallbacks:
      - text: Six months of fees.
        requiresApproval: true
        checks: [{kind: liability_cap, minMonthsOfFees: 6}]
    redLines:
      - Anything symbolic.
      - description: Less than three months of fees.
        checks: [{kind: liability_cap, minMonthsOfFees: 3}]
""").positions()[0]

        then:
        position.question() == 'Is the cap mutual?'
        position.fallbacks() == [new Fallback('Six months of fees.', true, [new LiabilityCapCheck(6, false)])]
        position.redLines() == [new RedLine('Anything symbolic.'),
                                new RedLine('Less than three months of fees.', [new LiabilityCapCheck(3, false)])]
        position.redLineChecks() == [new LiabilityCapCheck(3, false)]
    }

    def "malformed YAML is refused with its line"() {
        when:
        PlaybookReader.fromYaml('id: [unclosed\nname: x')

        then:
        def e = thrown(InvalidPlaybookException)
        e.message.contains('not well-formed')
    }
}
