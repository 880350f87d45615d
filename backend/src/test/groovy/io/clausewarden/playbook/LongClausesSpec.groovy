package io.clausewarden.playbook

import io.clausewarden.playbook.CheckResult.Outcome
import spock.lang.Specification
import spock.lang.Timeout

import java.util.regex.Pattern

/**
 * A hostile document cannot make the built-in checks work quadratically: checks that read one sentence at a time
 * find the sentences of a clause once, and read each sentence once however many hits it holds. The guard only
 * stops a broken build from hanging: before, the first row took minutes.
 */
@Timeout(60)
class LongClausesSpec extends Specification {
    static final int LENGTH = 200_000

    def "a #kind check finishes on #what"() {
        expect:
        check.evaluate(text).outcome() == outcome

        where:
        kind               | what                                   | check                                                              | text                                  || outcome
        'notice period'    | '200,000 characters of "Notice"'      | new NoticePeriodCheck('termination', 'days', 30d, null, false)     | 'Notice ' * (LENGTH / 7)              || Outcome.NOT_APPLICABLE
        'notice period'    | 'a long sentence of notices, then one' | new NoticePeriodCheck('termination', 'days', 30d, null, false)     | 'notice ' * (LENGTH / 7) + '. Either party may terminate on ten (10) days\' notice.' || Outcome.DEVIATION
        'numeric threshold' | '200,000 characters of "the Term"'   | new NumericThresholdCheck(['term'], [], 'years', 3d, null, false) | 'the Term ' * (LENGTH / 9)            || Outcome.NEEDS_REVIEW
        'numeric threshold' | 'many short sentences'               | new NumericThresholdCheck(['cure'], [], 'days', 30d, null, false) | 'cure 5 days. ' * (LENGTH / 13)       || Outcome.DEVIATION
        'mutuality'        | 'thousands of indemnities'             | new MutualityCheck('indemnify', 'mutual', [], [], 'customer', false) | 'Customer shall indemnify ' * (LENGTH / 25) || Outcome.DEVIATION
    }

    def "sentences are found exactly as before in #what"() {
        given:
        def sentences = Sentence.index(text)

        expect:
        (0..text.length()).findAll { at -> sentences.around(at) != formerAround(text, at) } == []

        where:
        what                          | text
        'plain sentences'             | 'One. Two; three! Four? Five'
        'abbreviations'               | 'The U.S. law applies, e.g. New York. Then more.'
        'blank lines'                 | 'Heading\n\nBody text\n \n\t\nMore\n\n'
        'a full stop before the end'  | 'Ends here.'
        'a final line separator'      | 'Ends here.\u2028'
        'a full stop without a space' | 'Version 1.2 applies.Next'
        'runs of endings'             | '...;;!! ?? .\n\n\n.'
    }

    /** The former implementation, reading from the start of the text for every position. */
    static int[] formerAround(String text, int at) {
        def end = Pattern.compile('[.;!?](?=\\s|$)|\\n\\s*\\n')
        def abbreviation = { int dot -> text.charAt(dot) == '.' as char && dot >= 2 && text.charAt(dot - 2) == '.' as char }
        int start = 0
        def m = end.matcher(text)
        while (m.find() && m.end() <= at) {
            if (!abbreviation(m.start())) {
                start = m.end()
            }
        }
        int stop = text.length()
        m = end.matcher(text)
        int from = Math.max(at, start)
        while (m.find(from)) {
            if (!abbreviation(m.start())) {
                stop = m.start() + 1
                break
            }
            from = m.end()
        }
        [start, Math.min(stop, text.length())] as int[]
    }
}
