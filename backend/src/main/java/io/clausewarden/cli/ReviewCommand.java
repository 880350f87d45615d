package io.clausewarden.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.DocumentRejectedException;
import io.clausewarden.document.ParsedDocument;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.InvalidPlaybookException;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.PlaybookReader;
import io.clausewarden.redline.DocumentRedliner;
import io.clausewarden.redline.RedlineOptions;
import io.clausewarden.redline.RedlineResult;
import io.clausewarden.redline.RedlineVerificationException;
import io.clausewarden.review.FindingEdits;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewListener;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.TextReportRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code review FILE [--playbook ID|PATH] [--we-are PARTY] [--format json|text] [--out FILE.redlined.docx]}: reviews one
 * document offline and, for a .docx, can write a copy with every suggested edit, and every missing clause where its
 * placement says, as tracked changes.
 */
public final class ReviewCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    static final String AUTHOR = "Clausewarden — Firm Playbook";

    private static final String USAGE_TEXT =
            "Usage: review FILE [--playbook ID|PATH] [--we-are PARTY] [--format json|text] [--out FILE.redlined.docx]\n"
                    + "  FILE        a .docx, .md or .txt contract\n"
                    + "  --playbook  a bundled playbook id (default " + BundledPlaybooks.DEFAULT_ID
                    + ") or a YAML/JSON playbook file\n"
                    + "  --we-are    the party we review for, by name or defined term (default: read from the document)\n"
                    + "  --format    json (default) or text\n"
                    + "  --out       write the .docx with every suggested edit and missing clause as tracked changes\n"
                    + "Model judgement (off unless set): CLAUSEWARDEN_LLM_PROVIDER=openai|anthropic|none,\n"
                    + "  CLAUSEWARDEN_LLM_BASE_URL, CLAUSEWARDEN_LLM_API_KEY, CLAUSEWARDEN_LLM_MODEL,\n"
                    + "  CLAUSEWARDEN_LLM_MASKED_NAMES (comma-separated names never sent to the provider)";

    private record Options(Path file, String playbook, String format, Path out, String weAre) {
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            byte[] content = readFile(options.file());
            Playbook playbook = loadPlaybook(options.playbook());
            ParsedDocument document = new DocumentReader().read(options.file().getFileName().toString(), content);
            ReviewReport report;
            try (CommandLineModel model = modelSettings(err)) {
                if (model == null) {
                    return USAGE;
                }
                report = review(playbook, document, model, options.weAre());
            }
            if (options.out() != null) {
                writeRedline(options.out(), content, document, report, err);
            }
            out.println("text".equals(options.format()) ? new TextReportRenderer().render(report) : json(report));
            return OK;
        } catch (DocumentRejectedException e) {
            err.println("Document rejected (" + e.reasonCode() + "): " + e.getMessage());
        } catch (InvalidPlaybookException e) {
            err.println("Invalid playbook: " + e.getMessage());
        } catch (IOException e) {
            err.println(e.getMessage());
        } catch (RedlineVerificationException e) {
            err.println("Redline not written: it failed verification (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            err.println("Review failed: " + e.getClass().getSimpleName());
        }
        return FAILED;
    }

    /** Reviews a read document as the command line does: rules, exemplars and, when configured, a model. */
    static ReviewReport review(Playbook playbook, ParsedDocument document, CommandLineModel model, String weAre) {
        return new ReviewEngine(ClauseClassifier.withEmbeddings()).review(java.util.UUID.randomUUID().toString(),
                playbook, document.clauses(), document.notes(), ReviewListener.NONE,
                model.open(document.clauses().stream().map(Clause::text).toList()),
                BundledPlaybooks.ids().stream().map(BundledPlaybooks::load).toList(), weAre);
    }

    private static void writeRedline(Path target, byte[] content, ParsedDocument document, ReviewReport report,
                                     PrintStream err) throws IOException {
        Map<Integer, String> anchors = document.clauses().stream().filter(c -> c.anchor() != null)
                .collect(Collectors.toMap(Clause::index, Clause::anchor, (a, b) -> a));
        RedlineResult result = new DocumentRedliner().redline(content, FindingEdits.of(report.findings(), anchors),
                FindingEdits.insertions(report.findings(), anchors), RedlineOptions.by(AUTHOR));
        Files.write(target, result.docx());
        err.println("Redline: " + result.applied().size() + " tracked change(s) written to " + target
                + (result.skipped().isEmpty() ? "" : "; " + result.skipped().size() + " edit(s) skipped"));
    }

    /** The model settings, or null (after saying why) when they are invalid. */
    private static CommandLineModel modelSettings(PrintStream err) {
        try {
            return CommandLineModel.from(System::getProperty, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("Invalid model settings: " + e.getMessage());
            return null;
        }
    }

    private static Options parse(String[] args) throws UsageException {
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        if ("review".equals(rest.peekFirst())) {
            rest.removeFirst();
        }
        Path file = null;
        String playbook = BundledPlaybooks.DEFAULT_ID;
        String format = "json";
        Path out = null;
        String weAre = null;
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--playbook" -> playbook = value(rest, arg);
                case "--format" -> {
                    format = value(rest, arg);
                    if (!format.equals("json") && !format.equals("text")) {
                        throw new UsageException("Unknown format: " + format);
                    }
                }
                case "--out" -> out = Path.of(value(rest, arg));
                case "--we-are" -> weAre = value(rest, arg);
                case "-h", "--help" -> throw new UsageException("");
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException("Unexpected argument: " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("Missing FILE");
        }
        if (out != null && !file.getFileName().toString().toLowerCase().endsWith(".docx")) {
            throw new UsageException("--out needs a .docx FILE");
        }
        return new Options(file, playbook, format, out, weAre);
    }

    private static String value(Deque<String> rest, String option) throws UsageException {
        if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.removeFirst();
    }

    private static byte[] readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("File not found: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("Cannot read file: " + file);
        }
    }

    private static Playbook loadPlaybook(String idOrPath) {
        return BundledPlaybooks.find(idOrPath).orElseGet(() -> {
            Path path = Path.of(idOrPath);
            if (!Files.isRegularFile(path)) {
                throw new InvalidPlaybookException("'" + idOrPath + "' is neither a bundled playbook ("
                        + String.join(", ", BundledPlaybooks.ids()) + ") nor a playbook file");
            }
            return PlaybookReader.fromFile(path);
        });
    }

    private static String json(ReviewReport report) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    }
}
