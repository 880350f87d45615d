package io.clausewarden.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The usual order of a commercial contract's clause types, read from {@code review/clause-order.yaml}. */
final class ClauseOrder {
    private static final String BUNDLED = "/review/clause-order.yaml";

    record Group(String together, List<String> types) {
        Group {
            types = List.copyOf(types);
        }
    }

    private record Document(List<Group> groups) {
    }

    private final List<Group> groups;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, Group> groupOf = new HashMap<>();

    private ClauseOrder(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (Group group : this.groups) {
            for (String type : group.types()) {
                if (rank.putIfAbsent(type, rank.size()) != null) {
                    throw new IllegalArgumentException("Clause type listed twice in the clause order: " + type);
                }
                groupOf.put(type, group);
            }
        }
    }

    static ClauseOrder bundled() {
        try (InputStream in = ClauseOrder.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED);
            }
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return new ClauseOrder(mapper.readValue(in, Document.class).groups());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type's place in the order, empty for a type the order does not list. */
    OptionalInt rank(String type) {
        Integer r = type == null ? null : rank.get(type);
        return r == null ? OptionalInt.empty() : OptionalInt.of(r);
    }

    boolean sameGroup(String a, String b) {
        return groupOf.get(a) != null && groupOf.get(a) == groupOf.get(b);
    }

    /** How the type's group is named in a reason ("liability and indemnity clauses sit together"). */
    String together(String type) {
        Group group = groupOf.get(type);
        return group == null ? null : group.together();
    }

    List<String> types() {
        return groups.stream().flatMap(g -> g.types().stream()).toList();
    }
}
