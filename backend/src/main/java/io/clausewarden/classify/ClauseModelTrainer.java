package io.clausewarden.classify;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import io.clausewarden.classify.CuadCorpus.Contract;
import io.clausewarden.classify.CuadCorpus.LabelledClause;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link ClauseModel} with Tribuo's LIBLINEAR trainer: for each category an L2-regularised logistic
 * regression, one category against the rest, over the located clauses of the given contracts. Each category's
 * threshold is the one that gave the best F1 on clauses the model had not seen, by an inner cross-validation by
 * contract over the same training contracts. Deterministic: the same contracts, settings and seed give the same
 * model, whatever the number of threads.
 */
final class ClauseModelTrainer {
    /** Tribuo needs an output per example; the yes/no targets of each category are set on the extracted rows. */
    private static final Label CLAUSE = new Label("clause");
    private static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int MAX_ITERATIONS = 1_000;
    /** The intercept of a category without a single training example: a probability of about 0.00005. */
    private static final double NO_EVIDENCE = -10;
    static final double[] THRESHOLDS = IntStream.rangeClosed(1, 19).mapToDouble(i -> i * 0.05).toArray();

    /**
     * @param cost                 LIBLINEAR's C: higher fits the training clauses more closely
     * @param minDocumentFrequency a term must occur in at least this many training clauses
     * @param minWeight            smaller weights are dropped from the stored model (keeps the file small)
     * @param innerFolds           folds of the inner cross-validation that picks the thresholds
     */
    record Settings(LinearClassificationType.LinearType solver, double cost, double epsilon, double positiveWeight,
                    int minDocumentFrequency, double minWeight, int innerFolds, long seed) {
        static Settings defaults(long seed) {
            return new Settings(LinearClassificationType.LinearType.L2R_LR, 1.0, 0.1, 5.0, 5, 0.05, 3, seed);
        }

        String describe() {
            return "logistic regression (LIBLINEAR " + solver + " via Tribuo), C " + cost + ", stopping tolerance " + epsilon + ", terms in at least "
                    + minDocumentFrequency + " clauses, positive examples weighted " + positiveWeight + ", weights below " + minWeight + " dropped, thresholds by "
                    + innerFolds + "-fold inner cross-validation, seed " + seed;
        }
    }

    private record Sample(String[] names, double[] values, List<String> categories) {
    }

    private final Settings settings;

    ClauseModelTrainer(Settings settings) {
        this.settings = settings;
    }

