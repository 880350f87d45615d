package io.clausewarden.playbook

import com.tngtech.archunit.core.importer.ClassFileImporter
import io.clausewarden.playbook.CheckResult.Outcome
import spock.lang.Specification
import spock.lang.Timeout

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

/**
 * Firm-written patterns run on a linear-time engine within a read budget: a hostile pattern on hostile text is
 * decided or sent to a person, never left running. The guard below only stops a broken build from hanging.
 */
@Timeout(120)
class BoundedPatternsSpec extends Specification {
    static final String FORTY_AS = 'This Agreement is governed by the laws of the State of New York. ' + 'a' * 40
    /** Every hit of "a" is negated, so a search that starts over after each one reads the text again and again. */
    static final String NEGATED_RUN = 'no a ' * 4000

    def "the hostile pattern #pattern finishes on #input: #outcome"() {
        given:
        def check = new ForbiddenLanguageCheck([], [pattern], null, false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        pattern            | input                       | text                    || outcome
        '(.*a){12}b'       | 'a clause ending in 40 a'   | FORTY_AS                || Outcome.COMPLIANT
        '(.*a){12}b'       | 'the same clause with a b'  | FORTY_AS + 'b'          || Outcome.DEVIATION
        '(a+)+$'           | '5,000 a and a full stop'   | 'a' * 5000 + '.'        || Outcome.COMPLIANT
        '(a+)+$'           | '5,000 a'                   | 'a' * 5000              || Outcome.DEVIATION
        '(a|aa)*c'         | '5,000 a'                   | 'a' * 5000              || Outcome.COMPLIANT
        '(\\w+\\s?)*$'     | '2,000 words and a bang'    | 'word ' * 2000 + '!'    || Outcome.COMPLIANT
        '(\\w+\\s?)*$'     | '2,000 words'               | 'word ' * 2000          || Outcome.DEVIATION
        '(x+x+)+y'         | '5,000 x'                   | 'x' * 5000              || Outcome.COMPLIANT
        '(?:a?){40}a{40}'  | '40 a'                      | 'a' * 40                || Outcome.DEVIATION
        '(.*?,){11}P'      | '3,000 commas'              | 'a,' * 3000             || Outcome.COMPLIANT
        '(\\s*\\d+\\s*)*x' | '5,000 spaced digits'       | '1 ' * 5000             || Outcome.COMPLIANT
        '.*?x|a'           | '4,000 negated hits'        | NEGATED_RUN             || Outcome.NEEDS_REVIEW
    }

    def "a #kind check whose search exceeds its read budget needs review, with a reason a lawyer can act on"() {
        when:
        CheckResult result = check.evaluate(NEGATED_RUN)

        then:
        result.outcome() == Outcome.NEEDS_REVIEW
        result.reason() == 'The firm\'s pattern ".*?x|a" could not be evaluated on this clause within its work limit. ' +
                'Check this point by hand.'

        where:
        kind                 | check
        'forbidden language' | new ForbiddenLanguageCheck([], ['.*?x|a'], null, false)
        'required language'  | new RequiredLanguageCheck([], ['.*?x|a'], false, false)
        'numeric threshold'  | new NumericThresholdCheck([], ['.*?x|a'], 'days', 30d, null, false)
    }

    def "another entry's hit still decides a check when one entry cannot be evaluated"() {
        given:
        def forbidden = new ForbiddenLanguageCheck(['unlimited liability'], ['.*?x|a'], null, false)

        expect:
        forbidden.evaluate(NEGATED_RUN + '. Each party has unlimited liability.').outcome() == Outcome.DEVIATION
    }

    def "a required pattern that is missing is a deviation even when another required one cannot be evaluated"() {
        given:
        def required = new RequiredLanguageCheck([], ['.*?x|a', 'reasonable care'], true, false)

        expect:
        required.evaluate(NEGATED_RUN).outcome() == Outcome.DEVIATION
    }

    def "an ordinary pattern is decided on a very long clause: the budget only stops searches that start over"() {
        given:
        String longClause = 'The Supplier shall perform the services with due skill and care, ' * 3000 +
                'and the liability of the Supplier shall not exceed the fees paid.'
        def cap = new RequiredLanguageCheck([], ['\\bliab(?:ility|le)\\b[^.;]{0,160}\\b(?:will|shall)\\s+not\\s+exceed\\b'], false, false)
        def phrase = new ForbiddenLanguageCheck(['due skill and care'], [], null, false)

        expect:
        cap.evaluate(longClause).outcome() == Outcome.COMPLIANT
        phrase.evaluate(longClause).outcome() == Outcome.DEVIATION
    }

    def "phrases match whole words, across any whitespace and case, as before: #text"() {
        given:
        def check = new ForbiddenLanguageCheck(['exclusive jurisdiction'], [], null, false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                   || outcome
        'The courts have EXCLUSIVE\n\t jurisdiction.'          || Outcome.DEVIATION
        'The courts have non-exclusive jurisdiction.'          || Outcome.COMPLIANT
        'The courts have inexclusive jurisdiction.'            || Outcome.COMPLIANT
        'The courts have exclusive jurisdictions.'             || Outcome.COMPLIANT
        'The courts have exclusive jurisdiction_x.'            || Outcome.COMPLIANT
        'non-exclusive jurisdiction, then exclusive jurisdiction.' || Outcome.DEVIATION
        'Neither court has exclusive jurisdiction.'            || Outcome.COMPLIANT
    }

    def "patterns fold case across Unicode as they did: #pattern on #text"() {
        expect:
        new ForbiddenLanguageCheck([], [pattern], null, false).evaluate(text).outcome() == Outcome.DEVIATION

        where:
        pattern                 | text
        'responsabilité'        | 'La RESPONSABILITÉ est limitée.'
        '\\bgarantía\\b'        | 'Sin GARANTÍA alguna'
        '\\bfees?\\b'           | 'The FEES are due.'
    }

    def "the playbook reader refuses #why at the field of the pattern"() {
        when:
        PlaybookReader.fromYaml(forbiddenPatterns(['\\bcap\\b', pattern]))

        then:
        def e = thrown(InvalidPlaybookException)
        e.field() == 'positions[0].checks[0].patterns[1]'
        e.problem().contains(reason)

        where:
        why                          | pattern                              || reason
        'a backreference'            | '(\\w+)\\s+\\1'                      || 'uses a backreference'
        'a named backreference'      | '(?<w>\\w+)\\s+\\k<w>'               || 'uses a backreference'
        'lookahead'                  | 'liab(?=ility)'                      || 'uses lookahead'
        'negative lookahead'         | 'liab(?!le)'                         || 'uses lookahead'
        'lookbehind'                 | '(?<=shall )pay'                     || 'uses lookbehind'
        'negative lookbehind'        | '(?<!not )liable'                    || 'uses lookbehind'
        'an atomic group'            | '(?>a+)b'                            || 'uses an atomic group'
        'a possessive quantifier'    | 'a++b'                               || 'uses a possessive quantifier'
        'a possessive count'         | 'a{2}+b'                             || 'uses a possessive quantifier'
        'a class intersection'       | '[a-z&&[^aeiou]]'                    || 'class intersection'
        'a nested class'             | '[a[bc]]'                            || 'nests a character class'
        'the comments flag'          | '(?x) liab ility'                    || 'inline flag (?x)'
        'the Unicode-classes flag'   | '(?U)\\w+'                           || 'inline flag (?U)'
        'a vertical-space class'     | 'fees\\vdue'                         || '\\v'
        'a repetition count too big' | '[^.]{0,501}'                        || 'repeats a part more than 500 times'
        'nested repetitions'         | '((a{100}){100}){100}'               || 'is too large'
        'a large compiled program'   | '[^.;]{0,400}[^.;]{0,400}[^.;]{0,400}' || 'is too large'
        'deep nesting'               | '(' * 11 + 'a' + ')' * 11            || 'nests groups more than 10 deep'
        'a long pattern'             | 'x' * 501                            || 'is 501 characters long; the limit is 500'
        'an unclosed group'          | '(unclosed'                          || 'is not a valid regular expression: missing closing )'
        'a Java-only class'          | '\\p{Alpha}+'                        || 'is not a valid regular expression'
    }

    def "supported syntax is accepted: #pattern"() {
        expect:
        PlaybookReader.fromYaml(forbiddenPatterns([pattern])).positions()[0].checks()[0].patterns() == [pattern]

        where:
        pattern << ['\\b(?:shall|will)\\s+not\\s+(?:\\w+\\s+){0,4}?compete\\b', '(?i:Cap)\\b', '(?s)a.b', '[[:alpha:]]+',
                    '\\p{L}+', '(?<name>fees)', '(?P<name>fees)', '\\Qa.b\\E', 'a{2,}', '[\\[\\]]', '[]a]', '^fees$',
                    '[^.;]{0,500}']
    }

    def "a check lists at most #limit #field"() {
        when:
        PlaybookReader.fromYaml(HEAD + "    checks: [{kind: forbidden_language, ${field}: [${(1..limit + 1).collect { "'word${it}'" }.join(', ')}]}]\n")

        then:
        def e = thrown(InvalidPlaybookException)
        e.field() == "positions[0].checks[0].${field}"
        e.problem() == "lists ${limit + 1} entries; the limit is ${limit}"

        where:
        field      | limit
        'patterns' | PatternLimits.MAX_PATTERNS
        'phrases'  | PatternLimits.MAX_PHRASES
    }

    def "a numeric threshold's subject patterns are checked under their own field"() {
        when:
        PlaybookReader.fromYaml(HEAD + "    checks: [{kind: numeric_threshold, unit: days, min: 30, subjectPatterns: ['(?<=cure )period']}]\n")

        then:
        def e = thrown(InvalidPlaybookException)
        e.field() == 'positions[0].checks[0].subjectPatterns[0]'
    }

    def "a stored pattern that today's rules refuse makes its check need review instead of failing the playbook"() {
        when:
        def playbook = PlaybookReader.fromStoredYaml(forbiddenPatterns(['\\bcap\\b', '(?<!not )liable']))
        CheckResult result = playbook.positions()[0].checks()[0].evaluate('The Supplier is liable for all losses.')

        then:
        result.outcome() == Outcome.NEEDS_REVIEW
        result.reason() == 'The firm\'s pattern "(?<!not )liable" can no longer be used: it uses lookbehind ((?<= or (?<!), ' +
                'which cannot be matched in linear time. Check this point by hand, and ask a playbook admin to correct the playbook.'

        and: 'the stored pattern that still works still decides'
        playbook.positions()[0].checks()[0].evaluate('The cap is 12 months of fees.').outcome() == Outcome.DEVIATION
    }

    def "the language matcher and its compiler do not use java.util.regex"() {
        given:
        def classes = new ClassFileImporter().importClasses(LanguageMatcher, LinearPatterns, PatternShape, BudgetedText)

        expect:
        noClasses().should().dependOnClassesThat().resideInAPackage('java.util.regex').check(classes)
    }

    static final String HEAD = 'id: x\nname: x\nversion: 1\nourRole: customer\npositions:\n  - clauseType: a\n    importance: high\n'

    static String forbiddenPatterns(List<String> patterns) {
        HEAD + "    checks: [{kind: forbidden_language, patterns: [${patterns.collect { "'" + it.replace("'", "''") + "'" }.join(', ')}]}]\n"
    }
}
