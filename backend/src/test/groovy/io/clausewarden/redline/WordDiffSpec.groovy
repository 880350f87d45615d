package io.clausewarden.redline

import spock.lang.Specification

class WordDiffSpec extends Specification {

    private static List<String> render(List<TextChange> changes) {
        changes.collect { "[${it.deleted()}→${it.inserted()}]".toString() }
    }

    private static String apply(String original, List<TextChange> changes) {
        def out = new StringBuilder(original)
        changes.reverseEach { out.replace(it.offset(), it.end(), it.inserted()) }
        out.toString()
    }

    def "only the changed tokens are deleted and inserted: #why"() {
        expect:
        render(WordDiff.changes(original, suggested)) == expected

        where:
        why                         | original                                              | suggested                                               || expected
        'spelled and digit numbers' | 'within three (3) days of notice'                     | 'within twelve (12) days of notice'                     || ['[three→twelve]', '[3→12]']
        'grouped number'            | 'a cap of $1,000,000 in total'                        | 'a cap of $2,500,000 in total'                          || ['[1,000,000→2,500,000]']
        'percentage'                | 'interest at 12.5% per year'                          | 'interest at 10% per year'                              || ['[12.5%→10%]']
        'defined term'              | 'the "Supplier" shall indemnify'                      | 'the "Service Provider" shall indemnify'                || ['["Supplier"→"Service Provider"]']
        'hyphenated word'           | 'a non-exclusive licence'                             | 'an exclusive licence'                                  || ['[a non-exclusive→an exclusive]']
        'punctuation only'          | 'Fees are due; late fees apply.'                      | 'Fees are due, late fees apply.'                        || ['[;→,]']
        'whitespace only'           | 'the  Customer'                                       | 'the Customer'                                          || ['[  → ]']
        'accented words'            | 'la société désignée'                                 | 'la société nommée'                                     || ['[désignée→nommée]']
        'curly quotes'              | 'the “Term” means'                                    | 'the “Initial Term” means'                              || ['[“Term”→“Initial Term”]']
        'CJK characters'            | '本协议受中国法律管辖'                                   | '本协议受英国法律管辖'                                     || ['[中→英]']
        'emoji'                     | 'ok 👍🏽 thanks'                                        | 'ok 👎 thanks'                                          || ['[👍🏽→👎]']
        'pure deletion'             | 'shall promptly notify'                               | 'shall notify'                                          || ['[promptly →]']
        'pure insertion'            | 'shall notify'                                        | 'shall promptly notify'                                 || ['[→promptly ]']
        'everything deleted'        | 'Delete me.'                                          | ''                                                      || ['[Delete me.→]']
        'insertion into nothing'    | ''                                                    | 'New text.'                                             || ['[→New text.]']
        'no change'                 | 'Same text.'                                          | 'Same text.'                                            || []
    }

    def "a clause rewritten almost entirely becomes one replacement"() {
        when:
        def changes = WordDiff.changes('The Supplier may terminate this Agreement at any time for convenience.',
                'Either party may end the contract on ninety days written notice to the other.')

        then:
        changes.size() == 1
        changes[0].offset() == 0
    }

    def "applying the changes to the original gives the suggestion: #original"() {
        expect:
        apply(original, WordDiff.changes(original, suggested)) == suggested

        where:
        original                                    | suggested
        'within three (3) days'                     | 'within twelve (12) business days'
        'A, B and C.'                               | 'A; B; and C'
        '\tTabbed\nlines'                           | 'Tabbed lines\n'
        'Zahlung binnen 30 Tagen.'                  | 'Zahlung binnen 60 Tagen nach Rechnung.'
        '甲方应在十日内付款'                           | '乙方应在三十日内付款'
        'x'                                         | 'completely different longer sentence with many words'
    }
}
