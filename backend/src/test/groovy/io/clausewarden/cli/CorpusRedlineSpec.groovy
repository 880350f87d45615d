package io.clausewarden.cli

import groovy.json.JsonSlurper
import io.clausewarden.testing.LibreOfficeReader
import io.clausewarden.testing.PoiReader
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/** The command line redlines a real Word contract; LibreOffice and POI check the result independently. */
@Requires(value = { CorpusRedlineSpec.contract() != null }, reason = 'shared corpus not found beside the checkout')
@Requires(value = { LibreOfficeReader.isAvailable() }, reason = 'LibreOffice (soffice) is not installed')
class CorpusRedlineSpec extends Specification {
    static final String AUTHOR = 'Clausewarden — Firm Playbook'

    @Shared
    Path out = Files.createTempDirectory('redline').resolve('contract.redlined.docx')
    @Shared
    Map report
    @Shared
    LibreOfficeReader original
    @Shared
    LibreOfficeReader redlined

    static Path contract() {
        for (Path dir = Path.of(System.getProperty('user.dir')).toAbsolutePath(); dir != null; dir = dir.parent) {
            Path candidate = dir.resolve('shared/corpus/contracts/commonpaper-cloud-service-agreement-v2.1.docx')
            if (Files.isRegularFile(candidate)) {
                return candidate
            }
        }
        null
    }

    def setupSpec() {
        def stdout = new ByteArrayOutputStream()
        int code = new ReviewCommand().run(['review', contract().toString(), '--out', out.toString()] as String[],
                new PrintStream(stdout, true, 'UTF-8'), new PrintStream(new ByteArrayOutputStream(), true, 'UTF-8'))
        assert code == ReviewCommand.OK
        report = new JsonSlurper().parseText(stdout.toString(StandardCharsets.UTF_8)) as Map
        Map<Path, LibreOfficeReader> read = LibreOfficeReader.readAll([contract(), out])
        original = read[contract()]
        redlined = read[out]
    }

    def "LibreOffice sees our tracked changes, and only ours"() {
        expect:
        !redlined.trackedChanges.isEmpty()
        redlined.trackedChanges.every { it.author == AUTHOR }
        original.trackedChanges.isEmpty()
    }

    def "accepting every change gives each suggested text"() {
        given:
        List<Map> edits = report.findings.findAll { it.quote && it.suggestedText && it.suggestedText != it.quote }

        expect:
        !edits.isEmpty()
        edits.every { e -> redlined.acceptedParagraphs.any { it.contains(e.suggestedText as String) } }
    }

    def "rejecting every change gives back the original text"() {
        expect:
        normalise(redlined.rejectedText) == normalise(original.acceptedText)
    }

    def "tables, headings and numbering survive"() {
        given:
        PoiReader before = PoiReader.read(contract())
        PoiReader after = PoiReader.read(out)

        expect:
        redlined.tableCount == original.tableCount
        redlined.tableRowCount == original.tableRowCount
        after.tableCount == before.tableCount
        after.listLevels == before.listLevels
        after.rejectedParagraphs.size() == before.acceptedParagraphs.size()
        after.duplicateRevisionIds.isEmpty()
    }

    private static String normalise(String text) {
        text.replaceAll(/\s+/, ' ').trim()
    }
}
