package io.clausewarden.contracttype

import io.clausewarden.document.DocumentReader
import io.clausewarden.testing.SharedInputs
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Specification

/** The shared corpus's contracts, each of a kind evident from its file name; skipped when the corpus is absent. */
@Requires(value = { SharedInputs.find('corpus/contracts') != null && SharedInputs.find('corpus/cuad-samples') != null },
        reason = 'shared corpus not found: no shared/corpus/contracts or shared/corpus/cuad-samples in any parent of the working directory')
class CorpusContractTypeSpec extends Specification {
    static final Map<String, String> BY_NAME = [
            'nda': 'nda', 'data-processing': 'dpa', 'dpa': 'dpa', 'cloud-service': 'saas', 'csa': 'saas',
            'cloud-terms': 'saas', 'master_services': 'professional_services', 'distributor': 'distribution',
            'software_license': 'software_licence']

    static List<Path> contracts() {
        def dirs = [SharedInputs.find('corpus/contracts'), SharedInputs.find('corpus/cuad-samples')].findAll()
        dirs.collectMany { Path dir ->
            Files.list(dir).withCloseable { it.toList() }
                    .findAll { it.fileName.toString() ==~ /(?i).*\.(md|docx|txt)/ && expected(it) != null }
        }.sort { it.fileName.toString() }
    }

    static String expected(Path file) {
        String name = file.fileName.toString().toLowerCase()
        List<String> words = name.split(/[-_.]/) as List
        BY_NAME.find { key, type -> key ==~ /[a-z]+/ ? words.contains(key) : name.contains(key) }?.value
    }

    def "every corpus contract whose kind its name shows is found to be of that kind, with confidence"() {
        given:
        def files = contracts()
        def reader = new DocumentReader()
        def classifier = new ContractTypeClassifier()

        expect: 'the corpus holds contracts of at least five kinds'
        files*.with { expected(it) }.unique().size() >= 5

        when:
        def wrong = files.collect { Path file ->
            def found = classifier.classify(reader.read(file.fileName.toString(), Files.readAllBytes(file)).clauses())
            [file: file.fileName.toString(), expected: expected(file), found: found]
        }.findAll { it.found.type() != it.expected || !it.found.confident() }

        then:
        wrong.isEmpty()
    }
}
