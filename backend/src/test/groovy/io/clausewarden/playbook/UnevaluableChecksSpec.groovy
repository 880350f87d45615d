package io.clausewarden.playbook

import io.clausewarden.document.Clause
import io.clausewarden.review.Findings
import io.clausewarden.review.PositionEvaluator
import spock.lang.Specification

/** Wherever a check sits in a position, a pattern that cannot be evaluated gives a needs-review finding, never a verdict. */
class UnevaluableChecksSpec extends Specification {
    static final String CLAUSE = 'This Agreement is governed by the laws of the State of New York.'

    def "a #kind check with a stored pattern today's rules refuse, used #where, needs review"() {
        given:
        def position = PlaybookReader.fromStoredYaml('''\
id: x
name: x
version: 1
ourRole: customer
positions:
  - clauseType: governing_law
    importance: high
''' + yaml).positions()[0]

        when:
        def findings = PositionEvaluator.evaluate(position, [new Clause(0, null, null, CLAUSE, null)], new Findings())

        then:
        findings*.position() == ['needs_review']
        findings[0].rationale().startsWith('The firm\'s pattern "(?<=laws )of" can no longer be used')

        where:
        kind                 | where              | yaml
        'forbidden language' | 'as a preference'  | "    checks: [{kind: forbidden_language, patterns: ['(?<=laws )of']}]\n"
        'forbidden language' | 'as a red line'    | "    checks: [{kind: forbidden_language, redLine: true, patterns: ['(?<=laws )of']}]\n"
        'forbidden language' | 'in a red line'    | "    redLines: [{description: No foreign law., checks: [{kind: forbidden_language, patterns: ['(?<=laws )of']}]}]\n"
        'required language'  | 'as a preference'  | "    checks: [{kind: required_language, patterns: ['(?<=laws )of']}]\n"
        'required language'  | 'as a red line'    | "    checks: [{kind: required_language, redLine: true, patterns: ['(?<=laws )of']}]\n"
        'numeric threshold'  | 'as a preference'  | "    checks: [{kind: numeric_threshold, unit: days, min: 30, subjectPatterns: ['(?<=laws )of']}]\n"
    }
}
