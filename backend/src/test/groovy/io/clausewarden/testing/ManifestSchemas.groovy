package io.clausewarden.testing

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * Microsoft's Office add-in manifest XSDs in {@code shared/office-manifest-schemas/}, checked with xmllint
 * offline ({@code --nonet}), as that directory's README says. A missing xmllint is a failure, not a skip:
 * CI installs it (libxml2-utils).
 */
class ManifestSchemas {
    static final String ABSENT = 'shared/office-manifest-schemas not found beside the checkout: the manifest cannot be checked against the XSDs'

    static class Verdict {
        int exitCode
        String messages

        boolean isValid() {
            exitCode == 0
        }
    }

    static Path schema() {
        Path dir = SharedInputs.find('office-manifest-schemas')
        dir == null ? null : dir.resolve('office-addin-manifest.xsd')
    }

    static boolean isPresent() {
        schema() != null && Files.isRegularFile(schema())
    }

    static Verdict validate(String xml) {
        Path file = Files.createTempFile('manifest', '.xml')
        try {
            Files.writeString(file, xml)
            validate(file)
        } finally {
            Files.deleteIfExists(file)
        }
    }

    static Verdict validate(Path manifest) {
        Process process
        try {
            process = new ProcessBuilder('xmllint', '--nonet', '--noout', '--schema', schema().toString(), manifest.toString())
                    .redirectErrorStream(true).start()
        } catch (IOException e) {
            throw new AssertionError('xmllint is not installed (apt-get install -y libxml2-utils): the manifest must be checked against the XSDs', e)
        }
        String output = process.inputStream.text
        assert process.waitFor(60, TimeUnit.SECONDS): 'xmllint did not finish'
        new Verdict(exitCode: process.exitValue(), messages: output)
    }
}
