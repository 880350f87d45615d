package io.clausewarden.cli;

import io.clausewarden.classify.TrainClauseModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * {@code train-classifier --cuad DIR [--out FILE] [--evaluate] [--folds K] [--samples DIR] [--seed N]}: trains the
 * clause model on CUAD-format contracts and writes it, and/or measures it by cross-validation by contract and on
 * held-out contracts. Progress goes to standard error, the report (Markdown) to standard output.
 */
public final class TrainClassifierCommand {
    private static final String USAGE_TEXT =
            "Usage: train-classifier --cuad DIR [--out FILE] [--evaluate] [--folds K] [--samples DIR] [--seed N]\n"
                    + "  --cuad      a directory of CUAD-format contracts (NAME.txt beside NAME.labels.json)\n"
                    + "  --out       write the model trained on every contract of --cuad to FILE\n"
                    + "  --evaluate  print a cross-validation report (Markdown) on standard output\n"
                    + "  --folds     folds of the cross-validation, by contract (default "
                    + TrainClauseModel.DEFAULT_FOLDS + ")\n"
                    + "  --samples   with --evaluate: also measure the model of --out (else the bundled one) on these\n"
                    + "              held-out contracts\n"
                    + "  --seed      seed of the folds and the trainer (default " + TrainClauseModel.DEFAULT_SEED + ")\n"
                    + "The same contracts and seed give a byte-identical model file.";
    private static final Set<String> WITH_VALUE = Set.of("--cuad", "--out", "--folds", "--samples", "--seed");

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        boolean evaluate = false;
        for (int i = args.length > 0 && "train-classifier".equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                return usage(err, "");
            }
            if ("--evaluate".equals(arg)) {
                evaluate = true;
                continue;
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
        if (options.get("--out") == null && !evaluate) {
            return usage(err, "Nothing to do: give --out FILE, --evaluate, or both");
        }
        long seed;
        int folds;
        try {
            seed = Long.parseLong(options.getOrDefault("--seed", Long.toString(TrainClauseModel.DEFAULT_SEED)));
            folds = Integer.parseInt(options.getOrDefault("--folds", Integer.toString(TrainClauseModel.DEFAULT_FOLDS)));
        } catch (NumberFormatException e) {
            return usage(err, "--seed and --folds must be whole numbers");
        }
        if (folds < 2) {
            return usage(err, "--folds must be at least 2");
        }
        Path cuad = Path.of(options.get("--cuad"));
        Path samples = options.containsKey("--samples") ? Path.of(options.get("--samples")) : null;
        for (Path dir : samples == null ? new Path[] {cuad} : new Path[] {cuad, samples}) {
            if (!Files.isDirectory(dir)) {
                return usage(err, "Not a directory: " + dir);
            }
        }
        TrainClauseModel training = new TrainClauseModel(seed, err::println);
        try {
            byte[] model = null;
            if (options.get("--out") != null) {
                long started = System.nanoTime();
                model = training.train(cuad);
                Path target = Path.of(options.get("--out"));
                Files.write(target, model);
                err.printf("wrote %s: %d bytes, SHA-256 %s, in %.1f s%n", target, model.length, sha256(model),
                        (System.nanoTime() - started) / 1e9);
            }
            if (evaluate) {
                out.print(training.crossValidate(cuad, folds));
                if (samples != null) {
                    out.println();
                    out.print(training.evaluate(model, samples));
                }
                out.flush();
            }
            return ReviewCommand.OK;
        } catch (IOException e) {
            err.println(e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("Training failed: " + e.getMessage());
        }
        return ReviewCommand.FAILED;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static int usage(PrintStream err, String message) {
        if (!message.isEmpty()) {
            err.println(message);
        }
        err.println(USAGE_TEXT);
        return ReviewCommand.USAGE;
    }
}
