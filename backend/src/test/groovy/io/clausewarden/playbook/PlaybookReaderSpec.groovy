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
        law.redLines() == ['Any non-US law']
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

    def "malformed YAML is refused with its line"() {
        when:
        PlaybookReader.fromYaml('id: [unclosed\nname: x')

        then:
        def e = thrown(InvalidPlaybookException)
        e.message.contains('not well-formed')
    }
}
