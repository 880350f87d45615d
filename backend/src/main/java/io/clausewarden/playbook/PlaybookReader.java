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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads and validates playbooks written in YAML or JSON. */
public final class PlaybookReader {
    private static final Pattern PLAYBOOK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern CLAUSE_TYPE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Check kinds by name; each reads its own parameters. */
    private static final Map<String, Function<Fields, Check>> CHECKS = Map.of(
            AllowedGoverningLawCheck.KIND, f -> new AllowedGoverningLawCheck(nonEmpty(f, "allowed"), redLine(f)),
            LiabilityCapCheck.KIND, f -> new LiabilityCapCheck(positive(f, "minMonthsOfFees"), redLine(f)),
            RequiredLanguageCheck.KIND, f -> new RequiredLanguageCheck(f.texts("phrases"), f.texts("patterns"),
                    "all".equals(matchMode(f)), redLine(f)),
            ForbiddenLanguageCheck.KIND, f -> new ForbiddenLanguageCheck(f.texts("phrases"), f.texts("patterns"),
                    f.optionalText("replacement"), redLine(f)));

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
        return parse(YAML, yaml);
    }

    public static Playbook fromJson(String json) {
        return parse(JSON, json);
    }

    private static Playbook parse(ObjectMapper mapper, String content) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidPlaybookException("The playbook is not well-formed" + at);
        }
        return playbook(new Fields(root, ""));
    }

    private static Playbook playbook(Fields f) {
        String id = f.requiredText("id");
        if (!PLAYBOOK_ID.matcher(id).matches()) {
            throw new InvalidPlaybookException("id: must be lower-case letters, digits and dashes");
        }
        String name = f.requiredText("name");
        int version = f.requiredInt("version");
        if (version < 1) {
            throw new InvalidPlaybookException("version: must be 1 or more");
        }
        String contractType = f.optionalText("contractType");
        String ourRole = f.requiredText("ourRole");
        List<Position> positions = new ArrayList<>();
        Set<String> types = new HashSet<>();
        List<JsonNode> nodes = f.list("positions");
        if (nodes.isEmpty()) {
            throw new InvalidPlaybookException("positions: must list at least one position");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Position position = position(new Fields(nodes.get(i), "positions[" + i + "]"));
            if (!types.add(position.clauseType())) {
                throw new InvalidPlaybookException("positions[" + i + "].clauseType: duplicate " + position.clauseType());
            }
            positions.add(position);
        }
        f.rejectUnknown();
        return new Playbook(id, name, version, contractType, ourRole, positions);
    }

    private static Position position(Fields f) {
        String clauseType = f.requiredText("clauseType");
        if (!CLAUSE_TYPE.matcher(clauseType).matches()) {
            throw new InvalidPlaybookException(f.path("clauseType") + ": must be a snake_case clause type id");
        }
        String importanceText = f.requiredText("importance");
        Importance importance;
        try {
            importance = Importance.valueOf(importanceText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPlaybookException(f.path("importance") + ": must be high, medium or low");
        }
        boolean required = f.bool("required", false);
        String preferred = f.optionalText("preferred");
        List<Fallback> fallbacks = new ArrayList<>();
        List<JsonNode> fallbackNodes = f.list("fallbacks");
        for (int i = 0; i < fallbackNodes.size(); i++) {
            Fields fb = new Fields(fallbackNodes.get(i), f.path("fallbacks") + "[" + i + "]");
            fallbacks.add(new Fallback(fb.requiredText("text"), fb.bool("requiresApproval", false)));
            fb.rejectUnknown();
        }
        List<String> redLines = f.texts("redLines");
        List<Check> checks = new ArrayList<>();
        List<JsonNode> checkNodes = f.list("checks");
        for (int i = 0; i < checkNodes.size(); i++) {
            checks.add(check(new Fields(checkNodes.get(i), f.path("checks") + "[" + i + "]")));
        }
        String guidance = f.optionalText("guidance");
        String comment = f.optionalText("comment");
        f.rejectUnknown();
        return new Position(clauseType, importance, required, preferred, fallbacks, redLines, checks, guidance, comment);
    }

    private static Check check(Fields f) {
        String kind = f.requiredText("kind");
        Function<Fields, Check> factory = CHECKS.get(kind);
        if (factory == null) {
            throw new InvalidPlaybookException(f.path("kind") + ": unknown check kind '" + kind + "' (known: "
                    + String.join(", ", CHECKS.keySet().stream().sorted().toList()) + ")");
        }
        Check check;
        try {
            check = factory.apply(f);
        } catch (IllegalArgumentException e) {
            throw new InvalidPlaybookException(f.path("kind").replaceFirst("\\.kind$", "") + ": " + e.getMessage());
        }
        f.rejectUnknown();
        return check;
    }

    private static boolean redLine(Fields f) {
        return f.bool("redLine", false);
    }

    private static List<String> nonEmpty(Fields f, String field) {
        List<String> values = f.texts(field);
        if (values.isEmpty()) {
            throw new InvalidPlaybookException(f.path(field) + ": must list at least one entry");
        }
        return values;
    }

    private static Integer positive(Fields f, String field) {
        Integer value = f.optionalInt(field);
        if (value != null && value < 1) {
            throw new InvalidPlaybookException(f.path(field) + ": must be 1 or more");
        }
        return value;
    }

    private static String matchMode(Fields f) {
        String mode = f.optionalText("match");
        if (mode != null && !mode.equals("any") && !mode.equals("all")) {
            throw new InvalidPlaybookException(f.path("match") + ": must be any or all");
        }
        return mode == null ? "any" : mode;
    }
}