    ClauseModel train(List<Contract> contracts, List<String> categories, List<String> header) {
        ClauseModel model = fit(contracts, categories, header, new double[categories.size()]);
        if (settings.innerFolds() < 2) {
            return model;
        }
        double[] thresholds = chooseThresholds(contracts, categories);
        List<ClauseModel.Category> withThresholds = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            ClauseModel.Category category = model.categories().get(c);
            withThresholds.add(new ClauseModel.Category(category.name(), category.bias(), thresholds[c]));
        }
        return new ClauseModel(header, withThresholds, model.terms()).roundTrip();
    }

    /** For each category, the threshold with the best F1 over the inner folds' held-out clauses (ties: the middle one). */
    private double[] chooseThresholds(List<Contract> contracts, List<String> categories) {
        List<List<Contract>> folds = Folds.split(contracts, settings.innerFolds(), settings.seed());
        int[][] tp = new int[categories.size()][THRESHOLDS.length];
        int[][] fp = new int[categories.size()][THRESHOLDS.length];
        int[][] fn = new int[categories.size()][THRESHOLDS.length];
        for (int f = 0; f < folds.size(); f++) {
            ClauseModel inner = fit(Folds.without(folds, f), categories, List.of(), new double[categories.size()]);
            for (Contract contract : folds.get(f)) {
                for (LabelledClause clause : contract.clauses()) {
                    double[] p = inner.probabilities(clause.clause());
                    for (int c = 0; c < categories.size(); c++) {
                        boolean gold = clause.categories().contains(categories.get(c));
                        for (int t = 0; t < THRESHOLDS.length; t++) {
                            boolean predicted = p[c] >= THRESHOLDS[t];
                            if (predicted && gold) {
                                tp[c][t]++;
                            } else if (predicted) {
                                fp[c][t]++;
                            } else if (gold) {
                                fn[c][t]++;
                            }
                        }
                    }
                }
            }
        }
        double[] chosen = new double[categories.size()];
        for (int c = 0; c < categories.size(); c++) {
            double best = -1;
            List<Integer> bestAt = new ArrayList<>();
            for (int t = 0; t < THRESHOLDS.length; t++) {
                double f1 = tp[c][t] == 0 ? 0 : 2.0 * tp[c][t] / (2.0 * tp[c][t] + fp[c][t] + fn[c][t]);
                if (f1 > best) {
                    best = f1;
                    bestAt.clear();
                }
                if (f1 == best) {
                    bestAt.add(t);
                }
            }
            chosen[c] = THRESHOLDS[bestAt.get(bestAt.size() / 2)];
        }
        return chosen;
    }

    /** The model for these contracts, every category at the given threshold. */
    ClauseModel fit(List<Contract> contracts, List<String> categories, List<String> header, double[] thresholds) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<List<String>> gold = new ArrayList<>();
        for (Contract contract : contracts) {
            for (LabelledClause clause : contract.clauses()) {
                if (clause.located()) {
                    counts.add(ClauseFeatures.counts(clause.clause()));
                    gold.add(List.copyOf(clause.categories()));
                }
            }
        }
        Map<String, Double> idf = idf(counts);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Double> vector = ClauseModel.vector(counts.get(i), idf);
            if (vector.isEmpty()) {
                continue; // no known term: the model can only give such a clause its intercept
            }
            String[] names = vector.keySet().toArray(String[]::new);
            double[] values = vector.values().stream().mapToDouble(Double::doubleValue).toArray();
            samples.add(new Sample(names, values, gold.get(i)));
        }
        List<String> vocabulary = idf.keySet().stream().sorted().toList();
        SharedData data = shared(samples, vocabulary);
        List<double[]> weights = IntStream.range(0, categories.size()).parallel()
                .mapToObj(c -> weights(data, categories.get(c), vocabulary.size(), settings.seed() + c))
                .toList();
        List<ClauseModel.Category> modelCategories = new ArrayList<>();
        Map<String, List<Integer>> termCategories = new TreeMap<>();
        Map<String, List<Double>> termWeights = new HashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            double[] w = weights.get(c);
            modelCategories.add(new ClauseModel.Category(categories.get(c), ClauseModel.rounded(w[vocabulary.size()]),
                    thresholds[c]));
            for (int t = 0; t < vocabulary.size(); t++) {
                double weight = ClauseModel.rounded(w[t]);
                if (Math.abs(weight) >= settings.minWeight()) {
                    termCategories.computeIfAbsent(vocabulary.get(t), k -> new ArrayList<>()).add(c);
                    termWeights.computeIfAbsent(vocabulary.get(t), k -> new ArrayList<>()).add(weight);
                }
            }
        }
        Map<String, ClauseModel.Term> terms = new HashMap<>();
        for (String term : termCategories.keySet()) {
            List<Integer> cs = termCategories.get(term);
            List<Double> ws = termWeights.get(term);
            terms.put(term, new ClauseModel.Term(idf.get(term), cs.stream().mapToInt(Integer::intValue).toArray(),
                    ws.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return new ClauseModel(header, modelCategories, terms).roundTrip();
    }

    /** Inverse document frequency of the terms in enough clauses, rounded as the model file stores it. */
    private Map<String, Double> idf(List<Map<String, Integer>> counts) {
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(term -> df.merge(term, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        int n = counts.size();
        df.forEach((term, d) -> {
            if (d >= settings.minDocumentFrequency()) {
                idf.put(term, ClauseModel.rounded(Math.log((1.0 + n) / (1.0 + d)) + 1));
            }
        });
        return idf;
    }

    /**
     * The category's weights by term in sorted vocabulary order, then the intercept as the last element. Terms
     * the training clauses of this call do not use get weight zero.
     */
    private double[] weights(SharedData data, String category, int size, long seed) {
        double[] y = new double[data.gold().size()];
        boolean any = false;
        for (int i = 0; i < y.length; i++) {
            y[i] = data.gold().get(i).contains(category) ? 1 : 0;
            any |= y[i] == 1;
        }
        double[] weights = new double[size + 1];
        if (!any) {
            weights[size] = NO_EVIDENCE;
            return weights;
        }
        Model model = new CategoryTrainer(settings.solver(), settings.cost(), settings.epsilon(), seed).fit(data, y,
                settings.positiveWeight());
        double[] raw = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        for (int id = 0; id < data.positions().length; id++) {
            weights[data.positions()[id]] = sign * raw[id];
        }
        weights[size] = sign * raw[data.positions().length];
        return weights;
    }

    /** The training clauses as LIBLINEAR rows (built once by Tribuo, shared by every category). */
    private record SharedData(FeatureNode[][] rows, int features, int[] positions, List<List<String>> gold) {
    }

    private static SharedData shared(List<Sample> samples, List<String> vocabulary) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("CUAD v1 clauses", FIXED_TIME, factory), factory);
        for (Sample sample : samples) {
            dataset.add(new ArrayExample<>(CLAUSE, sample.names(), sample.values()));
        }
        FeatureNode[][] rows = CategoryTrainer.rows(dataset);
        ImmutableFeatureMap features = dataset.getFeatureIDMap();
        Map<String, Integer> position = new HashMap<>();
        for (int t = 0; t < vocabulary.size(); t++) {
            position.put(vocabulary.get(t), t);
        }
        int[] positions = new int[features.size()];
        for (int id = 0; id < features.size(); id++) {
            positions[id] = position.get(features.get(id).getName());
        }
        return new SharedData(rows, features.size() + 1, positions,
                samples.stream().map(Sample::categories).toList());
    }

    /**
     * Tribuo's LIBLINEAR classification trainer, used for one yes/no category at a time over rows it extracted once:
     * its {@code train(Dataset)} would rebuild the rows of every clause for each of the categories.
     */
    private static final class CategoryTrainer extends LibLinearClassificationTrainer {
        CategoryTrainer(LinearClassificationType.LinearType solver, double cost, double epsilon, long seed) {
            super(new LinearClassificationType(solver), cost, MAX_ITERATIONS, epsilon, seed);
        }

        static FeatureNode[][] rows(MutableDataset<Label> dataset) {
            CategoryTrainer trainer = new CategoryTrainer(LinearClassificationType.LinearType.L2R_LR, 1, 0.1, 0);
            return trainer.extractData(dataset, dataset.getOutputIDInfo(), dataset.getFeatureIDMap()).getA();
        }

        Model fit(SharedData data, double[] y, double positiveWeight) {
            Parameter parameter = libLinearParams.clone();
            parameter.setRandom(new Random(seed));
            parameter.setWeights(new double[] {positiveWeight, 1}, new int[] {1, 0});
            return trainModels(parameter, data.features(), data.rows(), new double[][] {y}).get(0);
        }
    }
}
