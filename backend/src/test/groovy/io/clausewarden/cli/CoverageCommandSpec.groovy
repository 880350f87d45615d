package io.clausewarden.cli

import io.clausewarden.testing.SharedInputs
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir

/**
 * {@code coverage --cuad DIR [--playbook ID|all] [--limit N] [--out FILE.md]}: the share of CUAD-labelled spans a
 * review quotes. The corpus feature reviews the first contracts of the shared CUAD training set with the production
 * classifier and holds the figure measured there (docs/quality.md), so a regression fails; it is skipped when the
 * corpus is not beside the checkout.
 */
class CoverageCommandSpec extends Specification {
    /** The first 10 contracts by name: 82 of 140 spans covered (0.586) when measured, less a small margin. */
    static final int SUBSET = 10
    static final double SUBSET_FLOOR = 0.56
    static final double GOVERNING_LAW_FLOOR = 0.9

    @TempDir
    Path temp

    ByteArrayOutputStream out = new ByteArrayOutputStream()
    ByteArrayOutputStream err = new ByteArrayOutputStream()

    private int run(String... args) {
        new CoverageCommand().run(args, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
    }

    def "#problem is a usage error that says what is wrong"() {
        when:
        int code = run(args as String[])

        then:
        code == ReviewCommand.USAGE
        err.toString(StandardCharsets.UTF_8).contains(message)
        out.size() == 0

        where:
        problem                | args                                                        | message
        'no corpus'            | ['coverage']                                                | 'Missing --cuad'
        'a corpus that is not' | ['coverage', '--cuad', '/no/such/dir']                      | 'Not a directory'
        'an unknown playbook'  | ['coverage', '--cuad', '.', '--playbook', 'lease']          | 'Unknown playbook lease'
        'a limit not a number' | ['coverage', '--cuad', '.', '--limit', 'ten']               | '--limit must be a whole number'
        'an unknown option'    | ['coverage', '--cuad', '.', '--format', 'json']             | 'Unexpected argument: --format'
    }

    @Requires(value = { SharedInputs.find('corpus/cuad-train') != null },
            reason = 'shared corpus not found: no shared/corpus/cuad-train in any parent of the working directory')
    def "on the first CUAD training contracts the review quotes at least the share of labelled spans measured"() {
        given:
        Path table = temp.resolve('coverage.md')

        when:
        int code = run('coverage', '--cuad', SharedInputs.find('corpus/cuad-train').toString(), '--limit', "$SUBSET",
                '--out', table.toString())
        String markdown = Files.readString(table)
        println "Coverage, first $SUBSET CUAD training contracts:\n$markdown"
        def total = markdown =~ /Contracts: (\d+)\. Labelled spans counted: (\d+), covered (\d+)/

        then:
        code == ReviewCommand.OK
        out.toString(StandardCharsets.UTF_8) == markdown
        total.find()
        total.group(1) as int == SUBSET
        (total.group(3) as double) / (total.group(2) as double) >= SUBSET_FLOOR
        ['saas-customer', 'mutual-nda'].every { share(markdown, 'Governing Law', it) >= GOVERNING_LAW_FLOOR }
    }

    private static double share(String markdown, String category, String playbook) {
        def row = markdown =~ /\| ${category} \| \w+ \| ${playbook} \| \d+ \| \d+ \| ([0-9.]+) \|/
        row.find() ? row.group(1) as double : -1
    }
}
