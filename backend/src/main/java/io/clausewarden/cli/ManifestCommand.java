package io.clausewarden.cli;

import io.clausewarden.addin.AddinManifest;
import io.clausewarden.server.PublicUrl;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code manifest --url https://host[:port] [--id GUID]}: prints the Word add-in manifest for a server, the same
 * document that server answers at {@code /addin/manifest.xml}.
 */
public final class ManifestCommand {
    private static final String USAGE_TEXT =
            "Usage: manifest --url https://host[:port] [--id GUID]\n"
                    + "  --url  the server's public URL (clausewarden.public-url)\n"
                    + "  --id   the manifest Id to keep (clausewarden.addin.id); default: derived from the URL";

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = args.length > 0 && "manifest".equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                return usage(err, "");
            }
            if (!"--url".equals(arg) && !"--id".equals(arg)) {
                return usage(err, "Unexpected argument: " + arg);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                return usage(err, arg + " needs a value");
            }
            options.put(arg, args[++i]);
        }
        String url = options.get("--url");
        String id = options.get("--id");
        if (url == null) {
            return usage(err, "Missing --url");
        }
        PublicUrl publicUrl;
        try {
            publicUrl = new PublicUrl(url);
        } catch (IllegalArgumentException e) {
            return usage(err, "--url " + e.getMessage());
        }
        Optional<UUID> fixedId;
        try {
            fixedId = Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return usage(err, "--id must be a GUID");
        }
        out.print(new AddinManifest(publicUrl, fixedId).xml());
        out.flush();
        return ReviewCommand.OK;
    }

    private static int usage(PrintStream err, String message) {
        if (!message.isEmpty()) {
            err.println(message);
        }
        err.println(USAGE_TEXT);
        return ReviewCommand.USAGE;
    }
}
