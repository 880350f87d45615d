package io.clausewarden.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewarden.classify.ClauseType;
import io.clausewarden.classify.Taxonomy;
import io.clausewarden.classify.TypeScore;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.ParsedDocument;
import io.clausewarden.evaluation.CuadSpans.Segment;
import io.clausewarden.evaluation.CuadSpans.Span;
import io.clausewarden.support.LocatedText;
import io.clausewarden.support.LocatedText.Range;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.Position;
import io.clausewarden.review.Finding;
import io.clausewarden.review.ReviewReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How much of what CUAD's annotators labelled the review speaks to: over contracts in the CUAD v1 format, every
 * labelled span of a category whose clause type (taxonomy {@code cuad:}) some position of a playbook reads, either
 * as its own clause type or through a requirement ({@code requires: in:}), is covered when the review with that
 * playbook holds a finding on that clause type (any outcome but {@code missing}) whose quote overlaps the span in
 * the contract's text. A miss is put down to the first reason that explains it (see {@link Miss}). Contracts are
 * reviewed one at a time; only the counts are kept.
 */
public final class CuadCoverage {
    /** Reviews one read contract with one playbook, as production does. */
    @FunctionalInterface
    public interface Reviewer {
        ReviewReport review(Playbook playbook, ParsedDocument document);
    }

    /** Why a labelled span is not covered, in the order they are tested. */
    public enum Miss {
        SPAN_OUTSIDE_CLAUSES("the span lies in no clause the engine read (text not located)"),
        NO_CLAUSE_OF_TYPE("no clause of the document is classified as the type"),
        SPAN_CLAUSE_NOT_TYPED("the clause holding the span is not classified as the type (another clause is)"),
        POSITION_NOT_APPLIED("the clause is typed, but no position reading the type applies (when:)"),
        NO_FINDING_OF_TYPE("the clause is typed, but the review reports no finding on the type"),
        FINDING_ON_OTHER_CLAUSE("the findings on the type quote other clauses"),
        QUOTE_NOT_LOCATED("a finding on the clause has a quote not located in the text"),
        QUOTES_OTHER_SENTENCE("the finding on the clause quotes another sentence of it");

        private final String description;

        Miss(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One category under one playbook: located labelled spans and how many the review covers. */
    public record Row(String category, String type, String playbook, int spans, int covered, int notLocated) {
        public double share() {
            return spans == 0 ? 0 : (double) covered / spans;
        }
    }

    public record MissCount(String category, String playbook, Miss reason, int count) {
    }

    /** @param rows by category, then playbook */
    public record Result(int contracts, List<Row> rows, List<MissCount> misses) {
        public Result {
            rows = List.copyOf(rows);
            misses = List.copyOf(misses);
        }

        public int spans() {
            return rows.stream().mapToInt(Row::spans).sum();
        }

        public int covered() {
            return rows.stream().mapToInt(Row::covered).sum();
        }

        public double share() {
            return spans() == 0 ? 0 : (double) covered() / spans();
        }

        public Row row(String category, String playbook) {
            return rows.stream().filter(r -> r.category().equals(category) && r.playbook().equals(playbook))
                    .findFirst().orElse(null);
        }
    }

    private final Reviewer reviewer;
    private final Taxonomy taxonomy;
    private final DocumentReader reader = new DocumentReader();

    public CuadCoverage(Reviewer reviewer, Taxonomy taxonomy) {
        this.reviewer = reviewer;
        this.taxonomy = taxonomy;
    }

    /** The label files of a CUAD-format directory, sorted by name; the first {@code limit} (0: all). */
    public static List<Path> contractsIn(Path dir, int limit) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> labels = files.filter(p -> p.getFileName().toString().endsWith(".labels.json")).sorted().toList();
            return limit > 0 && limit < labels.size() ? labels.subList(0, limit) : labels;
        }
    }

    /**
     * @param progress told (contracts done, contracts in all) after each contract
     * @throws IOException when a label file or its text cannot be read
     */
    public Result measure(List<Path> labelFiles, List<Playbook> playbooks, BiConsumer<Integer, Integer> progress)
            throws IOException {
        Tally tally = new Tally();
        int done = 0;
        for (Path labelFile : labelFiles) {
            JsonNode json = CuadSpans.json(labelFile);
            String name = json.path("txt_file").asText();
            Path textFile = labelFile.resolveSibling(name);
            byte[] content = Files.readAllBytes(textFile);
            String text = new String(content, StandardCharsets.UTF_8);
            List<Span> spans = CuadSpans.read(json, text).spans();
            ParsedDocument document = reader.read(name, content);
            Contract contract = new Contract(text, document.clauses());
            for (Playbook playbook : playbooks) {
                Map<String, String> typeOf = typesRead(playbook);
                List<Span> counted = spans.stream().filter(s -> typeOf.containsKey(s.category())).toList();
                if (counted.isEmpty()) {
                    continue;
                }
                ReviewReport report = reviewer.review(playbook, document);
                for (Span span : counted) {
                    String type = typeOf.get(span.category());
                    if (!span.located()) {
                        tally.notLocated(span.category(), type, playbook.id());
                        continue;
                    }
                    Miss miss = contract.miss(span, type, playbook, report);
                    tally.count(span.category(), type, playbook.id(), miss);
                }
            }
            progress.accept(++done, labelFiles.size());
        }
        return tally.result(done);
    }

