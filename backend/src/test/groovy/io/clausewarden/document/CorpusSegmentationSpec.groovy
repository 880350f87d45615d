package io.clausewarden.document

import io.clausewarden.testing.SharedInputs
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/**
 * The contracts of the shared corpus (Common Paper and Bonterms terms and cover pages, CUAD samples) and its .docx
 * feature files, segmented as a lawyer reads them: no heading stands alone as a clause, drafting notes are not
 * clauses, sections carry the heading their numbering puts them under. Skipped when the corpus is absent.
 */
@Requires(value = { CorpusSegmentationSpec.corpus() != null },
        reason = 'shared corpus not found: no shared/corpus/contracts in any parent of the working directory, so segmentation was not checked against real contracts')
class CorpusSegmentationSpec extends Specification {
    static final def DRAFTING_NOTE = ~/(?i)^\s*\[?\s*(drafting note|note to draft|ntd)\b/
    static final def CHECKBOX = ~/^\s*[\[(][ xX]*[\])]/

    @Shared
    DocumentReader reader = new DocumentReader()

    static Path corpus() {
        SharedInputs.find('corpus/contracts')?.parent
    }

    /** The contracts: every .md and .docx of contracts/ and the CUAD sample contracts (not their README). */
    static List<String> contracts() {
        Path root = corpus()
        if (root == null) {
            return []
        }
        def files = Files.list(root.resolve('contracts')).withCloseable { it.toList() } +
                Files.list(root.resolve('cuad-samples')).withCloseable { it.toList() }
        files.findAll { it.fileName.toString() ==~ /.*\.(md|docx|txt)$/ && !it.fileName.toString().contains('README') }
                .collect { root.relativize(it).toString() }.sort()
    }

    static List<String> docxFeatures() {
        Path root = corpus()
        if (root == null || !Files.isDirectory(root.resolve('docx-features'))) {
            return []
        }
        Files.walk(root.resolve('docx-features')).withCloseable { paths ->
            paths.filter { it.toString().endsWith('.docx') }.map { root.relativize(it).toString() }.sorted().toList()
        }
    }

    private ParsedDocument read(String file) {
        Path path = corpus().resolve(file)
        reader.read(path.fileName.toString(), Files.readAllBytes(path))
    }

    /** A clause that is only a heading: a short Title Case or UPPER CASE line with no sentence, field or option in it. */
    static boolean bareHeading(Clause clause) {
        String t = clause.text().strip()
        Labels.isHeading(t) && !t.contains(':') && t.split(/\s+/).size() <= 8 && Placeholders.find(t).isEmpty()
                && !(t =~ CHECKBOX) && (Labels.isUpperCase(t) || Labels.isTitleCase(t.replaceAll(/[.]$/, '')))
    }

    def "no clause of #file is a bare heading"() {
        when:
        def bare = read(file).clauses().findAll { bareHeading(it) }*.text

        then:
        bare.isEmpty()

        where:
        file << contracts()
    }

    def "drafting notes of #file are notes, never clauses"() {
        when:
        def document = read(file)

        then:
        document.clauses().every { !(it.text() =~ DRAFTING_NOTE) }
        document.notes().findAll { it.text() =~ DRAFTING_NOTE }.every { it.kind() == DraftingNote.Kind.NOTE }

        where:
        file << contracts() + docxFeatures()
    }

    def "the Common Paper DPA's drafting notes are all kept as notes"() {
        when:
        def document = read('contracts/commonpaper-data-processing-agreement-v1.1.docx')

        then:
        document.notes().count { it.kind() == DraftingNote.Kind.NOTE && it.text() =~ DRAFTING_NOTE } >= 10
        document.notes().every { it.anchor() ==~ /\d+:[0-9a-f]{12}/ || it.anchor() == null }
    }

    def "every decimal-numbered clause of #file sits under the section its number names"() {
        when:
        def misplaced = read(file).clauses().findAll { it.numbering() ==~ /\d+\.\d+(\.\w+)*/ }
                .findAll { !(it.heading()?.startsWith(it.numbering().tokenize('.')[0] + ' ')) }
                .collect { "${it.numbering()} under ${it.heading()}" }

        then:
        misplaced.isEmpty()

        where:
        file << ['contracts/bonterms-cloud-terms-v1.0.md', 'contracts/commonpaper-csa-standard-terms-v2.1.md',
                 'contracts/commonpaper-dpa-standard-terms.md', 'contracts/commonpaper-cloud-service-agreement-v2.1.docx',
                 'contracts/commonpaper-data-processing-agreement-v1.1.docx']
    }

    def "sections styled with Word headings in #file get their heading, and no heading is a clause"() {
        when:
        def clauses = read(file).clauses()

        then:
        clauses.find { it.text().startsWith(text) }?.heading() == heading
        !clauses.any { it.text().strip() == heading.tokenize('>').last().strip().replaceFirst(/^[\d.]+ /, '') }

        where:
        file                                                      | text                        || heading
        'contracts/commonpaper-cloud-service-agreement-v2.1.docx' | 'Access and Use.'           || '1 Service > 1.1 Access and Use'
        'contracts/commonpaper-cloud-service-agreement-v2.1.docx' | 'Assignment.'               || '12 General Terms > 12.6 Assignment'
        'contracts/commonpaper-data-processing-agreement-v1.1.docx' | 'Liability Caps and Damages Waiver.' || '8 Limitation of Liability > 8.1 Liability Caps and Damages Waiver'
        'contracts/bonterms-mutual-nda-cover-page-v1.0.docx'      | 'The following additions'   || 'Additional Terms'
    }

    def "the liability cap of #file carries its Limitation of Liability heading"() {
        when:
        def clause = read(file).clauses().find { it.text().contains(words) }

        then:
        clause != null
        clause.heading() ==~ /(?i).*limitations? of (\S+ )?liability.*/

        where:
        file                                                                                  | words
        'contracts/commonpaper-csa-standard-terms-v2.1.md'                                    | 'total cumulative liability'
        'contracts/commonpaper-cloud-service-agreement-v2.1.docx'                             | 'total cumulative liability'
        'contracts/bonterms-cloud-terms-v1.0.md'                                              | 'entire liability arising out of'
        'contracts/commonpaper-dpa-standard-terms.md'                                         | 'To the maximum extent permitted'
        'cuad-samples/MERITLIFEINSURANCECO_06_19_2020-EX-10._XIV_-MASTER_SERVICES_AGREEMENT.txt' | 'MAXIMUM LIABILITY'
        'cuad-samples/NETGEAR_INC_04_21_2003-EX-10.16-DISTRIBUTOR_AGREEMENT.txt'              | 'IN NO EVENT WILL EITHER PARTY'
        'cuad-samples/SPARKLINGSPRINGWATERHOLDINGSLTD_07_03_2002-EX-10.13-SOFTWARE_LICENSE_AND_MAINTENANCE_AGREEMENT.txt' | 'The exclusive remedy of either party'
    }

    def "a cover page's unfilled fields are left to complete, not clauses"() {
        when:
        def document = read(file)
        def items = ToComplete.in(document.clauses(), document.notes())

        then:
        document.clauses().every { !(it.text().strip() ==~ /\{\w+}/) }
        items*.text.containsAll(expected)

        where:
        file                                                      | expected
        'contracts/bonterms-mutual-nda-cover-page-v1.0.docx'      | ['Governing Law: {governing_law}', 'Purpose: {purpose}']
        'contracts/commonpaper-cloud-service-agreement-v2.1.docx' | ['General Cap Amount: {general_cap_display}', '{governing_law}']
        'contracts/commonpaper-mutual-nda-coverpage-v1.0.md'      | ['Governing Law: [Fill in state]', 'Effective Date: [Today’s date]']
    }
}
