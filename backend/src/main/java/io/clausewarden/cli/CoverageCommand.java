package io.clausewarden.cli;

import io.clausewarden.classify.ClauseClassifier;
import io.clausewarden.document.DocumentRejectedException;
import io.clausewarden.evaluation.CoverageTable;
import io.clausewarden.evaluation.CuadCoverage;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.Playbook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code coverage --cuad DIR [--playbook ID|all] [--limit N] [--out FILE.md]}: reviews CUAD-format contracts as the
 * review command does and measures how many labelled spans of the categories a playbook reads get a finding that
 * quotes them (docs/quality.md, "Coverage on CUAD training contracts"). Progress goes to standard error.
 */
public final class CoverageCommand {
    private static final String USAGE_TEXT =
            "Usage: coverage --cuad DIR [--playbook ID|all] [--limit N] [--out FILE.md]\n"
                    + "  --cuad      a directory of CUAD-format contracts (NAME.txt beside NAME.labels.json)\n"
                    + "  --playbook  a bundled playbook id, or all (default)\n"
                    + "  --limit     only the first N contracts by file name\n"
                    + "  --out       also write the table (Markdown) to FILE.md\n"
                    + "Model judgement takes the same settings as the review command (off unless set).";
    private static final Set<String> WITH_VALUE = Set.of("--cuad", "--playbook", "--limit", "--out");

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = args.length > 0 && "coverage".equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                return usage(err, "");
            }
            if (!WITH_VALUE.contains(arg)) {
                return usage(err, "Unexpected argument: " + arg);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                return usage(err, arg + " needs a value");
            }
            options.put(arg, args[++i]);
        }
        if (options.get("--cuad") == null) {
            return usage(err, "Missing --cuad");
        }
        Path cuad = Path.of(options.get("--cuad"));
        if (!Files.isDirectory(cuad)) {
            return usage(err, "Not a directory: " + cuad);
        }
        int limit;
        try {
            limit = Integer.parseInt(options.getOrDefault("--limit", "0"));
        } catch (NumberFormatException e) {
            return usage(err, "--limit must be a whole number");
        }
        String id = options.getOrDefault("--playbook", "all");
        if (!"all".equals(id) && BundledPlaybooks.find(id).isEmpty()) {
            return usage(err, "Unknown playbook " + id + " (bundled: " + String.join(", ", BundledPlaybooks.ids()) + ")");
        }
        List<Playbook> playbooks = ("all".equals(id) ? BundledPlaybooks.ids() : List.of(id)).stream()
                .map(BundledPlaybooks::load).toList();
        long started = System.nanoTime();
        try (CommandLineModel model = CommandLineModel.from(System::getProperty, System.getenv())) {
            ClauseClassifier classifier = ClauseClassifier.withEmbeddings();
            CuadCoverage coverage = new CuadCoverage((playbook, document) -> ReviewCommand.review(playbook, document,
                    model, null), classifier.taxonomy());
            CuadCoverage.Result result = coverage.measure(CuadCoverage.contractsIn(cuad, limit), playbooks,
                    (done, all) -> err.printf(Locale.ROOT, "coverage: %d/%d contracts, %.0f s%n", done, all,
                            (System.nanoTime() - started) / 1e9));
            String table = CoverageTable.markdown(result);
            if (options.get("--out") != null) {
                Files.writeString(Path.of(options.get("--out")), table);
            }
            out.print(table);
            out.flush();
            err.printf(Locale.ROOT, "coverage: done in %.0f s%n", (System.nanoTime() - started) / 1e9);
            return ReviewCommand.OK;
        } catch (IOException | IllegalArgumentException | DocumentRejectedException e) {
            err.println("Coverage failed: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("Coverage failed: " + e.getClass().getSimpleName());
        }
        return ReviewCommand.FAILED;
    }

    private static int usage(PrintStream err, String message) {
        if (!message.isEmpty()) {
            err.println(message);
        }
        err.println(USAGE_TEXT);
        return ReviewCommand.USAGE;
    }
}
