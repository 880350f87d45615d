package io.clausewarden.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The one shape a model may answer in ({@code llm/answer.schema.json}). Every answer is checked against
 * the full schema; providers receive a copy without the keywords their structured-output modes reject.
 */
public final class AnswerSchema {
    public static final String NAME = "clause_answer";
    /** Larger answers are discarded unread: the schema's own limits add up to well under this. */
    public static final int MAX_ANSWER_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = load();
    private static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA);
    private static final JsonNode WIRE = wire(SCHEMA);

    private AnswerSchema() {
    }

    /** The schema as documented and validated. */
    public static JsonNode full() {
        return SCHEMA.deepCopy();
    }

    /** The schema sent to providers: without $schema/$id/title and the length and range keywords strict modes refuse. */
    public static JsonNode wire() {
        return WIRE.deepCopy();
    }

    /** The answer, if {@code json} is one JSON object that follows the schema and is not oversized. */
    public static Optional<ModelAnswer> parse(String json) {
        if (json == null || json.getBytes(StandardCharsets.UTF_8).length > MAX_ANSWER_BYTES) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !VALIDATOR.validate(node).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModelAnswer(ModelAnswer.Verdict.parse(node.get("verdict").asText()),
                node.get("confidence").asDouble(), node.get("explanation").asText(),
                textOrNull(node.get("quote")), textOrNull(node.get("suggested_text"))));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static JsonNode load() {
        try (InputStream in = AnswerSchema.class.getResourceAsStream("/llm/answer.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("llm/answer.schema.json is missing from the build");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode wire(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove("$schema");
        copy.remove("$id");
        copy.remove("title");
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(java.util.List.of("maxLength", "minimum", "maximum"));
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                strip(it.next().getValue());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AnswerSchema::strip);
        }
    }
}
