package io.clausewarden.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads answer keys from YAML files (the format of {@code docs/quality.md}, "Answer keys"). */
public final class AnswerKeys {
    static final Set<String> OUTCOMES = Set.of("preferred", "fallback", "deviation", "red_line", "needs_review",
            "missing", "not_applicable");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AnswerKeys() {
    }

    /** @throws IllegalArgumentException naming the file and field when the key is malformed */
    public static AnswerKey read(Path file) throws IOException {
        JsonNode root = YAML.readTree(Files.readString(file));
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static AnswerKey parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an answer key is a YAML mapping");
        }
        List<AnswerKey.Expectation> expectations = new ArrayList<>();
        JsonNode list = root.path("expectations");
        for (int i = 0; i < list.size(); i++) {
            expectations.add(expectation(list.get(i), "expectations[" + i + "]"));
        }
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException("expectations: at least one is needed");
        }
        List<AnswerKey.ProtectedPassage> passages = new ArrayList<>();
        JsonNode protectedList = root.path("protected");
        for (int i = 0; i < protectedList.size(); i++) {
            passages.add(new AnswerKey.ProtectedPassage(text(protectedList.get(i), "text", "protected[" + i + "]"),
                    protectedList.get(i).path("why").asText(null)));
        }
        return new AnswerKey(text(root, "document", ""), text(root, "playbook", ""), root.path("ourParty").asText(null),
                root.path("counterparty").asText(null), expectations, passages);
    }

    private static AnswerKey.Expectation expectation(JsonNode node, String where) {
        List<String> accept = new ArrayList<>();
        node.path("accept").forEach(a -> accept.add(a.asText()));
        if (accept.isEmpty()) {
            throw new IllegalArgumentException(where + ".accept: name at least one outcome");
        }
        for (String outcome : accept) {
            if (!OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException(where + ".accept: '" + outcome + "' is not an outcome");
            }
        }
        String anchor = node.path("anchor").asText(null);
        return new AnswerKey.Expectation(text(node, "clauseType", where), accept,
                anchor == null || anchor.isBlank() ? null : anchor, node.path("why").asText(null));
    }

    private static String text(JsonNode node, String field, String where) {
        String value = node.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException((where.isEmpty() ? "" : where + ".") + field + " is required");
        }
        return value;
    }
}
