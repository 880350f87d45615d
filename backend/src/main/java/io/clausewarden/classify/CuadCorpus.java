package io.clausewarden.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.support.LocatedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Contracts labelled in the CUAD v1 format ({@code NAME.txt} beside {@code NAME.labels.json}), cut into clauses by
 * the production {@link DocumentReader}. A clause carries a CUAD category when it overlaps a segment the annotators
 * labelled with that category by at least half of the shorter of the two (see {@link #carries}): a clause that
 * holds a labelled sentence carries it, and so does a clause wholly inside a long labelled passage, but a clause
 * that shares a few words with a label at its edge does not. The metadata categories are dropped.
 */
public final class CuadCorpus {
    /** CUAD categories that name facts of the document rather than kinds of clause. */
    public static final Set<String> METADATA = Set.of("Document Name", "Parties", "Agreement Date", "Effective Date");
    static final double MIN_OVERLAP = 0.5;

    /** One clause as the engine sees it, with the categories it carries; {@code located} false if not found. */
    public record LabelledClause(String contract, Clause clause, boolean located, Set<String> categories) {
        public LabelledClause {
            categories = Set.copyOf(categories);
        }
    }

    public record Contract(String name, List<LabelledClause> clauses) {
        public Contract {
            clauses = List.copyOf(clauses);
        }
    }

    private record Segment(String category, int start, int end) {
    }

    private CuadCorpus() {
    }

    /** Every labelled contract of {@code dir}, sorted by file name. */
    public static List<Contract> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> labels = files.filter(p -> p.getFileName().toString().endsWith(".labels.json")).sorted().toList();
            return labels.parallelStream().map(file -> contract(new DocumentReader(), dir, file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clause categories (metadata excluded) labelled anywhere in {@code contracts}, sorted. */
    public static SortedSet<String> categories(List<Contract> contracts) {
        SortedSet<String> all = new TreeSet<>();
        contracts.forEach(c -> c.clauses().forEach(l -> all.addAll(l.categories())));
        return all;
    }

    static boolean carries(int clauseStart, int clauseEnd, int segmentStart, int segmentEnd) {
        int overlap = Math.min(clauseEnd, segmentEnd) - Math.max(clauseStart, segmentStart);
        int shorter = Math.min(clauseEnd - clauseStart, segmentEnd - segmentStart);
        return overlap > 0 && overlap >= MIN_OVERLAP * shorter;
    }

    private static Contract contract(DocumentReader reader, Path dir, Path labelsFile) {
        try {
            JsonNode labels = new ObjectMapper().readTree(labelsFile.toFile());
            String name = labels.path("txt_file").asText();
            String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            List<Segment> segments = segments(labels, text);
            List<Clause> clauses = reader.read(name, text.getBytes(StandardCharsets.UTF_8)).clauses();
            Locator locator = new Locator(text);
            List<LabelledClause> labelled = new ArrayList<>();
            for (Clause clause : clauses) {
                int[] at = locator.find(clause.text());
                Set<String> categories = new LinkedHashSet<>();
                if (at != null) {
                    segments.stream().filter(s -> carries(at[0], at[1], s.start(), s.end()))
                            .forEach(s -> categories.add(s.category()));
                }
                labelled.add(new LabelledClause(name, clause, at != null, categories));
            }
            return new Contract(name, labelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labelled segments of the clause categories, offsets turned from code points into Java string indices. */
    private static List<Segment> segments(JsonNode labels, String text) {
        List<Segment> segments = new ArrayList<>();
        labels.path("categories").fields().forEachRemaining(category -> {
            if (METADATA.contains(category.getKey())) {
                return;
            }
            for (JsonNode clause : category.getValue().path("clauses")) {
                for (JsonNode segment : clause.path("segments")) {
                    if (segment.has("start") && segment.get("start").isInt()) {
                        segments.add(new Segment(category.getKey(), index(text, segment.get("start").asInt()),
                                index(text, segment.get("end").asInt())));
                    }
                }
            }
        });
        return segments;
    }

    private static int index(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, cps));
    }

    /** Finds clause texts in the original document in reading order, ignoring differences in whitespace. */
    static final class Locator {
        private final LocatedText text;
        private int cursor;

        Locator(String text) {
            this.text = new LocatedText(text);
        }

        /** [start, end) in the original text, or null when the text is not found. */
        int[] find(String clause) {
            LocatedText.Range at = text.find(clause, cursor);
            if (at == null) {
                at = text.find(clause, 0);
            }
            if (at == null) {
                return null;
            }
            cursor = at.normalizedEnd();
            return new int[] {at.start(), at.end()};
        }
    }
}
