package io.clausewarden.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Validates playbook documents against the published JSON Schema and words the errors by field. */
final class PlaybookSchema {
    static final String RESOURCE = "/playbooks/playbook.schema.json";
    private static final JsonSchema SCHEMA = load();
    private static final List<String> TOP_LEVEL = List.of("id", "name", "version", "contractType", "ourRole", "positions");
    private static final Map<String, String> FORMATS = Map.of(
            "id", "must be lower-case letters, digits and dashes",
            "clauseType", "must be a snake_case clause type id",
            "ourRole", "must be a lower-case role such as customer, provider, recipient, discloser or either");
    private static final int MAX_REPORTED = 3;

    private PlaybookSchema() {
    }

    static void validate(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        if (messages.isEmpty()) {
            return;
        }
        List<String> worded = messages.stream().filter(m -> !isConsequence(m, messages)).map(PlaybookSchema::word).distinct()
                .sorted(Comparator.comparingInt(PlaybookSchema::topLevelOrder).thenComparing(Comparator.naturalOrder()))
                .toList();
        String more = worded.size() > MAX_REPORTED ? " (and " + (worded.size() - MAX_REPORTED) + " more)" : "";
        throw new InvalidPlaybookException(String.join("; ", worded.subList(0, Math.min(MAX_REPORTED, worded.size()))) + more);
    }

    /**
     * A check's parameters count as "evaluated" only when its kind's rules pass, so an error there also makes every
     * parameter look unknown; only the real error is reported.
     */
    private static boolean isConsequence(ValidationMessage m, Set<ValidationMessage> all) {
        if (!"unevaluatedProperties".equals(m.getType())) {
            return false;
        }
        String object = path(m);
        return all.stream().anyMatch(other -> !"unevaluatedProperties".equals(other.getType())
                && path(other).startsWith(object));
    }

    /** Errors are listed in the order of the document's top-level fields. */
    private static int topLevelOrder(String worded) {
        String first = worded.split("[.\\[:]", 2)[0];
        int i = TOP_LEVEL.indexOf(first);
        return i < 0 ? TOP_LEVEL.size() : i;
    }

    private static String word(ValidationMessage m) {
        String path = path(m);
        String property = m.getProperty();
        JsonNode schema = m.getSchemaNode();
        String field = path.isEmpty() ? "playbook" : path;
        String last = path.replaceAll("^.*\\.", "").replaceAll("\\[\\d+]$", "");
        return switch (m.getType()) {
            case "required" -> join(path, property) + ": is required";
            case "additionalProperties", "unevaluatedProperties" -> join(path, property) + ": unknown field";
            case "type" -> field + ": must be " + typeName(schema);
            case "enum" -> field + ": must be one of " + StreamSupport.stream(schema.spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.joining(", "));
            case "minItems" -> field + ": must list at least " + schema.asInt() + (schema.asInt() == 1 ? " entry" : " entries");
            case "minimum" -> field + ": must be " + schema.asText() + " or more";
            case "maximum" -> field + ": must be " + schema.asText() + " or less";
            case "minLength" -> field + ": must not be empty";
            case "pattern" -> field + ": " + (path.startsWith("positions[") && !"clauseType".equals(last)
                    ? "must be a snake_case id" : FORMATS.getOrDefault(last, "has an invalid format"));
            default -> field + ": " + m.getMessage().replaceFirst("^\\$[^:]*:\\s*", "");
        };
    }

    private static String path(ValidationMessage m) {
        return m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
    }

    private static String join(String path, String property) {
        if (property == null || path.endsWith("." + property) || path.equals(property)) {
            return path.isEmpty() ? "playbook" : path;
        }
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String typeName(JsonNode schema) {
        return switch (schema.asText()) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "an object";
            default -> schema.toString();
        };
    }

    private static JsonSchema load() {
        try (InputStream in = PlaybookSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
