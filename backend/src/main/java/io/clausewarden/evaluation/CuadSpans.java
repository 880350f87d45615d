package io.clausewarden.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled spans of one contract in the CUAD v1 format ({@code NAME.labels.json}): each clause the annotators
 * labelled with a category, as the segments of the text it covers (a span CUAD joins with {@code <omitted>} has
 * several). Offsets are turned from code points into Java string indices; segments not found in the text are
 * dropped, and a span with none left is counted as not located. The metadata categories are left out.
 */
final class CuadSpans {
    static final Set<String> METADATA = Set.of("Document Name", "Parties", "Agreement Date", "Effective Date");

    record Segment(int start, int end) {
    }

    /** One labelled clause; {@code segments} empty when none of it was located in the text. */
    record Span(String category, List<Segment> segments) {
        Span {
            segments = List.copyOf(segments);
        }

        boolean located() {
            return !segments.isEmpty();
        }
    }

    /** @param textFile the contract's text, beside the labels */
    record Labels(String textFile, List<Span> spans) {
        Labels {
            spans = List.copyOf(spans);
        }
    }

    private CuadSpans() {
    }

    /** The label file's text file name and spans; {@code text} is that file's content. */
    static Labels read(JsonNode labels, String text) {
        List<Span> spans = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        labels.path("categories").fields().forEachRemaining(category -> {
            if (METADATA.contains(category.getKey())) {
                return;
            }
            for (JsonNode clause : category.getValue().path("clauses")) {
                List<Segment> segments = new ArrayList<>();
                for (JsonNode segment : clause.path("segments")) {
                    if (segment.path("start").isInt() && segment.path("end").isInt()) {
                        int start = text.offsetByCodePoints(0, Math.min(segment.get("start").asInt(), codePoints));
                        int end = text.offsetByCodePoints(0, Math.min(segment.get("end").asInt(), codePoints));
                        if (end > start) {
                            segments.add(new Segment(start, end));
                        }
                    }
                }
                spans.add(new Span(category.getKey(), segments));
            }
        });
        return new Labels(labels.path("txt_file").asText(), spans);
    }

    static JsonNode json(Path labelsFile) throws IOException {
        return new ObjectMapper().readTree(labelsFile.toFile());
    }
}
