package io.clausewarden.testing

import java.nio.file.Files
import java.nio.file.Path

/** The .docx feature samples of the shared corpus (docx-features), found beside the checkout; null when absent. */
class DocxCorpus {

    static final String ABSENT = 'shared corpus not found: no shared/corpus/docx-features directory in any parent of the working directory'

    static Path features() {
        Path found = SharedInputs.find('corpus/docx-features')
        found != null && Files.isDirectory(found) ? found : null
    }

    static boolean isPresent() {
        features() != null
    }

    /** A file of the Open-XML-PowerTools revision samples. */
    static Path powerTools(String name) {
        features().resolve('open-xml-powertools').resolve(name)
    }

    /** A file of the docxfix samples (each .docx has a .md saying what it holds). */
    static Path docxfix(String name) {
        features().resolve('docxfix').resolve(name)
    }

    /** Every .docx under docx-features, as paths relative to it, sorted; empty when the corpus is absent. */
    static List<String> allDocx() {
        Path root = features()
        if (root == null) {
            return []
        }
        Files.walk(root).withCloseable { files ->
            files.filter { it.toString().endsWith('.docx') }.map { root.relativize(it).toString() }.sorted().toList()
        }
    }

    /** Non-empty paragraphs, whitespace normalised: what two readers must agree on regardless of empty paragraphs. */
    static List<String> words(List<String> paragraphs) {
        paragraphs.collect { TrackedText.normalise(it) }.findAll { it }
    }

    static String normalise(String text) {
        TrackedText.normalise(text)
    }
}
