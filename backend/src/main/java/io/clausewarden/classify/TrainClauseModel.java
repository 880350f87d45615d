package io.clausewarden.classify;

import io.clausewarden.classify.ClauseModelEvaluation.Result;
import io.clausewarden.classify.CuadCorpus.Contract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains the clause model on CUAD-format contracts, and measures it by cross-validation by contract. Used by the
 * {@code train-classifier} command and the specs. The same contracts and seed give a byte-identical model file.
 */
public final class TrainClauseModel {
    public static final long DEFAULT_SEED = 20_261_203L;
    public static final int DEFAULT_FOLDS = 5;

    private final ClauseModelTrainer.Settings settings;
    private final Consumer<String> progress;

    /** @param progress told what is being done (never any clause text) */
    public TrainClauseModel(long seed, Consumer<String> progress) {
        this(ClauseModelTrainer.Settings.defaults(seed), progress);
    }

    TrainClauseModel(ClauseModelTrainer.Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The model file trained on every contract of the directory. */
    public byte[] train(Path cuad) {
        List<Contract> contracts = read(cuad);
        List<String> categories = List.copyOf(CuadCorpus.categories(contracts));
        progress.accept("training on " + contracts.size() + " contracts, " + categories.size() + " categories");
        return train(contracts, categories).bytes();
    }

    ClauseModel train(List<Contract> contracts, List<String> categories) {
        List<String> header = List.of(
                "Clausewarden clause model: which CUAD clause categories a clause carries.",
                "Trained on CUAD v1, The Atticus Project (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/):",
                "  " + contracts.size() + " contracts, "
                        + contracts.stream().mapToInt(c -> c.clauses().size()).sum()
                        + " clauses as the document reader cuts them; a clause carries a category when it overlaps a"
                        + " labelled segment by at least half of the shorter of the two.",
                "Features: " + ClauseFeatures.DESCRIPTION + ".",
                "Model: " + settings.describe() + ".",
                "Scoring: p = 1 / (1 + exp(-(bias + sum of weight * feature value))); a clause carries the category"
                        + " when p >= threshold.",
                "Made by: java -jar clausewarden.jar train-classifier --cuad DIR --out FILE --seed " + settings.seed());
        return new ClauseModelTrainer(settings).train(contracts, categories, header);
    }

    /**
     * Cross-validation by contract: each fold's contracts are classified by a model trained (thresholds included)
     * on the other folds only. Reports the model alone, the model with the rules it gates (as the engine combines
     * them, without the exemplars) and the rules alone.
     */
    public String crossValidate(Path cuad, int k) {
        List<Contract> contracts = read(cuad);
        List<String> categories = List.copyOf(CuadCorpus.categories(contracts));
        Taxonomy taxonomy = Taxonomy.bundled();
        Map<String, Result> results = new LinkedHashMap<>();
        results.put("model", new Result(categories));
        results.put("model + gated rules", new Result(categories));
        results.put("rules", new Result(categories));
        List<List<Contract>> folds = Folds.split(contracts, k, settings.seed());
        List<String> thresholds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            progress.accept("fold " + (f + 1) + " of " + k + ": training on " + (contracts.size() - folds.get(f).size())
                    + " contracts");
            ClauseModel model = train(Folds.without(folds, f), categories);
            thresholds.add(model.categories().stream().map(c -> ClauseModelEvaluation.format("%.2f", c.threshold()))
                    .toList().toString());
            count(folds.get(f), model, taxonomy, results);
        }
        StringBuilder report = new StringBuilder();
        report.append(ClauseModelEvaluation.format("%d-fold cross-validation by contract (seed %d): %d contracts, %d"
                        + " clauses, %d of them carry at least one category.%n%n", k, settings.seed(), contracts.size(),
                contracts.stream().mapToLong(c -> c.clauses().size()).sum(),
                contracts.stream().flatMap(c -> c.clauses().stream()).filter(c -> !c.categories().isEmpty()).count()));
        report.append(ClauseModelEvaluation.table(results, ClauseModelEvaluation.MIN_SUPPORT));
        return report.toString();
    }

    /**
     * The given model file (or the bundled one when null) measured on held-out contracts: the model alone, with the
     * rules, and the rules alone; every category with at least one labelled clause counts towards the macro-F1.
     */
    public String evaluate(byte[] modelFile, Path samples) {
        ClauseModel model;
        try {
            model = modelFile == null ? TrainedScorer.bundledModel()
                    : ClauseModel.read(new java.io.ByteArrayInputStream(modelFile));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a clause model: " + e.getMessage(), e);
        }
        List<Contract> held = read(samples);
        List<String> categories = model.categories().stream().map(ClauseModel.Category::name).toList();
        Map<String, Result> results = new LinkedHashMap<>();
        results.put("model", new Result(categories));
        results.put("model + gated rules", new Result(categories));
        results.put("rules", new Result(categories));
        count(held, model, Taxonomy.bundled(), results);
        return ClauseModelEvaluation.format("Held-out contracts: %d contracts, %d clauses, %s model.%n%n", held.size(),
                held.stream().mapToLong(c -> c.clauses().size()).sum(), modelFile == null ? "the bundled" : "the new")
                + ClauseModelEvaluation.table(results, 1);
    }

    private static void count(List<Contract> contracts, ClauseModel model, Taxonomy taxonomy,
                              Map<String, Result> results) {
        TrainedScorer trained = new TrainedScorer(model, taxonomy, ClauseClassifier.DEFAULT_THRESHOLD);
        RuleScorer rules = new RuleScorer(taxonomy);
        ClauseModelEvaluation.count(contracts, ClauseModelEvaluation.categoriesOf(
                ClauseClassifier.of(taxonomy, List.of(trained), ClauseClassifier.DEFAULT_THRESHOLD)),
                results.get("model"));
        ClauseModelEvaluation.count(contracts, ClauseModelEvaluation.categoriesOf(
                ClauseClassifier.of(taxonomy, List.of(trained.gate(rules), trained), ClauseClassifier.DEFAULT_THRESHOLD)),
                results.get("model + gated rules"));
        ClauseModelEvaluation.count(contracts, ClauseModelEvaluation.categoriesOf(
                ClauseClassifier.of(taxonomy, List.of(rules), ClauseClassifier.DEFAULT_THRESHOLD)),
                results.get("rules"));
    }

    private List<Contract> read(Path dir) {
        progress.accept("reading " + dir);
        List<Contract> contracts = CuadCorpus.read(dir);
        if (contracts.isEmpty()) {
            throw new IllegalArgumentException("No *.labels.json contracts in " + dir);
        }
        return contracts;
    }
}
