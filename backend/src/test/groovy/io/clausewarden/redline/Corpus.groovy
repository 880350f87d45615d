package io.clausewarden.redline

import java.nio.file.Files
import java.nio.file.Path

/** The shared corpus of real documents beside the checkout, when there is one. */
class Corpus {
    static Path root() {
        for (Path dir = Path.of(System.getProperty('user.dir')).toAbsolutePath(); dir != null; dir = dir.parent) {
            Path corpus = dir.resolve('shared/corpus')
            if (Files.isDirectory(corpus)) {
                return corpus
            }
        }
        null
    }

    static boolean available() {
        root() != null
    }

    static byte[] bytes(String relative) {
        Files.readAllBytes(root().resolve(relative))
    }
}
