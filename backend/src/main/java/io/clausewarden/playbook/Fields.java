package io.clausewarden.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Typed, path-aware access to one object of a playbook document; errors name the field. */
final class Fields {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    Fields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidPlaybookException(where(path) + "must be an object");
        }
        this.node = node;
        this.path = path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw new InvalidPlaybookException(path(field) + ": is required");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidPlaybookException(path(field) + ": must be a string");
        }
        return value.asText();
    }

    int requiredInt(String field) {
        JsonNode value = get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidPlaybookException(path(field) + ": must be a whole number");
        }
        return value.intValue();
    }

    Integer optionalInt(String field) {
        return get(field) == null ? null : requiredInt(field);
    }

    Double optionalNumber(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidPlaybookException(path(field) + ": must be a number");
        }
        return value.doubleValue();
    }

    boolean bool(String field, boolean defaultValue) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw new InvalidPlaybookException(path(field) + ": must be true or false");
        }
        return value.booleanValue();
    }

    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = list(field);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isTextual() || items.get(i).asText().isBlank()) {
                throw new InvalidPlaybookException(path(field) + "[" + i + "]: must be a non-empty string");
            }
            texts.add(items.get(i).asText());
        }
        return texts;
    }

    List<JsonNode> list(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidPlaybookException(path(field) + ": must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** The object under {@code field}, read with paths below this one. */
    Fields object(String field) {
        return new Fields(get(field), path(field));
    }

    /** Fails on any field that was never asked for: usually a typo. */
    void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new InvalidPlaybookException(path(name) + ": unknown field");
            }
        }
    }

    private JsonNode get(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static String where(String path) {
        return path.isEmpty() ? "playbook: " : path + ": ";
    }
}
