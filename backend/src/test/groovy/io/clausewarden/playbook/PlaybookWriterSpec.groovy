package io.clausewarden.playbook

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Specification

class PlaybookWriterSpec extends Specification {

    def "the bundled #id playbook survives export to #format and import unchanged"() {
        given:
        def playbook = BundledPlaybooks.load(id)

        expect:
        reimport(playbook) == playbook

        where:
        [id, format] << [BundledPlaybooks.ids(), ['yaml', 'json']].combinations()
        reimport = format == 'yaml' ? { Playbook p -> PlaybookReader.fromYaml(PlaybookWriter.toYaml(p)) }
                : { Playbook p -> PlaybookReader.fromJson(PlaybookWriter.toJson(p)) }
    }

    def "every field and every check kind round-trips"() {
        given:
        def yaml = '''\
id: all-kinds
name: All kinds
version: 7
contractType: saas
ourRole: customer
positions:
  - clauseType: termination
    importance: medium
    required: true
    preferred: Thirty days to cure.
    fallbacks:
      - text: Fifteen days.
        requiresApproval: true
        checks: [{kind: numeric_threshold, subject: [cure], unit: days, min: 15}]
    redLines:
      - Plain words only.
      - description: One-sided convenience termination.
        checks: [{kind: mutuality, obligation: terminate_for_convenience}]
    checks:
      - {kind: numeric_threshold, subject: [cure], subjectPatterns: ['\\bremed'], unit: days, min: 30, max: 90.5}
      - {kind: notice_period, about: termination, unit: business_days, min: 10}
      - {kind: auto_renewal, allowed: true, minNoticeDays: 30, maxNoticeDays: 60}
      - {kind: allowed_venue, allowed: [New York]}
      - {kind: allowed_governing_law, allowed: [Delaware]}
      - {kind: liability_cap, minMonthsOfFees: 12}
      - {kind: required_language, patterns: ['\\bcure\\b'], match: all}
      - {kind: forbidden_language, phrases: [sole discretion], replacement: reasonable discretion, redLine: true}
      - {kind: mutuality, obligation: indemnify, expect: in_our_favour, ourParty: [Acme], otherParty: [Globex]}
    question: Is the cure period mutual?
    guidance: Internal only.
    comment: For the other side.
'''
        def playbook = PlaybookReader.fromYaml(yaml)

        expect:
        PlaybookReader.fromYaml(PlaybookWriter.toYaml(playbook)) == playbook
        PlaybookReader.fromJson(PlaybookWriter.toJson(playbook)) == playbook
    }

    def "the JSON export keeps the published field names and leaves out what is unset"() {
        given:
        def json = new ObjectMapper().readTree(PlaybookWriter.toJson(BundledPlaybooks.load('saas-customer')))
        def cap = json.get('positions').find { it.get('clauseType').asText() == 'limitation_of_liability' }

        expect:
        json.fieldNames().toList() == ['id', 'name', 'version', 'contractType', 'ourRole', 'positions']
        cap.get('checks')[0].get('kind').asText() == 'liability_cap'
        cap.get('checks')[0].get('minMonthsOfFees').asInt() == 12
        !cap.get('checks')[0].has('redLine')
    }

    def "a playbook serialised by a JSON library is the published format"() {
        given:
        def playbook = BundledPlaybooks.load('mutual-nda')

        expect:
        PlaybookReader.fromJson(new ObjectMapper().writeValueAsString(playbook)) == playbook
    }
}
