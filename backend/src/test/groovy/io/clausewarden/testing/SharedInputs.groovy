package io.clausewarden.testing

import java.nio.file.Files
import java.nio.file.Path

/** The one place that finds the shared test inputs: a {@code shared/} directory beside (above) the checkout. */
class SharedInputs {
    /** {@code shared/<relative>} in the nearest parent of the working directory that has it; null when absent. */
    static Path find(String relative) {
        for (Path dir = Path.of(System.getProperty('user.dir')).toAbsolutePath(); dir != null; dir = dir.parent) {
            Path candidate = dir.resolve('shared').resolve(relative)
            if (Files.exists(candidate)) {
                return candidate
            }
        }
        null
    }
}
