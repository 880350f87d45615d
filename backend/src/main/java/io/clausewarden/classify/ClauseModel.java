package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear clause model: one logistic regression per CUAD category over {@link ClauseFeatures}, each with its own
 * decision threshold. Stored as UTF-8 text, one line per category and per term (see {@link #write}), so the file
 * says what it holds and a diff of two trainings can be read; numbers are written with fixed decimals, so equal
 * training gives an equal file. Immutable and thread-safe.
 */
final class ClauseModel {
    static final String FORMAT = "clausewarden-clause-model 1";
    private static final int DECIMALS = 4;

    /** One category: its name, the intercept, and the probability at or above which a clause carries it. */
    record Category(String name, double bias, double threshold) {
    }

    /** One term: its inverse document frequency and its weight for each category where it has one. */
    record Term(double idf, int[] categories, double[] weights) {
    }

    private final List<String> header;
    private final List<Category> categories;
    private final Map<String, Term> terms;

    ClauseModel(List<String> header, List<Category> categories, Map<String, Term> terms) {
        this.header = List.copyOf(header);
        this.categories = List.copyOf(categories);
        this.terms = java.util.Collections.unmodifiableMap(new HashMap<>(terms));
    }

    List<Category> categories() {
        return categories;
    }

    Map<String, Term> terms() {
        return terms;
    }

    int termCount() {
        return terms.size();
    }

    /** The probability of each category (in {@link #categories()} order) for the clause. */
    double[] probabilities(Clause clause) {
        double[] scores = new double[categories.size()];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = categories.get(c).bias();
        }
        Map<String, Integer> counts = ClauseFeatures.counts(clause);
        double scale = scale(counts);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Term term = terms.get(entry.getKey());
            if (term != null) {
                double value = value(entry.getValue(), term.idf(), scale);
                for (int k = 0; k < term.categories().length; k++) {
                    scores[term.categories()[k]] += term.weights()[k] * value;
                }
            }
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] = 1 / (1 + Math.exp(-scores[c]));
        }
        return scores;
    }

    /**
     * A term's feature value: (1 + ln count) * idf, divided by the square root of the number of distinct terms of
     * the clause (known to the model or not), so the value does not depend on which terms the file keeps and a
     * term without weights can be left out of it.
     */
    static double value(int count, double idf, double scale) {
        return (1 + Math.log(count)) * idf * scale;
    }

    static double scale(Map<String, Integer> counts) {
        return counts.isEmpty() ? 0 : 1 / Math.sqrt(counts.size());
    }

    /** The trainer's view of a clause: the value of each term that has an idf. */
    static Map<String, Double> vector(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new LinkedHashMap<>();
        double scale = scale(counts);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Double weight = idf.get(entry.getKey());
            if (weight != null) {
                vector.put(entry.getKey(), value(entry.getValue(), weight, scale));
            }
        }
        return vector;
    }

    /**
     * Writes the model:
     * <pre>
     * # free-text header lines (what it was trained on, with which settings, attribution)
     * format clausewarden-clause-model 1
     * category INDEX BIAS THRESHOLD NAME        (one line per category)
     * term TERM&lt;TAB&gt;IDF&lt;TAB&gt;INDEX:WEIGHT INDEX:WEIGHT ...   (one line per term, sorted)
     * </pre>
     */
    void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : header) {
            writer.write("# " + line + "\n");
        }
        writer.write("format " + FORMAT + "\n");
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            writer.write("category " + c + " " + number(category.bias()) + " " + number(category.threshold()) + " "
                    + category.name() + "\n");
        }
        for (String name : terms.keySet().stream().sorted().toList()) {
            Term term = terms.get(name);
            StringBuilder line = new StringBuilder("term ").append(name).append('\t').append(number(term.idf()))
                    .append('\t');
            for (int k = 0; k < term.categories().length; k++) {
                line.append(k == 0 ? "" : " ").append(term.categories()[k]).append(':')
                        .append(number(term.weights()[k]));
            }
            writer.write(line.append('\n').toString());
        }
        writer.flush();
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The model as written and read back: what a file holds, rounding included. */
    ClauseModel roundTrip() {
        try {
            return read(new ByteArrayInputStream(bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rounds to the stored precision; a weight that rounds to zero is not stored. */
    static double rounded(double value) {
        return new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String number(double value) {
        BigDecimal decimal = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }

    static ClauseModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        Map<String, Term> terms = new HashMap<>(1 << 17);
        boolean formatSeen = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("# ")) {
                header.add(line.substring(2));
            } else if (line.startsWith("format ")) {
                if (!line.substring(7).equals(FORMAT)) {
                    throw new IOException("Unknown clause model format: " + line.substring(7));
                }
                formatSeen = true;
            } else if (!formatSeen) {
                throw new IOException("Not a clause model: no format line before line " + number);
            } else if (line.startsWith("category ")) {
                String[] parts = line.split(" ", 5);
                if (parts.length != 5 || Integer.parseInt(parts[1]) != categories.size()) {
                    throw new IOException("Bad category line " + number);
                }
                categories.add(new Category(parts[4], Double.parseDouble(parts[2]), Double.parseDouble(parts[3])));
            } else if (line.startsWith("term ")) {
                int nameEnd = line.indexOf('\t', 5);
                int idfEnd = nameEnd < 0 ? -1 : line.indexOf('\t', nameEnd + 1);
                if (idfEnd < 0) {
                    throw new IOException("Bad term line " + number);
                }
                int pairs = 0;
                for (int i = idfEnd + 1; i < line.length(); i++) {
                    pairs += line.charAt(i) == ':' ? 1 : 0;
                }
                int[] indices = new int[pairs];
                double[] weights = new double[pairs];
                int at = idfEnd + 1;
                try {
                    for (int k = 0; k < pairs; k++) {
                        int colon = line.indexOf(':', at);
                        int end = line.indexOf(' ', colon);
                        end = end < 0 ? line.length() : end;
                        indices[k] = Integer.parseInt(line, at, colon, 10);
                        weights[k] = decimal(line, colon + 1, end);
                        at = end + 1;
                        if (indices[k] < 0 || indices[k] >= categories.size()) {
                            throw new IOException("Unknown category " + indices[k] + " on line " + number);
                        }
                    }
                    terms.put(line.substring(5, nameEnd), new Term(decimal(line, nameEnd + 1, idfEnd), indices, weights));
                } catch (NumberFormatException e) {
                    throw new IOException("Bad number on line " + number);
                }
            } else if (!line.isBlank()) {
                throw new IOException("Unexpected line " + number);
            }
        }
        if (!formatSeen) {
            throw new IOException("Not a clause model: no format line");
        }
        return new ClauseModel(header, categories, terms);
    }

    /**
     * A number as {@link #write} writes it (optional minus, digits, at most {@value #DECIMALS} decimals), parsed
     * without {@link Double#parseDouble}: both operands of the division are exact, so the quotient is the double
     * nearest to the written decimal, the same value parseDouble gives.
     */
    private static double decimal(String text, int start, int end) {
        boolean negative = start < end && text.charAt(start) == '-';
        long digits = 0;
        long scale = 1;
        boolean fraction = false;
        int count = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
            } else if (c >= '0' && c <= '9' && count < 15) {
                digits = digits * 10 + (c - '0');
                count++;
                scale *= fraction ? 10 : 1;
            } else {
                throw new NumberFormatException(text.substring(start, end));
            }
        }
        if (count == 0) {
            throw new NumberFormatException(text.substring(start, end));
        }
        double value = digits / (double) scale;
        return negative ? -value : value;
    }

    List<String> header() {
        return header;
    }
}
