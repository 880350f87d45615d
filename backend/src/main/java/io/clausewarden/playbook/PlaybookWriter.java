package io.clausewarden.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;

/** Writes playbooks in the published format; {@link PlaybookReader} reads the output back to an equal playbook. */
public final class PlaybookWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private PlaybookWriter() {
    }

    public static String toYaml(Playbook playbook) {
        return write(YAML, playbook);
    }

    public static String toJson(Playbook playbook) {
        return write(JSON, playbook);
    }

    static ObjectNode toTree(Playbook playbook) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", playbook.id());
        root.put("name", playbook.name());
        root.put("version", playbook.version());
        putText(root, "contractType", playbook.contractType());
        root.put("ourRole", playbook.ourRole());
        ArrayNode positions = root.putArray("positions");
        playbook.positions().forEach(p -> positions.add(position(p)));
        return root;
    }

    private static ObjectNode position(Position p) {
        ObjectNode node = JSON.createObjectNode();
        if (!p.id().equals(p.clauseType())) {
            node.put("id", p.id());
        }
        node.put("clauseType", p.clauseType());
        node.put("importance", p.importance().code());
        node.put("required", p.required());
        putText(node, "preferred", p.preferred());
        if (!p.fallbacks().isEmpty()) {
            ArrayNode fallbacks = node.putArray("fallbacks");
            for (Fallback f : p.fallbacks()) {
                ObjectNode fallback = fallbacks.addObject();
                fallback.put("text", f.text());
                fallback.put("requiresApproval", f.requiresApproval());
                putChecks(fallback, f.checks());
            }
        }
        if (!p.redLines().isEmpty()) {
            ArrayNode redLines = node.putArray("redLines");
            for (RedLine r : p.redLines()) {
                if (r.checks().isEmpty()) {
                    redLines.add(r.description());
                } else {
                    ObjectNode redLine = redLines.addObject();
                    redLine.put("description", r.description());
                    putChecks(redLine, r.checks());
                }
            }
        }
        putChecks(node, p.checks());
        putText(node, "question", p.question());
        putText(node, "guidance", p.guidance());
        putText(node, "comment", p.comment());
        if (p.when() != null) {
            node.set("when", condition(p.when()));
        }
        if (!p.requirements().isEmpty()) {
            ArrayNode requires = node.putArray("requires");
            for (Requirement r : p.requirements()) {
                ObjectNode requirement = requires.addObject();
                requirement.put("in", r.in());
                putText(requirement, "describe", r.describe());
                putChecks(requirement, r.checks());
            }
        }
        return node;
    }

    private static ObjectNode condition(Condition c) {
        ObjectNode node = JSON.createObjectNode();
        putList(node, "mentions", c.mentions());
        putList(node, "clausePresent", c.clausePresent());
        putList(node, "contractType", c.contractType());
        putText(node, "structure", c.structure());
        return node;
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void putChecks(ObjectNode parent, List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        ArrayNode array = parent.putArray("checks");
        for (Check check : checks) {
            ObjectNode node = array.addObject();
            node.put("kind", check.kind());
            check.parameters().forEach((name, value) -> node.set(name, JSON.valueToTree(value)));
            if (check.redLine()) {
                node.put("redLine", true);
            }
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String write(ObjectMapper mapper, Playbook playbook) {
        try {
            JsonNode tree = toTree(playbook);
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A playbook tree always serialises", e);
        }
    }
}
