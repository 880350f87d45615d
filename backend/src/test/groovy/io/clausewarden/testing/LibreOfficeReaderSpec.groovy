package io.clausewarden.testing

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

/** LibreOffice, an independent reader, sees our kind of redlines as we mean them; POI agrees. */
@Requires(value = { LibreOfficeReader.available },
        reason = 'LibreOffice is not installed: no soffice on the PATH (apt-get install -y libreoffice-writer-nogui)')
class LibreOfficeReaderSpec extends Specification {

    static final String AUTHOR = RedlineSamples.AUTHOR

    @Shared @TempDir Path dir
    @Shared Map<String, LibreOfficeReader> converted
    @Shared LibreOfficeReader delivery

    def setupSpec() {
        Map<String, Path> files = [:]
        files['delivery'] = Files.write(dir.resolve('delivery.docx'), RedlineSamples.delivery())
        RedlineSamples.CONSTRUCTS.eachWithIndex { List construct, int i ->
            files[construct[0] as String] = Files.write(dir.resolve("construct-${i}.docx"), MinimalDocx.withBody(construct[1] as String))
        }
        def read = LibreOfficeReader.readAll(files.values())
        converted = files.collectEntries { name, file -> [name, read[file]] }
        delivery = converted['delivery']
    }

    def "#construct reads with all changes accepted and with all rejected"() {
        when:
        def reader = converted[construct]

        then:
        reader.acceptedParagraphs == accepted
        reader.rejectedParagraphs == rejected

        where:
        [construct, body, accepted, rejected] << RedlineSamples.CONSTRUCTS
    }

    def "an insertion and a deletion are tracked changes with their author and date"() {
        expect:
        delivery.trackedChanges*.type == ['deletion', 'insertion']
        delivery.trackedChanges*.author == [AUTHOR, AUTHOR]
        delivery.trackedChanges*.dateToSecond == ['2024-05-01T10:00:00'] * 2
    }

    def "whether an author made changes"() {
        expect:
        delivery.hasChangesBy(AUTHOR)
        !delivery.hasChangesBy('Someone Else')
    }

    def "POI and LibreOffice agree on the changes and on the accepted and rejected text"() {
        when:
        def poi = PoiReader.read(RedlineSamples.delivery())

        then:
        poi.trackedChanges.collect { [it.type, it.author, it.dateToSecond] } ==
                delivery.trackedChanges.collect { [it.type, it.author, it.dateToSecond] }
        poi.acceptedText == delivery.acceptedText
        poi.rejectedText == delivery.rejectedText
    }

    def "a document given as bytes is converted too, and the conversion time is recorded"() {
        when:
        def reader = LibreOfficeReader.read(RedlineSamples.delivery())

        then:
        reader.acceptedText == delivery.acceptedText
        reader.conversionTime.toMillis() > 0
    }
}
