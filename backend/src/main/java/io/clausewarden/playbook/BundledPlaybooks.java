package io.clausewarden.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Playbooks shipped with the application as resources under {@code /playbooks/}. */
public final class BundledPlaybooks {
    public static final String DEFAULT_ID = "saas-customer";
    private static final List<String> IDS = List.of("saas-customer", "mutual-nda");

    private BundledPlaybooks() {
    }

    public static List<String> ids() {
        return IDS;
    }

    public static Optional<Playbook> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = BundledPlaybooks.class.getResourceAsStream("/playbooks/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled playbook resource for " + id);
            }
            return Optional.of(PlaybookReader.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Playbook load(String id) {
        return find(id).orElseThrow(() -> new InvalidPlaybookException("Unknown bundled playbook: " + id));
    }
}