    /** CUAD category to clause type, for every type with a category that some position of the playbook reads. */
    Map<String, String> typesRead(Playbook playbook) {
        Map<String, String> read = new TreeMap<>();
        for (ClauseType type : taxonomy.types()) {
            if (type.cuad() != null && !playbook.readingClausesOf(type.id()).isEmpty()) {
                read.put(type.cuad(), type.id());
            }
        }
        return read;
    }

    /** One contract's text with the engine's clauses located in it. */
    private static final class Contract {
        private final LocatedText text;
        private final Map<Integer, Range> clauseAt = new HashMap<>();

        Contract(String original, List<Clause> clauses) {
            this.text = new LocatedText(original);
            int cursor = 0;
            for (Clause clause : clauses) {
                Range at = text.find(clause.text(), cursor);
                if (at == null) {
                    at = text.find(clause.text(), 0);
                }
                if (at != null) {
                    clauseAt.put(clause.index(), at);
                    cursor = at.normalizedEnd();
                }
            }
        }

        /** Null when the span is covered, else why not. */
        Miss miss(Span span, String type, Playbook playbook, ReviewReport report) {
            List<Finding> ofType = report.findings().stream()
                    .filter(f -> type.equals(f.clauseType()) && !Finding.MISSING.equals(f.position()) && f.quote() != null)
                    .toList();
            Map<Finding, Range> quoted = new LinkedHashMap<>();
            ofType.forEach(f -> quoted.put(f, quoteAt(f)));
            if (quoted.values().stream().anyMatch(r -> r != null && overlaps(r, span))) {
                return null;
            }
            Set<Integer> holding = clauseAt.entrySet().stream().filter(e -> overlaps(e.getValue(), span))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            if (holding.isEmpty()) {
                return Miss.SPAN_OUTSIDE_CLAUSES;
            }
            Set<Integer> typed = report.clauses().stream().filter(c -> hasType(c, type))
                    .map(ReviewReport.ReviewedClause::index).collect(Collectors.toSet());
            if (typed.isEmpty()) {
                return Miss.NO_CLAUSE_OF_TYPE;
            }
            if (holding.stream().noneMatch(typed::contains)) {
                return Miss.SPAN_CLAUSE_NOT_TYPED;
            }
            Set<String> notApplied = report.notApplied().stream().map(Playbook.Skipped::positionId)
                    .collect(Collectors.toSet());
            if (playbook.readingClausesOf(type).stream().map(Position::id).allMatch(notApplied::contains)) {
                return Miss.POSITION_NOT_APPLIED;
            }
            if (ofType.isEmpty()) {
                return Miss.NO_FINDING_OF_TYPE;
            }
            List<Finding> onHolding = ofType.stream().filter(f -> holding.contains(f.clauseIndex())).toList();
            if (onHolding.isEmpty()) {
                return Miss.FINDING_ON_OTHER_CLAUSE;
            }
            return onHolding.stream().anyMatch(f -> quoted.get(f) == null) ? Miss.QUOTE_NOT_LOCATED
                    : Miss.QUOTES_OTHER_SENTENCE;
        }

        /** The quote in the text: within its clause where the clause was located, else its first occurrence. */
        private Range quoteAt(Finding finding) {
            Range clause = clauseAt.get(finding.clauseIndex());
            if (clause != null) {
                Range at = text.find(finding.quote(), clause.normalizedStart());
                if (at != null && at.normalizedStart() < clause.normalizedEnd()) {
                    return at;
                }
            }
            return text.find(finding.quote(), 0);
        }

        private static boolean hasType(ReviewReport.ReviewedClause clause, String type) {
            return clause.types().stream().map(TypeScore::type).anyMatch(type::equals);
        }

        private static boolean overlaps(Range range, Span span) {
            return span.segments().stream().anyMatch((Segment s) -> range.overlaps(s.start(), s.end()));
        }
    }

    /** The counts, keyed so that the result comes out in a fixed order. */
    private static final class Tally {
        private final Map<List<String>, int[]> rows = new TreeMap<>(CuadCoverage::compareKeys);
        private final Map<List<String>, Integer> misses = new TreeMap<>(CuadCoverage::compareKeys);

        void notLocated(String category, String type, String playbook) {
            row(category, type, playbook)[2]++;
        }

        void count(String category, String type, String playbook, Miss miss) {
            int[] row = row(category, type, playbook);
            row[0]++;
            if (miss == null) {
                row[1]++;
            } else {
                misses.merge(List.of(category, playbook, miss.name()), 1, Integer::sum);
            }
        }

        private int[] row(String category, String type, String playbook) {
            return rows.computeIfAbsent(List.of(category, playbook, type), k -> new int[3]);
        }

        Result result(int contracts) {
            List<Row> rowList = new ArrayList<>();
            rows.forEach((k, v) -> rowList.add(new Row(k.get(0), k.get(2), k.get(1), v[0], v[1], v[2])));
            List<MissCount> missList = new ArrayList<>();
            misses.forEach((k, v) -> missList.add(new MissCount(k.get(0), k.get(1), Miss.valueOf(k.get(2)), v)));
            return new Result(contracts, rowList, missList);
        }
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
