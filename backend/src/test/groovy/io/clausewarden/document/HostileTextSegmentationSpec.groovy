package io.clausewarden.document

import spock.lang.Specification
import spock.lang.Timeout

import java.nio.charset.StandardCharsets

/**
 * Plain text and Markdown are segmented in time proportional to their length whatever their shape: runs of
 * spaces, unclosed brackets and emphasis markers are where backtracking patterns turn quadratic. The guard
 * only stops a broken build from hanging.
 */
@Timeout(60)
class HostileTextSegmentationSpec extends Specification {
    static final int LENGTH = 200_000
    static final String LAST = 'The Customer shall pay all fees within thirty days.'

    def "a #format file of #what is segmented and its last clause kept"() {
        when:
        def document = new DocumentReader().read(name, (hostile + '\n\n' + LAST + '\n').getBytes(StandardCharsets.UTF_8))

        then:
        document.clauses().last().text() == LAST

        where:
        format     | name      | what                                   | hostile
        'text'     | 'a.txt'   | 'one line with a long run of spaces'   | 'a' + ' ' * LENGTH + 'b'
        'text'     | 'a.txt'   | 'a long line of inline numbers'        | ('x 1. AB' + ' ' * 50) * (LENGTH / 57)
        'Markdown' | 'a.md'    | 'a heading with a long run of spaces'  | '# a' + ' ' * LENGTH + 'b'
        'Markdown' | 'a.md'    | 'unclosed link brackets'               | '[' * LENGTH
        'Markdown' | 'a.md'    | 'unclosed bold markers'                | 'x **' * (LENGTH / 4)
        'Markdown' | 'a.md'    | 'unclosed underscores'                 | 'x __' * (LENGTH / 4)
        'Markdown' | 'a.md'    | 'unclosed emphasis'                    | ' *a' * (LENGTH / 3)
        'Markdown' | 'a.md'    | 'a numbered bold heading never closed' | '**1' + ' ' * LENGTH + 'x'
        'text'     | 'a.txt'   | 'unclosed brackets'                    | '[' * LENGTH
        'text'     | 'a.txt'   | 'brackets opened a character apart'    | '[a' * (LENGTH / 2)
        'text'     | 'a.txt'   | 'unclosed braces'                      | '{' * LENGTH
        'text'     | 'a.txt'   | 'a long blank line'                    | '_' * LENGTH
        'text'     | 'a.txt'   | 'one long spaced-letter line'          | 'A ' * (LENGTH / 2)
        'text'     | 'a.txt'   | 'a run of dots after a title'          | 'Fees' + '.' * LENGTH + 'x'
        'text'     | 'a.txt'   | 'many short drafting notes'            | '[NTD: x]\n\n' * (LENGTH / 100)
        'text'     | 'a.txt'   | 'a label with a long run of spaces'    | 'Governing Law:' + ' ' * LENGTH + '____'
        'Markdown' | 'a.md'    | 'a long table row of empty cells'      | '| a ' + '|' * LENGTH
        'Markdown' | 'a.md'    | 'an unclosed guidance label'           | '<label>' + 'a' * LENGTH
        'Markdown' | 'a.md'    | 'a heading of dots'                    | '## ' + '.' * LENGTH + 'x'
    }

    def "placeholders are found in a long #what in time proportional to its length"() {
        expect:
        Placeholders.find(text).size() >= 0

        where:
        what                         | text
        'run of open brackets'       | '[' * LENGTH
        'bracketed text never closed'| '[' + 'a ' * LENGTH
        'run of open braces'         | '{' * LENGTH
        'run of guillemets'          | '«' * LENGTH
        'run of underscores'         | '_' * LENGTH
        'bracket pairs'              | '[a]' * (LENGTH / 3)
    }

    def "a heading's closing hashes are dropped as before"() {
        when:
        def document = new DocumentReader().read('a.md', "Intro.\n\n## ${heading}\n\nBody text here.\n".toString()
                .getBytes(StandardCharsets.UTF_8))

        then:
        document.clauses().last().heading().split(' > ').last() == title

        where:
        heading           || title
        'Payment ##'      || 'Payment'
        'Payment   #  '   || 'Payment'
        'Payment'         || 'Payment'
        'C#'              || 'C'
    }
}
