package io.clausewarden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.DocumentRejectedException;
import io.clausewarden.evaluation.AnswerKeyRun;
import io.clausewarden.evaluation.ScoreRenderer;
import io.clausewarden.evaluation.SetScore;
import io.clausewarden.playbook.BundledPlaybooks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evaluate KEY.yaml|DIR... [--corpus DIR] [--format text|json]}: reviews the contract of each answer key
 * with the key's bundled playbook and scores the review against the key (docs/quality.md, "Answer keys").
 */
public final class EvaluateCommand {
    private static final String USAGE_TEXT =
            "Usage: evaluate KEY.yaml|DIR... [--corpus DIR] [--format text|json]\n"
                    + "  KEY.yaml    an answer key, or a directory of them\n"
                    + "  --corpus    the directory the keys' document paths are relative to\n"
                    + "              (default: 'corpus' beside the first key's directory)\n"
                    + "  --format    text (default) or json\n"
                    + "Model judgement takes the same settings as the review command.";

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> keys = new ArrayList<>();
        Path corpus = null;
        String format = "text";
        try {
            for (int i = "evaluate".equals(args.length > 0 ? args[0] : null) ? 1 : 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(value(args, ++i, "--corpus"));
                    case "--format" -> format = value(args, ++i, "--format");
                    case "-h", "--help" -> throw new IllegalArgumentException("");
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("Unknown option " + args[i]);
                        }
                        keys.addAll(AnswerKeyRun.keysIn(Path.of(args[i])));
                    }
                }
            }
            if (keys.isEmpty() || !List.of("text", "json").contains(format)) {
                throw new IllegalArgumentException(keys.isEmpty() ? "Name at least one answer key" : "Unknown format " + format);
            }
        } catch (IllegalArgumentException | IOException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            err.println(USAGE_TEXT);
            return ReviewCommand.USAGE;
        }
        Path root = corpus != null ? corpus : keys.get(0).toAbsolutePath().getParent().resolveSibling("corpus");
        try (CommandLineModel model = CommandLineModel.from(System::getProperty, System.getenv())) {
            DocumentReader reader = new DocumentReader();
            SetScore score = new AnswerKeyRun((document, key) -> ReviewCommand.review(BundledPlaybooks.load(key.playbook()),
                    reader.read(document.getFileName().toString(), Files.readAllBytes(document)), model, null))
                    .score(keys, root);
            out.print("json".equals(format) ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(score) + "\n" : ScoreRenderer.render(score));
            return ReviewCommand.OK;
        } catch (IllegalArgumentException | IOException | DocumentRejectedException e) {
            err.println("Evaluation failed: " + e.getMessage());
            return ReviewCommand.FAILED;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
