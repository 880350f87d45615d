package io.clausewarden.evaluation;

import io.clausewarden.review.ReviewReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews the contract of each answer key with the key's playbook and scores the review against the key. Used
 * alike by the {@code evaluate} command and the quality specs.
 */
public final class AnswerKeyRun {
    /** Reviews one contract for a key; the key names the playbook and the party we review for. */
    @FunctionalInterface
    public interface Reviewer {
        ReviewReport review(Path document, AnswerKey key) throws IOException;
    }

    private final Reviewer reviewer;

    public AnswerKeyRun(Reviewer reviewer) {
        this.reviewer = reviewer;
    }

    /**
     * @param corpus the directory the keys' {@code document} paths are relative to
     * @throws IOException when a key or its contract cannot be read
     */
    public SetScore score(List<Path> keyFiles, Path corpus) throws IOException {
        List<KeyScore> scores = new ArrayList<>();
        for (Path keyFile : keyFiles) {
            AnswerKey key = AnswerKeys.read(keyFile);
            Path document = corpus.resolve(key.document()).normalize();
            if (!Files.isRegularFile(document)) {
                throw new IOException(keyFile.getFileName() + ": no contract at " + document);
            }
            scores.add(KeyScorer.score(key, reviewer.review(document, key)));
        }
        return new SetScore(scores);
    }

    /** The keys ({@code *.yaml}) of a directory, by name, or the file itself. */
    public static List<Path> keysIn(Path fileOrDirectory) throws IOException {
        if (Files.isRegularFile(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (var files = Files.list(fileOrDirectory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
