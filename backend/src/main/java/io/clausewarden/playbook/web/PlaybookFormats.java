package io.clausewarden.playbook.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.clausewarden.playbook.InvalidPlaybookException;

/** Converts a stored definition between YAML and JSON without changing its content. */
final class PlaybookFormats {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaybookFormats() {
    }

    static String toJson(String source) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    static String toYaml(String source) {
        String trimmed = source.stripLeading();
        if (!trimmed.startsWith("{")) {
            return source;
        }
        try {
            return YAML.writeValueAsString(tree(source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write YAML", e);
        }
    }

    private static JsonNode tree(String source) {
        try {
            return YAML.readTree(source);
        } catch (JsonProcessingException e) {
            throw new InvalidPlaybookException("The stored definition cannot be read");
        }
    }
}
