package io.clausewarden.cli

import groovy.json.JsonSlurper
import org.apache.poi.xwpf.usermodel.XWPFDocument
import io.clausewarden.testing.SharedInputs
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/**
 * Every output format of the command line over every file of the shared corpus (contracts, CUAD samples, the 405
 * CUAD training contracts and the .docx feature files): the review ends with exit code 0, JSON that parses, text
 * that names the playbook, and for each .docx a redlined copy ({@code --out}) that an independent reader (POI)
 * opens; never a stack trace. Runs whenever ../shared exists (always in CI).
 */
@Requires(value = { CorpusOutputFormatsSpec.corpus() != null }, reason = 'shared corpus not found beside the checkout: the output formats were not run over it')
class CorpusOutputFormatsSpec extends Specification {

    @Shared
    ReviewCommand command = new ReviewCommand()

    static Path corpus() {
        SharedInputs.find('corpus')
    }

    static List<String> files() {
        Path root = corpus()
        if (root == null) {
            return []
        }
        Files.walk(root).withCloseable { paths ->
            paths.filter { Files.isRegularFile(it) }
                    .filter { it.fileName.toString() ==~ /.*\.(txt|md|docx)$/ }
                    .filter { !it.startsWith(root.resolve('LICENSES')) && it.fileName.toString() != 'MANIFEST.md' && !it.fileName.toString().endsWith('README.txt') }
                    .map { root.relativize(it).toString() }.sorted().toList()
        }
    }

    static List<String> docxFiles() {
        files().findAll { it.endsWith('.docx') }
    }

    def "#file reviews in #format without an error"() {
        given:
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()

        when:
        int code = command.run(['review', corpus().resolve(file).toString(), '--format', format] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        String printed = out.toString(StandardCharsets.UTF_8)

        then:
        code == 0
        err.toString(StandardCharsets.UTF_8).isEmpty()
        format == 'json' ? new JsonSlurper().parseText(printed).playbook.id != null : printed.contains('Playbook')

        where:
        // both formats of one file in a row: the second finds the file's sentence embeddings cached
        [file, format] << files().collectMany { [[it, 'json'], [it, 'text']] }
    }

    def "#file gives a redlined copy that opens in an independent reader"() {
        given:
        def err = new ByteArrayOutputStream()
        Path target = Files.createTempFile('corpus-', '.redlined.docx')

        when:
        int code = command.run(['review', corpus().resolve(file).toString(), '--out', target.toString()] as String[],
                new PrintStream(OutputStream.nullOutputStream(), true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        String said = err.toString(StandardCharsets.UTF_8)

        then:
        code == 0
        said.startsWith('Redline: ') && said.readLines().size() == 1
        Files.newInputStream(target).withCloseable { new XWPFDocument(it).paragraphs.size() > 0 }

        cleanup:
        Files.deleteIfExists(target)

        where:
        file << docxFiles()
    }
}
