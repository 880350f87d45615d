package io.clausewarden.cli

import io.clausewarden.classify.LabelledFixture
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

/** {@code train-classifier --cuad DIR --out FILE [--evaluate]}: trains the clause model and reports on it. */
class TrainClassifierCommandSpec extends Specification {
    @Shared
    @TempDir
    Path temp

    @Shared
    Path cuad

    ByteArrayOutputStream out = new ByteArrayOutputStream()
    ByteArrayOutputStream err = new ByteArrayOutputStream()

    def setupSpec() {
        cuad = LabelledFixture.write(temp.resolve('cuad'), 6)
    }

    private int run(String... args) {
        out.reset()
        err.reset()
        new TrainClassifierCommand().run(args, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
    }

    private String stdout() { out.toString(StandardCharsets.UTF_8) }

    private String stderr() { err.toString(StandardCharsets.UTF_8) }

    def "it writes the model, says its size and SHA-256, and the same seed writes the same file again"() {
        given:
        Path first = temp.resolve('first.txt')
        Path second = temp.resolve('second.txt')

        when:
        int code = run('train-classifier', '--cuad', cuad.toString(), '--out', first.toString(), '--seed', '11')
        String report = stderr()
        run('train-classifier', '--cuad', cuad.toString(), '--out', second.toString(), '--seed', '11')

        then:
        code == ReviewCommand.OK
        report =~ /wrote .*first\.txt: \d+ bytes, SHA-256 [0-9a-f]{64}/
        Files.readAllBytes(first) == Files.readAllBytes(second)
    }

    def "--evaluate prints a cross-validation table by category with the macro-F1"() {
        when:
        int code = run('train-classifier', '--cuad', cuad.toString(), '--evaluate', '--folds', '3')

        then:
        code == ReviewCommand.OK
        stdout().contains('3-fold cross-validation by contract')
        stdout().contains('| Governing Law |')
        stdout().contains('**macro-F1**')
    }

    def "#args is refused with the usage"() {
        when:
        int code = run(args as String[])

        then:
        code == ReviewCommand.USAGE
        stderr().contains(message)
        stderr().contains('Usage: train-classifier')

        where:
        args                                                        || message
        ['train-classifier']                                        || 'Missing --cuad'
        ['train-classifier', '--cuad', '/nonexistent', '--evaluate'] || 'Not a directory'
        ['train-classifier', '--cuad', '.']                         || 'Nothing to do'
        ['train-classifier', '--cuad', '.', '--evaluate', '--folds', '1'] || '--folds must be at least 2'
        ['train-classifier', '--cuad', '.', '--bogus']              || 'Unexpected argument: --bogus'
    }
}
