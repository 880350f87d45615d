package io.clausewarden.classify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The clause types known to the classifier, read from YAML. */
public final class Taxonomy {
    private static final String BUNDLED = "/classify/taxonomy.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private record Document(int version, List<ClauseType> types) {
    }

    private final Map<String, ClauseType> types;
    private final List<ClauseType> ordered;

    private Taxonomy(List<ClauseType> types) {
        Map<String, ClauseType> byId = new LinkedHashMap<>();
        for (ClauseType type : types) {
            validate(type);
            if (byId.put(type.id(), type) != null) {
                throw new IllegalArgumentException("Duplicate clause type id: " + type.id());
            }
        }
        this.types = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy read(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Document document = mapper.readValue(yaml, Document.class);
        return new Taxonomy(document.types() == null ? List.of() : document.types());
    }

    public List<ClauseType> types() {
        return ordered;
    }

    public Optional<ClauseType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    private static void validate(ClauseType type) {
        if (type.id() == null || !ID.matcher(type.id()).matches()) {
            throw new IllegalArgumentException("Clause type id must be snake_case: " + type.id());
        }
        if (type.headings().isEmpty() && type.patterns().isEmpty()) {
            throw new IllegalArgumentException("Clause type " + type.id() + " has neither headings nor patterns");
        }
        if (type.exemplars().stream().anyMatch(e -> e == null || e.isBlank())) {
            throw new IllegalArgumentException("Clause type " + type.id() + " has a blank exemplar");
        }
        try {
            type.headings().forEach(Pattern::compile);
            type.patterns().forEach(Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Clause type " + type.id() + " has an invalid pattern: " + e.getPattern());
        }
    }
}
