package io.clausewarden.playbook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads playbooks written in YAML or JSON. Each is validated against the published JSON Schema
 * ({@code /playbooks/playbook.schema.json}) and then semantically (regular expressions, duplicate clause types,
 * check parameters); every refusal names the field, e.g. {@code positions[2].checks[0].min: must be a number}.
 */
public final class PlaybookReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PlaybookReader() {
    }

    public static Playbook fromFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".json") ? fromJson(Files.readString(file)) : fromYaml(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidPlaybookException("Cannot read playbook file " + file.getFileName(), e);
        }
    }

    public static Playbook fromYaml(String yaml) {
        return parse(YAML, yaml, Origin.SUBMITTED);
    }

    public static Playbook fromJson(String json) {
        return parse(JSON, json, Origin.SUBMITTED);
    }

    /**
     * A definition read back from storage. It was accepted when it was saved, perhaps under older rules: a pattern
     * those rules allowed and today's refuse makes its check need review rather than failing the whole playbook.
     */
    public static Playbook fromStoredYaml(String yaml) {
        return parse(YAML, yaml, Origin.STORED);
    }

    private static Playbook parse(ObjectMapper mapper, String content, Origin origin) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidPlaybookException("The playbook is not well-formed" + at);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPlaybookException("playbook: must be an object");
        }
        PlaybookSchema.validate(root);
        return playbook(new Fields(root, ""), origin);
    }

    private static Playbook playbook(Fields f, Origin origin) {
        String id = f.requiredText("id");
        String name = f.requiredText("name");
        int version = f.requiredInt("version");
        String contractType = f.optionalText("contractType");
        String ourRole = f.requiredText("ourRole");
        List<Position> positions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = f.list("positions");
        for (int i = 0; i < nodes.size(); i++) {
            Position position = position(new Fields(nodes.get(i), "positions[" + i + "]"), ourRole, origin);
            if (!ids.add(position.id())) {
                boolean named = nodes.get(i).has("id");
                throw new InvalidPlaybookException("positions[" + i + "]." + (named ? "id" : "clauseType") + ": duplicate "
                        + position.id() + (named ? "" : "; give each position on the same clause type its own id"));
            }
            positions.add(position);
        }
        f.rejectUnknown();
        return new Playbook(id, name, version, contractType, ourRole, positions);
    }

    private static Position position(Fields f, String ourRole, Origin origin) {
        String clauseType = f.requiredText("clauseType");
        Importance importance = Importance.valueOf(f.requiredText("importance").toUpperCase(Locale.ROOT));
        boolean required = f.bool("required", false);
        String preferred = f.optionalText("preferred");
        List<Fallback> fallbacks = each(f, "fallbacks", fb -> new Fallback(fb.requiredText("text"),
                fb.bool("requiresApproval", false), checks(fb, ourRole, origin)));
        List<RedLine> redLines = new ArrayList<>();
        List<JsonNode> redLineNodes = f.list("redLines");
        for (int i = 0; i < redLineNodes.size(); i++) {
            JsonNode node = redLineNodes.get(i);
            if (node.isTextual()) {
                redLines.add(new RedLine(node.asText()));
            } else {
                Fields rl = new Fields(node, f.path("redLines") + "[" + i + "]");
                redLines.add(new RedLine(rl.requiredText("description"), checks(rl, ourRole, origin)));
                rl.rejectUnknown();
            }
        }
        List<Check> checks = checks(f, ourRole, origin);
        String question = f.optionalText("question");
        String guidance = f.optionalText("guidance");
        String comment = f.optionalText("comment");
        String id = f.optionalText("id");
        Condition when = f.has("when") ? condition(f.object("when"), origin) : null;
        List<Requirement> requirements = each(f, "requires", r -> new Requirement(r.requiredText("in"),
                r.optionalText("describe"), checks(r, ourRole, origin)));
        f.rejectUnknown();
        return new Position(clauseType, importance, required, preferred, fallbacks, redLines, checks, question,
                guidance, comment, id, when, requirements);
    }

    private static Condition condition(Fields f, Origin origin) {
        List<String> mentions = f.texts("mentions");
        LanguageMatcher matcher;
        try {
            matcher = mentions.isEmpty() ? null : new LanguageMatcher(mentions, List.of(), "mentions", "patterns", origin);
        } catch (IllegalArgumentException e) {
            throw new InvalidPlaybookException(f.path(e.getMessage().replaceFirst(":.*", "")),
                    e.getMessage().replaceFirst("^[^:]*: ", ""));
        }
        Condition condition = new Condition(matcher, f.texts("clausePresent"), f.texts("contractType"),
                f.optionalText("structure"));
        f.rejectUnknown();
        return condition;
    }

    private static List<Check> checks(Fields f, String ourRole, Origin origin) {
        return each(f, "checks", c -> CheckKinds.read(c, ourRole, origin));
    }

    /** Reads each object of a list field; the reader is expected to consume every field of its object. */
    private static <T> List<T> each(Fields f, String field, Function<Fields, T> reader) {
        List<T> items = new ArrayList<>();
        List<JsonNode> nodes = f.list(field);
        for (int i = 0; i < nodes.size(); i++) {
            Fields item = new Fields(nodes.get(i), f.path(field) + "[" + i + "]");
            items.add(reader.apply(item));
            item.rejectUnknown();
        }
        return items;
    }
}
