package io.clausewarden.review

import io.clausewarden.document.Clause
import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import spock.lang.Specification

class QuoteVerifierSpec extends Specification {

    static final List<Clause> CLAUSES = [new Clause(0, null, null, 'The laws of Texas govern this Agreement.', null),
                                         new Clause(1, null, null, 'Liability is unlimited.', null)]

    private static Finding finding(Integer index, String quote, String hash = quote == null ? null : sha256(quote),
                                   String position = 'deviation') {
        new Finding('f-1', index, 'governing_law', position, 'medium', quote, hash, 'why', null, 'rule')
    }

    private static String sha256(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }

    def "a verbatim quote with a matching hash is kept"() {
        expect:
        QuoteVerifier.verify([finding(0, 'The laws of Texas govern this Agreement.')], CLAUSES).size() == 1
    }

    def "a finding is dropped when #problem"() {
        expect:
        QuoteVerifier.verify([bad], CLAUSES).isEmpty()

        where:
        problem                                  | bad
        'the quote was invented'                 | finding(0, 'The laws of Ohio govern this Agreement.')
        'the quote is in another clause'         | finding(0, 'Liability is unlimited.')
        'the quote differs only in whitespace'   | finding(0, 'The laws of  Texas govern this Agreement.')
        'the hash does not match the quote'      | finding(0, 'The laws of Texas', sha256('something else'))
        'the clause index does not exist'        | finding(7, 'Liability is unlimited.')
        'a deviation has no quote'               | finding(1, null)
        'a missing finding carries a quote'      | finding(null, 'Liability is unlimited.', sha256('Liability is unlimited.'), 'missing')
    }

    def "a missing finding without quote is kept"() {
        expect:
        QuoteVerifier.verify([finding(null, null, null, 'missing')], CLAUSES).size() == 1
    }

    def "an empty quote cannot even be constructed"() {
        when:
        finding(0, '', sha256(''))

        then:
        thrown(IllegalArgumentException)
    }
}
