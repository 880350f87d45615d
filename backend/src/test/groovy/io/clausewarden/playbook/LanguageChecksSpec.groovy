package io.clausewarden.playbook

import static io.clausewarden.playbook.CheckResult.Outcome.COMPLIANT
import static io.clausewarden.playbook.CheckResult.Outcome.DEVIATION

import spock.lang.Specification

class LanguageChecksSpec extends Specification {

    def "forbidding 'shall be liable' on '#text' gives #outcome"() {
        given:
        def check = new ForbiddenLanguageCheck(['shall be liable'], [], null, false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                                        | outcome
        'Customer shall be liable for all use of its accounts.'                     | DEVIATION
        'Customer SHALL  BE\nLIABLE for all use of its accounts.'                   | DEVIATION
        'Provider shall not be liable for indirect damages.'                        | COMPLIANT
        'Neither party shall be liable for delays beyond its control.'              | COMPLIANT
        'In no event shall be liable any party for lost profits.'                   | COMPLIANT
        'Provider is not responsible for outages, but Customer shall be liable for misuse.' | DEVIATION
    }

    def "a forbidden regular expression with a negation inside the match does not trigger"() {
        given:
        def check = new ForbiddenLanguageCheck([], [/shall\s+(?:\w+\s+)?be liable/], null, false)

        expect:
        check.evaluate('Provider shall not be liable.').outcome() == COMPLIANT
        check.evaluate('Provider shall always be liable.').outcome() == DEVIATION
    }

    def "a forbidden phrase points at the matched text and may suggest a replacement"() {
        given:
        def check = new ForbiddenLanguageCheck(['sole discretion'], [], 'reasonable discretion', true)
        def text = 'Provider may change the service in its sole discretion.'

        when:
        def result = check.evaluate(text)

        then:
        text.substring(result.spanStart(), result.spanEnd()) == 'sole discretion'
        result.suggestedText() == 'reasonable discretion'
        check.redLine()
    }

    def "required language on '#text' gives #outcome"() {
        given:
        def check = new RequiredLanguageCheck(['indemnify'], [], false, false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                     | outcome
        'Supplier shall indemnify Customer against IP claims.'   | COMPLIANT
        'Supplier shall not indemnify Customer for any claims.'  | DEVIATION
        'Supplier shall defend Customer against IP claims.'      | DEVIATION
    }

    def "required language can demand all of its entries"() {
        given:
        def check = new RequiredLanguageCheck(['defend'], [/\bindemnif(?:y|ies)\b/], true, false)

        expect:
        check.evaluate('Supplier will defend and indemnify Customer.').outcome() == COMPLIANT
        check.evaluate('Supplier will defend Customer.').outcome() == DEVIATION
        !check.evaluate('Supplier will defend Customer.').reason().contains('\\b')
    }

    def "a missing-language finding says what is missing in words, never as a regular expression"() {
        expect:
        check.evaluate('The Supplier may terminate.').reason() == reason

        where:
        check                                                                                                  || reason
        new RequiredLanguageCheck(new LanguageMatcher([], [/\breasonable care\b/]), false, false, 'a reasonable standard of care', null) || 'The clause does not provide a reasonable standard of care.'
        new RequiredLanguageCheck(['reasonable care', 'due care'], [], false, false)                          || 'Required language is missing: "reasonable care" or "due care".'
        new RequiredLanguageCheck([], [/\breasonable care\b/], false, false)                                 || 'The clause lacks the wording the playbook requires for this position.'
    }

    def "required language applies to the clause type as a whole"() {
        expect:
        new RequiredLanguageCheck(['x'], [], false, false).wholeType()
        !new ForbiddenLanguageCheck(['x'], [], null, false).wholeType()
    }

    def "language checks need at least one phrase or pattern"() {
        when:
        new ForbiddenLanguageCheck([], [], null, false)

        then:
        thrown(IllegalArgumentException)
    }
}
